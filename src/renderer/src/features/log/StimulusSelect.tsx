import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STIMULI, StimulusSchema, type Stimulus } from '@shared/model';
import { useTypeAhead } from './useTypeAhead';

interface StimulusSelectProps {
  value: Stimulus;
  error?: string;
  onChange: (stimulus: Stimulus) => void;
}

/** What the session trained: strength, endurance, HIIT, …; typing a letter picks the stimulus. */
export function StimulusSelect({ value, error, onChange }: StimulusSelectProps) {
  const { t } = useTranslation();
  const data = STIMULI.map((stimulus) => ({ value: stimulus, label: t(`common:stimulus_${stimulus}`) }));
  const handleChange = (next: string | null) => {
    const parsed = StimulusSchema.safeParse(next);
    if (parsed.success) onChange(parsed.data);
  };
  const handleTypeAhead = useTypeAhead(data, value, handleChange);
  return (
    <Select
      label={t('common:stimulus')}
      data={data}
      value={value}
      onChange={handleChange}
      onKeyDown={handleTypeAhead}
      allowDeselect={false}
      error={error}
      w={160}
    />
  );
}
