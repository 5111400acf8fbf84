import { DateInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { dateFieldFormat } from '../../i18n/format';
import { useSettings } from '../../app/useSettings';
import { parseCoachDate } from './coach-date';

interface LogDateInputProps {
  value: string | null;
  error?: string;
  onChange: (date: string | null) => void;
}

/** The "Date" field of the log pages: a calendar, or type 2025-03-04 or 4-3-2025. */
export function LogDateInput({ value, error, onChange }: LogDateInputProps) {
  const { t } = useTranslation();
  const { language } = useSettings();
  return (
    <DateInput
      label={t('common:date')}
      value={value}
      onChange={onChange}
      dateParser={parseCoachDate}
      valueFormat={dateFieldFormat(language)}
      error={error}
      w={170}
      autoComplete="off"
    />
  );
}
