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
import { savePlannedSessions } from '../../../db';
import { formatDate } from '../../../i18n/format';
import { useLanguage } from '../../readiness/useLanguage';
import { PlanDateInput } from '../timeline/PlanDateInput';
import { RampRuleSummary } from './RampRuleSummary';
import { RampSessionsTable } from './RampSessionsTable';
import { RampWeeksChart } from './RampWeeksChart';
import { RampWeeksTable } from './RampWeeksTable';
import { defaultRampStartDate, rampTableRows, sessionsAfter } from './ramp-model';

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
  const lateCount = ramp ? sessionsAfter(ramp.sessions, season.endDate).length : 0;

  async function handleAdd() {
    if (!ramp || startDate === null || ramp.sessions.length === 0) return;
    setIsSaving(true);
    try {
      await savePlannedSessions(appDb, ramp.sessions);
      notifications.show({
        color: 'teal',
        message: t('added', { count: ramp.sessions.length, name: athlete.name }),
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
            {lateCount > 0 ? (
              <Alert color="yellow">
                {t('afterSeason', { count: lateCount, date: formatDate(season.endDate, language) })}
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
          <Button
            onClick={() => void handleAdd()}
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
