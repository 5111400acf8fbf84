import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STIMULI, StimulusSchema, type Stimulus } from '@shared/model';

interface StimulusSelectProps {
  value: Stimulus;
  error?: string;
  onChange: (stimulus: Stimulus) => void;
}

/** What the session trained: strength, endurance, HIIT, … */
export function StimulusSelect({ value, error, onChange }: StimulusSelectProps) {
  const { t } = useTranslation();
  const data = STIMULI.map((stimulus) => ({ value: stimulus, label: t(`common:stimulus_${stimulus}`) }));
  const handleChange = (next: string | null) => {
    const parsed = StimulusSchema.safeParse(next);
    if (parsed.success) onChange(parsed.data);
  };
  return (
    <Select
      label={t('common:stimulus')}
      data={data}
      value={value}
      onChange={handleChange}
      allowDeselect={false}
      error={error}
      w={160}
    />
  );
}
