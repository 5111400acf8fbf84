import type { ReactNode } from 'react';
import { Anchor, Button, Group, List, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ReadinessReason, ReadinessRuleId } from '@shared/metrics';
import { defaultSettings } from '@shared/model';
import { useSettings } from '../../app/useSettings';
import { describeMeasurement, describeReason, ruleName } from './reason-text';
import { RULE_CATALOGUE, ruleThresholds, settingsLinkFor } from './rule-catalogue';
import { formatThresholdValue, thresholdLabel } from './threshold-text';
import { readThreshold, type ThresholdRef } from './thresholds';
import { useLanguage } from './useLanguage';
import { RuleFiringText } from './RuleFiringText';

const DEFAULTS = defaultSettings();

interface RuleModalProps {
  ruleId: ReadinessRuleId;
  /** Today's reason from this rule: its sentence and measured value are shown first. */
  reason?: ReadinessReason;
  onClose: () => void;
}

/** A rule explained: what it means, today's value, the thresholds in force, the source, and where to change them. */
export function RuleModal({ ruleId, reason, onClose }: RuleModalProps) {
  const { t } = useTranslation('readiness');
  const settings = useSettings();
  const language = useLanguage();
  const entry = RULE_CATALOGUE[ruleId];
  const measurement = reason ? describeMeasurement(reason, t, language) : null;
  return (
    <Modal opened onClose={onClose} title={ruleName(ruleId, t)} size="lg">
      <Stack gap="md">
        {reason ? (
          <Part title={t('dialogMeasured')}>
            <Text>{describeReason(reason, t, language, settings)}</Text>
            {measurement ? (
              <Text size="sm" c="dimmed">
                {measurement}
              </Text>
            ) : null}
          </Part>
        ) : null}
        <Part title={t('dialogDefinition')}>
          <Text size="sm">{t(`definition_${ruleId}`)}</Text>
        </Part>
        <Part title={t('dialogThresholds')}>
          <RuleThresholds ruleId={ruleId} />
          {entry.note ? (
            <Text size="sm" c="dimmed" fs="italic">
              {t(`note_${entry.note}`)}
            </Text>
          ) : null}
        </Part>
        <Part title={t('firingTitle')}>
          <RuleFiringText ruleId={ruleId} />
        </Part>
        <Part title={t('dialogSource')}>
          <List size="sm">
            {entry.sources.map((source) => (
              <List.Item key={source}>{t(`source_${source}`)}</List.Item>
            ))}
          </List>
        </Part>
        <Group justify="space-between">
          <Anchor component={Link} to={settingsLinkFor(ruleId)} onClick={onClose}>
            {t('dialogChangeSettings')}
          </Anchor>
          <Button variant="default" onClick={onClose}>
            {t('common:close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The rule's settings now in force, with the default beside any the coach changed. */
function RuleThresholds({ ruleId }: { ruleId: ReadinessRuleId }) {
  const { t } = useTranslation('readiness');
  const thresholds = ruleThresholds(ruleId, useSettings());
  if (thresholds.length === 0) return <Text size="sm">{t('dialogNoThresholds')}</Text>;
  return <ThresholdTable refs={thresholds.map(({ ref }) => ref)} />;
}

/** Thresholds with their current value and, where the coach changed it, the default (also the plan rules' dialog). */
export function ThresholdTable({ refs }: { refs: readonly ThresholdRef[] }) {
  const { t } = useTranslation('readiness');
  const language = useLanguage();
  const settings = useSettings();
  return (
    <Table withRowBorders={false} verticalSpacing={2} aria-label={t('dialogThresholds')}>
      <Table.Tbody>
        {refs.map((ref) => {
          const current = formatThresholdValue(ref, readThreshold(settings, ref), t, language);
          const standard = formatThresholdValue(ref, readThreshold(DEFAULTS, ref), t, language);
          return (
            <Table.Tr key={ref}>
              <Table.Td>{thresholdLabel(ref, t)}</Table.Td>
              <Table.Td fw={600}>{current}</Table.Td>
              <Table.Td c="dimmed">
                {current === standard ? null : t('dialogDefault', { value: standard })}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Title order={4} size="h6" tt="uppercase" c="dimmed">
        {title}
      </Title>
      {children}
    </Stack>
  );
}
