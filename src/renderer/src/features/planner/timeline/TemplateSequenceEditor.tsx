import { useState } from 'react';
import { ActionIcon, Badge, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BlockTemplate } from '@shared/model';
import { addDays } from '@shared/time/local-date';
import { useLanguage } from '../../readiness/useLanguage';
import { BLOCK_FOCUS_COLOURS } from './block-focus-colours';
import { moveItem } from './season-builder';
import { focusLabel, formatRange } from './timeline-format';
import { blockEndDate } from './timeline-geometry';
import type { BlockTemplates } from './useBlockTemplates';

/** One place in the sequence (its own key, so the same template can be used twice). */
export interface SequenceItem {
  key: string;
  template: BlockTemplate;
}

interface TemplateSequenceEditorProps {
  items: readonly SequenceItem[];
  templates: BlockTemplates;
  /** The season's first Monday, to show each block's dates; null while the date is not set. */
  startDate: string | null;
  onChange: (items: SequenceItem[]) => void;
  error?: string | null;
}

/** The season's blocks in order: move up or down, remove, add a template at the end (all buttons, keyboard-usable). */
export function TemplateSequenceEditor({
  items,
  templates,
  startDate,
  onChange,
  error,
}: TemplateSequenceEditorProps) {
  const { t } = useTranslation('planTimeline');
  const language = useLanguage();
  const [toAdd, setToAdd] = useState<string | null>(null);
  const starts = blockStarts(startDate, items);
  const groups = [
    { group: t('builtInTemplates'), items: templates.builtIn.map(option) },
    ...(templates.custom.length > 0
      ? [{ group: t('customTemplates'), items: templates.custom.map(option) }]
      : []),
  ];
  const handleAdd = () => {
    const template = templates.all.find((candidate) => candidate.id === toAdd);
    if (template) onChange([...items, { key: crypto.randomUUID(), template }]);
  };
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('sequenceLabel')}
      </Text>
      <Stack gap={6} role="list" aria-label={t('sequenceLabel')}>
        {items.map((item, index) => {
          const start = starts[index];
          const name = item.template.name;
          return (
            <Paper key={item.key} withBorder p="xs" radius="md" role="listitem" data-testid="sequence-item">
              <Group gap="sm" wrap="nowrap">
                <Text size="sm" c="dimmed" w={20} ta="right">
                  {index + 1}.
                </Text>
                <Badge color={BLOCK_FOCUS_COLOURS[item.template.focus]} variant="filled" size="sm" w={110}>
                  {focusLabel(t, item.template.focus)}
                </Badge>
                <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                  <Text size="sm" fw={600} truncate>
                    {name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('weeksCount', { count: item.template.weeks })}
                    {start === undefined
                      ? ''
                      : ` · ${formatRange({ startDate: start, endDate: blockEndDate(start, item.template.weeks) }, language)}`}
                  </Text>
                </Stack>
                <ActionIcon
                  variant="default"
                  aria-label={t('moveUp', { name, position: index + 1 })}
                  disabled={index === 0}
                  onClick={() => onChange(moveItem(items, index, -1))}
                >
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  aria-label={t('moveDown', { name, position: index + 1 })}
                  disabled={index === items.length - 1}
                  onClick={() => onChange(moveItem(items, index, 1))}
                >
                  ↓
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('removeFromSequence', { name, position: index + 1 })}
                  onClick={() => onChange(items.filter((other) => other.key !== item.key))}
                >
                  ✕
                </ActionIcon>
              </Group>
            </Paper>
          );
        })}
        {items.length === 0 ? (
          <Text size="sm" c={error ? 'red.8' : 'dimmed'}>
            {error ?? t('sequenceEmpty')}
          </Text>
        ) : null}
      </Stack>
      <Group gap="xs" align="flex-end">
        <Select
          label={t('addToSequence')}
          placeholder={t('chooseTemplate')}
          data={groups}
          value={toAdd}
          onChange={setToAdd}
          searchable
          w={340}
        />
        <Button variant="default" onClick={handleAdd} disabled={toAdd === null}>
          {t('common:add')}
        </Button>
      </Group>
    </Stack>
  );
}

function option(template: BlockTemplate) {
  return { value: template.id, label: template.name };
}

/** Each block's first day when they run back to back from `startDate`. */
function blockStarts(startDate: string | null, items: readonly SequenceItem[]): (string | undefined)[] {
  if (startDate === null) return items.map(() => undefined);
  let start = startDate;
  return items.map((item) => {
    const current = start;
    start = addDays(blockEndDate(current, item.template.weeks), 1);
    return current;
  });
}
