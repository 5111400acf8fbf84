import { useMemo, useState } from 'react';
import { Badge, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Block, PlanAcknowledgement, PlannedSession } from '@shared/model';
import type { PlanAthlete } from '@shared/planning/plan-context';
import type { PlanRule, PlanWarning } from '@shared/planning/plan-warnings';
import { appDb } from '../../db/app-db';
import { removeAcknowledgement } from '../../db';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../readiness/useLanguage';
import { AcknowledgeDialog } from './AcknowledgeDialog';
import { PlanRuleModal } from './PlanRuleModal';
import { useDescribePlanWarning } from './warning-text';
import { warningsOfWeek } from './week-model';

interface PlanWarningsPanelProps {
  warnings: readonly PlanWarning[] | undefined;
  weekStart: string;
  seasonId: string;
  sessionsById: ReadonlyMap<string, PlannedSession>;
  blocks: readonly Block[];
  athletes: readonly PlanAthlete[];
  acknowledgements: ReadonlyMap<string, PlanAcknowledgement>;
}

/** The plan's warnings for the week (or the season), each with its sessions, fix, rule and acknowledgement. */
export function PlanWarningsPanel(props: PlanWarningsPanelProps) {
  const { warnings, weekStart, seasonId, sessionsById, blocks, athletes, acknowledgements } = props;
  const { t } = useTranslation('planner');
  const [scope, setScope] = useState<'week' | 'season'>('week');
  const [openRule, setOpenRule] = useState<PlanRule | null>(null);
  const [acknowledging, setAcknowledging] = useState<PlanWarning | null>(null);
  const describe = useDescribePlanWarning({ sessionsById, athletes, blocks });
  const weekWarnings = useMemo(
    () => warningsOfWeek(warnings ?? [], weekStart, sessionsById),
    [warnings, weekStart, sessionsById],
  );
  const shown = scope === 'week' ? weekWarnings : (warnings ?? []);
  const openCount = shown.filter((warning) => !acknowledgements.has(warning.id)).length;

  return (
    <Paper withBorder p="md" radius="md" data-testid="plan-warnings">
      <Group justify="space-between" mb="sm">
        <Stack gap={0}>
          <Title order={4}>{t('warningsTitle')}</Title>
          <Text size="sm" c="dimmed">
            {warnings === undefined
              ? t('warningsChecking')
              : t('warningsSummary', { open: openCount, acknowledged: shown.length - openCount })}
          </Text>
        </Stack>
        <SegmentedControl
          value={scope}
          onChange={(value) => setScope(value === 'season' ? 'season' : 'week')}
          data={[
            { value: 'week', label: t('warningsScopeWeek', { count: weekWarnings.length }) },
            { value: 'season', label: t('warningsScopeSeason', { count: warnings?.length ?? 0 }) },
          ]}
        />
      </Group>
      {warnings !== undefined && shown.length === 0 ? (
        <Text size="sm" c="teal.8" data-testid="plan-warnings-none">
          {scope === 'week' ? t('warningsNoneWeek') : t('warningsNoneSeason')}
        </Text>
      ) : null}
      <Stack gap="sm">
        {shown.map((warning) => (
          <WarningItem
            key={warning.id}
            warning={warning}
            text={describe(warning)}
            acknowledgement={acknowledgements.get(warning.id)}
            onOpenRule={() => setOpenRule(warning.rule)}
            onAcknowledge={() => setAcknowledging(warning)}
          />
        ))}
      </Stack>
      {openRule ? <PlanRuleModal rule={openRule} onClose={() => setOpenRule(null)} /> : null}
      {acknowledging ? (
        <AcknowledgeDialog
          warningId={acknowledging.id}
          seasonId={seasonId}
          title={describe(acknowledging).title}
          initialNote={acknowledgements.get(acknowledging.id)?.note ?? ''}
          onClose={() => setAcknowledging(null)}
        />
      ) : null}
    </Paper>
  );
}

interface WarningItemProps {
  warning: PlanWarning;
  text: ReturnType<ReturnType<typeof useDescribePlanWarning>>;
  acknowledgement: PlanAcknowledgement | undefined;
  onOpenRule: () => void;
  onAcknowledge: () => void;
}

function WarningItem({ warning, text, acknowledgement, onOpenRule, onAcknowledge }: WarningItemProps) {
  const { t } = useTranslation('planner');
  const language = useLanguage();
  const colour = acknowledgement ? 'gray' : warning.severity === 'strong' ? 'red' : 'orange';
  return (
    <Paper
      p="sm"
      radius="sm"
      withBorder
      data-testid="plan-warning"
      data-rule={warning.rule}
      data-severity={warning.severity}
      data-acknowledged={acknowledgement ? 'true' : 'false'}
      style={{ borderLeft: `4px solid var(--mantine-color-${colour}-6)` }}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Badge color={colour} variant={acknowledgement ? 'outline' : 'filled'} size="sm">
              {acknowledgement
                ? t('acknowledged')
                : warning.severity === 'strong'
                  ? t('strongWarning')
                  : t('warning')}
            </Badge>
            <Text fw={600} size="sm">
              {text.title}
            </Text>
          </Group>
          <Text size="sm">{text.detail}</Text>
          <Text size="sm">
            <Text span fw={600}>
              {t('fixLabel')}
            </Text>{' '}
            {text.fix}
          </Text>
          <Text size="xs" c="dimmed">
            {text.athletes}
          </Text>
          {acknowledgement ? (
            <Text size="sm" fs="italic" data-testid="acknowledgement-note">
              {t('acknowledgedNote', {
                note: acknowledgement.note || t('acknowledgedNoNote'),
                date: formatDate(acknowledgement.acknowledgedAt.slice(0, 10), language),
              })}
            </Text>
          ) : null}
        </Stack>
        <Stack gap={4} align="flex-end">
          <Button size="xs" variant="subtle" onClick={onOpenRule}>
            {t('openRule')}
          </Button>
          <Button size="xs" variant="light" onClick={onAcknowledge}>
            {acknowledgement ? t('editAcknowledgement') : t('acknowledge')}
          </Button>
          {acknowledgement ? (
            <Button
              size="xs"
              variant="subtle"
              color="gray"
              onClick={() => void removeAcknowledgement(appDb, warning.id)}
            >
              {t('withdrawAcknowledgement')}
            </Button>
          ) : null}
        </Stack>
      </Group>
    </Paper>
  );
}
