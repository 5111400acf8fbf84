import { useState } from 'react';
import { Button, Group, Select, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { saveFailedText, schemaIssueText } from '../../i18n/schema-issues';
import { useTranslation } from 'react-i18next';
import { AVAILABILITY_KINDS, AvailabilityEventSchema, type AvailabilityKind } from '@shared/model';
import { appDb } from '../../db/app-db';
import { addAvailabilityEvent } from '../../db';
import { dateFieldFormat, todayLocalDate } from '../../i18n/format';
import { useSettings } from '../../app/useSettings';
import { parseCoachDate } from '../log/coach-date';

const DAY_MONTH_YEAR = 'd MMM yyyy';

/** The label of each field a schema issue can name, so the one-line error says which. */
const FIELD_LABEL_KEYS: Readonly<Record<string, string>> = {
  startDate: 'startDate',
  endDate: 'endDate',
  note: 'note',
};

/** One line to record an injury, illness or other availability change. */
export function AvailabilityForm({ athleteId }: { athleteId: string }) {
  const { t } = useTranslation('athletes');
  const { language } = useSettings();
  const [kind, setKind] = useState<AvailabilityKind>('injured');
  const [startDate, setStartDate] = useState<string | null>(todayLocalDate());
  const [endDate, setEndDate] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function handleAdd() {
    const parsed = AvailabilityEventSchema.safeParse({
      id: 'new',
      athleteId,
      kind,
      startDate: startDate ?? '',
      endDate: endDate ?? undefined,
      note,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = FIELD_LABEL_KEYS[String(issue?.path[0])];
      setError(issue === undefined ? null : `${field ? `${t(field)}: ` : ''}${schemaIssueText(issue, t)}`);
      return;
    }
    const { id: _id, ...input } = parsed.data;
    try {
      await addAvailabilityEvent(appDb, input);
    } catch (failure) {
      setError(saveFailedText(failure, t));
      return;
    }
    setError(null);
    setNote('');
    setEndDate(null);
    notifications.show({ color: 'teal', message: t('eventSaved') });
  }

  return (
    <Group align="flex-start" wrap="wrap">
      <Select
        label={t('kind')}
        value={kind}
        allowDeselect={false}
        onChange={(value) => value && setKind(value)}
        data={AVAILABILITY_KINDS.map((k) => ({ value: k, label: t(`common:availability_${k}`) }))}
        w={190}
      />
      <DateInput
        label={t('startDate')}
        value={startDate}
        onChange={setStartDate}
        valueFormat={dateFieldFormat(language, DAY_MONTH_YEAR)}
        dateParser={parseCoachDate}
        w={160}
      />
      <DateInput
        label={t('endDate')}
        value={endDate}
        onChange={setEndDate}
        valueFormat={dateFieldFormat(language, DAY_MONTH_YEAR)}
        dateParser={parseCoachDate}
        clearable
        error={error}
        w={180}
      />
      <TextInput label={t('note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} w={260} />
      <Button mt={25} onClick={() => void handleAdd()}>
        {t('addEvent')}
      </Button>
    </Group>
  );
}
