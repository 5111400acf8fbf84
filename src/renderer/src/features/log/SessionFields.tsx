import type { ReactNode } from 'react';
import { Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionHeader, SessionHeaderField } from './session-header';
import { LogDateInput } from './LogDateInput';
import { StartTimeInput } from './StartTimeInput';
import { StimulusSelect } from './StimulusSelect';

interface SessionFieldsProps {
  header: SessionHeader;
  errors: Partial<Record<SessionHeaderField, string>>;
  onChange: (header: SessionHeader) => void;
  /** Fields shown before the date (the squad or the athlete). */
  leading?: ReactNode;
  /** Fields shown after the duration (the RPE of a single session). */
  trailing?: ReactNode;
}

/** Date, start time, stimulus and duration of a session, in one row that wraps on narrow windows. */
export function SessionFields({ header, errors, onChange, leading, trailing }: SessionFieldsProps) {
  const { t } = useTranslation();
  const update = (patch: Partial<SessionHeader>) => onChange({ ...header, ...patch });
  return (
    <Group align="flex-start" gap="md" wrap="wrap">
      {leading}
      <LogDateInput value={header.date} error={errors.date} onChange={(date) => update({ date })} />
      <StartTimeInput
        value={header.startTime}
        error={errors.startTime}
        onChange={(startTime) => update({ startTime })}
      />
      <StimulusSelect
        value={header.stimulus}
        error={errors.stimulus}
        onChange={(stimulus) => update({ stimulus })}
      />
      <TextInput
        label={t('common:durationMin')}
        value={header.durationMin}
        error={errors.durationMin}
        onChange={(event) => update({ durationMin: event.currentTarget.value })}
        onFocus={(event) => event.currentTarget.select()}
        inputMode="decimal"
        autoComplete="off"
        w={130}
      />
      {trailing}
    </Group>
  );
}
