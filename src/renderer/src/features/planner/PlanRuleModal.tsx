import { Anchor, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PlanRule } from '@shared/planning/plan-warnings';
import { ThresholdTable } from '../readiness/RuleModal';
import { PLAN_RULE_CATALOGUE } from './plan-rule-catalogue';

/** A plan check explained: its definition, the thresholds in force, the source, where to change them. */
export function PlanRuleModal({ rule, onClose }: { rule: PlanRule; onClose: () => void }) {
  const { t } = useTranslation('planner');
  const entry = PLAN_RULE_CATALOGUE[rule];
  return (
    <Modal opened onClose={onClose} title={t(`rule_${rule}`)} size="lg">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={4} size="h6" tt="uppercase" c="dimmed">
            {t('ruleDefinition')}
          </Title>
          <Text size="sm">{t(`ruleDefinition_${rule}`)}</Text>
        </Stack>
        <Stack gap={4}>
          <Title order={4} size="h6" tt="uppercase" c="dimmed">
            {t('ruleThresholds')}
          </Title>
          {entry.thresholds.length === 0 ? (
            <Text size="sm">{t('ruleNoThresholds')}</Text>
          ) : (
            <ThresholdTable refs={entry.thresholds} />
          )}
          {entry.isProductDefault ? (
            <Text size="sm" c="dimmed" fs="italic">
              {t('ruleProductDefault')}
            </Text>
          ) : null}
        </Stack>
        <Stack gap={4}>
          <Title order={4} size="h6" tt="uppercase" c="dimmed">
            {t('ruleSource')}
          </Title>
          <Text size="sm">{t(`ruleSource_${rule}`)}</Text>
        </Stack>
        <Group justify="space-between">
          <Anchor component={Link} to={`/settings?section=${entry.sectionId}`} onClick={onClose}>
            {t('readiness:dialogChangeSettings')}
          </Anchor>
          <Button variant="default" onClick={onClose}>
            {t('common:close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
