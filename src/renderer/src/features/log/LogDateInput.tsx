import type { FocusEvent, KeyboardEvent } from 'react';
import { DateInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { dateFieldFormat } from '../../i18n/format';
import { useSettings } from '../../app/useSettings';
import { parseCoachDate, parseCompleteCoachDate } from './coach-date';

interface LogDateInputProps {
  value: string | null;
  error?: string;
  onChange: (date: string | null) => void;
}

/**
 * The "Date" field of the log pages: a calendar, or type 2025-03-04 or 4-3-2025. A typed date is
 * taken once it is complete (`2026-11-3` could still become `2026-11-30`), on Enter, or when the coach
 * leaves the field, so the page never reacts to half a date.
 */
export function LogDateInput({ value, error, onChange }: LogDateInputProps) {
  const { t } = useTranslation();
  const { language } = useSettings();
  /** Takes what is typed; true when that changed the date. */
  const commitTyped = (text: string): boolean => {
    const typed = parseCoachDate(text);
    if (typed === null || typed === value) return false;
    onChange(typed);
    return true;
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.altKey) return;
    // The first Enter (or Ctrl+Enter) takes a changed date and does nothing else, so a save or a
    // form never runs with the date shown before.
    if (commitTyped(event.currentTarget.value)) {
      event.preventDefault();
      event.stopPropagation();
    }
  };
  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    commitTyped(event.currentTarget.value);
  };
  return (
    <DateInput
      label={t('common:date')}
      value={value}
      onChange={onChange}
      dateParser={parseCompleteCoachDate}
      onKeyDown={handleKeyDown}
      onBlur={handleBlur}
      valueFormat={dateFieldFormat(language)}
      error={error}
      w={170}
      autoComplete="off"
    />
  );
}
