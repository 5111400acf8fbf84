import { useEffect, useRef, useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { parseCoachDate } from '../features/log/coach-date';
import { useAsOfDate, type AsOfDate } from './useAsOfDate';
import { dateFieldFormat } from '../i18n/format';
import { useSettings } from './useSettings';

/** A typed date is taken once the coach has stopped typing this long (or leaves the field). */
const TYPING_PAUSE_MS = 700;

/**
 * The app-wide "as of" date in the header: every screen shows the squad as it was on this day.
 * A typed date is taken after a pause, on Enter or on leaving the field, never halfway through
 * (`2020-03-3` is not 3 March while the coach is still typing the `0`).
 */
export function AsOfControl() {
  const { t } = useTranslation();
  const current = useAsOfDate();
  const { language } = useSettings();
  return (
    <Group gap="xs" wrap="nowrap" data-testid="as-of">
      <Text size="sm" c="dimmed" aria-hidden>
        {t('asOf')}
      </Text>
      {/* Keyed by the date and language: back, forward, "back to today" and a new language start
          the field afresh (the field formats its date only when it gets one). */}
      <AsOfField key={`${current.asOf}-${language}`} {...current} />
      {current.isToday ? null : (
        <Button size="sm" variant="light" color="orange" onClick={() => current.setAsOf(null)}>
          {t('backToToday')}
        </Button>
      )}
    </Group>
  );
}

function AsOfField({ asOf, today, isToday, setAsOf }: AsOfDate) {
  const { t } = useTranslation();
  const { language } = useSettings();
  const [draft, setDraft] = useState<string | null>(asOf);
  const timer = useRef<number | undefined>(undefined);
  // Once this field has set a date it is done: the new date remounts it (its blur on the way out
  // must not set the date a second time, which would add a history entry).
  const isCommitted = useRef(false);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  function commit(value: string | null) {
    window.clearTimeout(timer.current);
    if (isCommitted.current || value === null || value === asOf) return;
    isCommitted.current = true;
    setAsOf(value);
  }

  return (
    <DateInput
      aria-label={t('asOf')}
      title={t('asOfHint')}
      value={draft}
      maxDate={today}
      dateParser={parseCoachDate}
      valueFormat={dateFieldFormat(language)}
      onChange={(value) => {
        setDraft(value);
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => commit(value), TYPING_PAUSE_MS);
      }}
      onBlur={() => commit(draft)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit(draft);
      }}
      w={180}
      size="sm"
      autoComplete="off"
      styles={
        isToday ? undefined : { input: { borderColor: 'var(--mantine-color-orange-6)', fontWeight: 600 } }
      }
    />
  );
}
