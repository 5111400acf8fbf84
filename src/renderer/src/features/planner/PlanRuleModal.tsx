import { Anchor, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { defaultSettings } from '@shared/model';
import type { PlanRule } from '@shared/planning/plan-warnings';
import { useSettings } from '../../app/useSettings';
import { formatThresholdValue, thresholdLabel } from '../readiness/threshold-text';
import { readThreshold } from '../readiness/thresholds';
import { useLanguage } from '../readiness/useLanguage';
import { PLAN_RULE_CATALOGUE } from './plan-rule-catalogue';

const DEFAULTS = defaultSettings();

/** A plan check explained: its definition, the thresholds in force, the source, where to change them. */
export function PlanRuleModal({ rule, onClose }: { rule: PlanRule; onClose: () => void }) {
  const { t } = useTranslation('planner');
  const settings = useSettings();
  const language = useLanguage();
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
            <Table withRowBorders={false} verticalSpacing={2} aria-label={t('ruleThresholds')}>
              <Table.Tbody>
                {entry.thresholds.map((ref) => {
                  const current = formatThresholdValue(ref, readThreshold(settings, ref), t, language);
                  const standard = formatThresholdValue(ref, readThreshold(DEFAULTS, ref), t, language);
                  return (
                    <Table.Tr key={ref}>
                      <Table.Td>{thresholdLabel(ref, t)}</Table.Td>
                      <Table.Td fw={600}>{current}</Table.Td>
                      <Table.Td c="dimmed">
                        {current === standard ? null : t('readiness:dialogDefault', { value: standard })}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
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
