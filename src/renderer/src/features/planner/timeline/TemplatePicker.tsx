import { useState } from 'react';
import { ActionIcon, Badge, Button, Group, Radio, ScrollArea, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BlockTemplate, Language, Settings } from '@shared/model';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../readiness/useLanguage';
import { BLOCK_FOCUS_COLOURS } from './block-focus-colours';
import { summariseTemplate } from './block-summary';
import { focusLabel, formatShare } from './timeline-format';
import type { BlockTemplates } from './useBlockTemplates';

interface TemplatePickerProps {
  templates: BlockTemplates;
  value: string | null;
  onChange: (templateId: string) => void;
  settings: Settings;
  onDelete: (template: BlockTemplate) => Promise<void>;
}

/** The templates as radio cards, built-in first, then the coach's own (each with a delete action). */
export function TemplatePicker({ templates, value, onChange, settings, onDelete }: TemplatePickerProps) {
  const { t } = useTranslation('planTimeline');
  const language = useLanguage();
  const [confirming, setConfirming] = useState<BlockTemplate | null>(null);
  return (
    <Radio.Group value={value} onChange={onChange} label={t('template')}>
      <ScrollArea.Autosize mah={340} type="auto" offsetScrollbars mt={4}>
        <Stack gap="xs">
          <Text fz="xs" fw={700} tt="uppercase" c="dimmed">
            {t('builtInTemplates')}
          </Text>
          {templates.builtIn.map((template) => (
            <TemplateCard key={template.id} template={template} settings={settings} language={language} />
          ))}
          <Text fz="xs" fw={700} tt="uppercase" c="dimmed" mt="xs">
            {t('customTemplates')}
          </Text>
          {templates.custom.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('noCustomTemplates')}
            </Text>
          ) : null}
          {templates.custom.map((template) => (
            <Group key={template.id} gap="xs" wrap="nowrap" align="center">
              <TemplateCard template={template} settings={settings} language={language} />
              <Tooltip label={t('deleteTemplate', { name: template.name })}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('deleteTemplate', { name: template.name })}
                  onClick={() => setConfirming(template)}
                >
                  ✕
                </ActionIcon>
              </Tooltip>
            </Group>
          ))}
        </Stack>
      </ScrollArea.Autosize>
      {confirming ? (
        <Group gap="sm" mt="xs" p="xs" bg="red.0" style={{ borderRadius: 6 }} role="alert">
          <Text size="sm" style={{ flex: 1 }}>
            {t('deleteTemplateBody', { name: confirming.name })}
          </Text>
          <Button size="xs" variant="default" onClick={() => setConfirming(null)}>
            {t('common:cancel')}
          </Button>
          <Button
            size="xs"
            color="red"
            onClick={() => {
              const template = confirming;
              setConfirming(null);
              void onDelete(template);
            }}
          >
            {t('common:delete')}
          </Button>
        </Group>
      ) : null}
    </Radio.Group>
  );
}

function TemplateCard(props: { template: BlockTemplate; settings: Settings; language: Language }) {
  const { template, settings, language } = props;
  const { t } = useTranslation('planTimeline');
  const summary = summariseTemplate(template, settings.interference);
  return (
    <Radio.Card value={template.id} p="sm" radius="md" style={{ flex: 1 }} data-testid="template-option">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Radio.Indicator mt={2} />
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" wrap="nowrap" justify="space-between">
            <Text fw={600} size="sm" truncate>
              {template.name}
            </Text>
            <Badge
              color={BLOCK_FOCUS_COLOURS[template.focus]}
              variant="filled"
              size="sm"
              style={{ flex: 'none' }}
            >
              {focusLabel(t, template.focus)}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {t('templateFacts', {
              weeks: template.weeks,
              sessions: formatNumber(summary.sessionsPerWeek, language, 1),
              load: formatNumber(summary.weeklyLoadAu, language, 0),
              strength: formatShare(summary.strengthShare, language),
              endurance: formatShare(summary.enduranceShare, language),
            })}
          </Text>
        </Stack>
      </Group>
    </Radio.Card>
  );
}
