import { useMemo, useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { ReturnFromBreak } from '@shared/metrics/training-gaps';
import type { Season, Settings, Squad } from '@shared/model';
import type { PlanAthlete } from '@shared/planning/plan-context';
import { generateReturnRamp } from '@shared/planning/return-ramp';
import { errorText } from '../../../app/error-text';
import { appDb } from '../../../db/app-db';
import { saveRamp } from '../../../db/plan-repo';
import { formatDate } from '../../../i18n/format';
import { useLanguage } from '../../readiness/useLanguage';
import { PlanDateInput } from '../timeline/PlanDateInput';
import { formatRange } from '../timeline/timeline-format';
import { isoWeekNumber } from '../timeline/timeline-geometry';
import { RampRuleSummary } from './RampRuleSummary';
import { RampSessionsTable } from './RampSessionsTable';
import { RampWeeksChart } from './RampWeeksChart';
import { RampWeeksTable } from './RampWeeksTable';
import { defaultRampStartDate, rampTableRows, sessionsOutsideSeason } from './ramp-model';

export interface ReturnRampDialogProps {
  athlete: PlanAthlete;
  returnFromBreak: ReturnFromBreak;
  squad: Squad;
  season: Season;
  settings: Settings;
  today: string;
  onClose: () => void;
  /** After the ramp was saved, with its first day. */
  onAdded?: (startDate: string) => void;
}

/**
 * One athlete's return-to-training ramp (shared/planning/return-ramp): the break, the pre-break
 * load and the rule with the current settings, then the generated weeks and sessions from a chosen
 * start date. "Add to plan" saves the sessions, for this athlete alone, in one transaction.
 */
export function ReturnRampDialog(props: ReturnRampDialogProps) {
  const { athlete, returnFromBreak, squad, season, settings, today, onClose, onAdded } = props;
  const { t } = useTranslation('planRamp');
  const language = useLanguage();
  const [startDate, setStartDate] = useState<string | null>(() => defaultRampStartDate(today));
  const [isSaving, setIsSaving] = useState(false);
  const ramp = useMemo(
    () =>
      startDate === null
        ? null
        : generateReturnRamp({
            athlete,
            returnFromBreak,
            startDate,
            settings,
            squadId: squad.id,
            language,
            newId: () => crypto.randomUUID(),
          }),
    [athlete, returnFromBreak, startDate, settings, squad.id, language],
  );
  const rows = useMemo(() => (ramp ? rampTableRows(ramp) : []), [ramp]);
  const outside = useMemo(() => sessionsOutsideSeason(ramp?.sessions ?? [], season), [ramp, season]);
  const outsideCount = outside.before.length + outside.after.length;
  /** "2 Dec 2026 – 12 Jan 2027 (W49–W2)". */
  const where = (range: { startDate: string; endDate: string }) => {
    const from = isoWeekNumber(range.startDate);
    const to = isoWeekNumber(range.endDate);
    return `${formatRange(range, language)} (${from === to ? `W${from}` : `W${from}–W${to}`})`;
  };

  async function handleAdd(extend: boolean) {
    if (!ramp || startDate === null || ramp.sessions.length === 0) return;
    const first = ramp.sessions[0];
    const last = ramp.sessions.at(-1);
    if (!first || !last) return;
    setIsSaving(true);
    try {
      await saveRamp(
        appDb,
        ramp.sessions,
        extend && outsideCount > 0 ? { ...season, ...outside.extended } : undefined,
      );
      const added = t('added', {
        count: ramp.sessions.length,
        name: athlete.name,
        where: where({ startDate: first.date, endDate: last.date }),
      });
      notifications.show({
        color: 'teal',
        message:
          outsideCount > 0 && !extend
            ? `${added} ${t('addedOutside', { count: outsideCount, season: season.name, where: outside.range ? where(outside.range) : '' })}`
            : extend && outsideCount > 0
              ? `${added} ${t('addedExtended', { season: season.name, range: formatRange(outside.extended, language) })}`
              : added,
      });
      onAdded?.(startDate);
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', message: t('saveFailed', { error: errorText(error) }) });
      setIsSaving(false);
    }
  }

  return (
    <Modal
      opened
      onClose={onClose}
      size={960}
      title={
        <Title order={3} size="h4">
          {t('dialogTitle', { name: athlete.name })}
        </Title>
      }
      data-testid="return-ramp-dialog"
    >
      <Stack gap="md">
        <RampRuleSummary
          athlete={athlete}
          returnFromBreak={returnFromBreak}
          settings={settings}
          ramp={ramp}
        />
        <Group gap="md" align="flex-end">
          <PlanDateInput
            label={t('startDate')}
            value={startDate}
            onChange={setStartDate}
            minDate={today}
            error={startDate === null ? t('startDateRequired') : null}
            data-testid="ramp-start-date"
          />
          <Text size="sm" c="dimmed" pb={8}>
            {t('startDateHint')}
          </Text>
        </Group>
        {ramp && ramp.emptyReason !== null ? <Alert color="gray">{t('emptyRamp')}</Alert> : null}
        {ramp && ramp.weeks.length > 0 ? (
          <>
            <Title order={4} size="h5">
              {t('weeksTitle')}
            </Title>
            <RampWeeksTable rows={rows} />
            <RampWeeksChart rows={rows} preBreakWeeklyLoadAu={ramp.preBreakWeeklyLoadAu} />
            <RampSessionsTable sessions={ramp.sessions} />
            {outsideCount > 0 && outside.range ? (
              <Alert color="yellow" data-testid="ramp-outside-season">
                {t('outsideSeason', {
                  count: outsideCount,
                  where: where(outside.range),
                  season: season.name,
                  range: formatRange(season, language),
                })}
              </Alert>
            ) : null}
            <Text size="sm" c="dimmed">
              {t('editLater', { name: athlete.name })}
            </Text>
          </>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          {outsideCount > 0 ? (
            <Button
              variant="light"
              onClick={() => void handleAdd(true)}
              loading={isSaving}
              data-testid="ramp-add-extend"
            >
              {t('addAndExtend', { date: formatDate(outside.extended.endDate, language) })}
            </Button>
          ) : null}
          <Button
            onClick={() => void handleAdd(false)}
            loading={isSaving}
            disabled={!ramp || ramp.sessions.length === 0}
          >
            {t('addToPlan')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
