import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { normaliseStartTime } from './session-header';

interface StartTimeInputProps {
  value: string;
  error?: string;
  onChange: (text: string) => void;
}

/**
 * The session's start time on the 24-hour clock in every browser (a native time input shows AM/PM
 * stops in an en-US browser). Typed as 06:15, 6:15, 6.15 or 615; shown as HH:MM once the coach leaves.
 */
export function StartTimeInput({ value, error, onChange }: StartTimeInputProps) {
  const { t } = useTranslation('log');
  return (
    <TextInput
      label={t('common:startTime')}
      value={value}
      error={error}
      placeholder={t('timePlaceholder')}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={(event) => {
        const normalised = normaliseStartTime(event.currentTarget.value);
        if (normalised !== event.currentTarget.value) onChange(normalised);
      }}
      onFocus={(event) => event.currentTarget.select()}
      inputMode="numeric"
      autoComplete="off"
      w={120}
    />
  );
}
