import { useMemo, useState } from 'react';
import { DateInput } from '@mantine/dates';
import { isoWeekday } from '@shared/time/local-date';
import { parseCoachDate } from '../../log/coach-date';
import { dateFieldFormat } from '../../../i18n/format';
import { useSettings } from '../../../app/useSettings';

interface PlanDateInputProps {
  label: string;
  value: string | null;
  onChange: (date: string | null) => void;
  /** A message, or true to mark the field when the message is shown elsewhere. */
  error?: string | boolean | null;
  description?: string;
  /** Only Mondays can be picked in the calendar (a typed other day is shown as an error by the dialog). */
  isMondayOnly?: boolean;
  minDate?: string;
  maxDate?: string;
  'data-testid'?: string;
}

/**
 * A date field of the planner dialogs: a calendar (Monday first) or type 2025-09-01 or 1-9-2025.
 * Esc while the calendar is open closes only the calendar: a dialog closes on Esc from a listener on
 * the window that runs first, and skips events from an element marked data-mantine-stop-propagation.
 */
export function PlanDateInput({
  label,
  value,
  onChange,
  error,
  isMondayOnly = false,
  ...rest
}: PlanDateInputProps) {
  const { language } = useSettings();
  const [isCalendarOpen, setIsCalendarOpen] = useState(false);
  // Stable: the popover calls these from an effect that runs again whenever they change.
  const popoverProps = useMemo(
    () => ({ onOpen: () => setIsCalendarOpen(true), onClose: () => setIsCalendarOpen(false) }),
    [],
  );
  return (
    <DateInput
      label={label}
      value={value}
      onChange={onChange}
      dateParser={parseCoachDate}
      valueFormat={dateFieldFormat(language)}
      error={error ?? undefined}
      firstDayOfWeek={1}
      excludeDate={isMondayOnly ? (date) => isoWeekday(date.slice(0, 10)) !== 1 : undefined}
      autoComplete="off"
      w={190}
      popoverProps={popoverProps}
      data-mantine-stop-propagation={isCalendarOpen || undefined}
      {...rest}
    />
  );
}
