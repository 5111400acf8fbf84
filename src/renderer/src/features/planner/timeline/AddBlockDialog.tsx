import { useState } from 'react';
import { Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Block, Season, Settings, Squad } from '@shared/model';
import { useLanguage } from '../../readiness/useLanguage';
import { EmptyBlockForm } from './EmptyBlockForm';
import { TemplateBlockForm } from './TemplateBlockForm';
import { formatRange } from './timeline-format';

export interface AddBlockDialogProps {
  squad: Squad;
  season: Season;
  blocks: readonly Block[];
  settings: Settings;
  onClose: () => void;
  /** After the block is written: its first day (the timeline shows that week). */
  onAdded?: (startDate: string) => void;
}

type Mode = 'template' | 'empty';

/** "Add block": a block from a template (with its planned sessions), or an empty block. */
export function AddBlockDialog(props: AddBlockDialogProps) {
  const { t } = useTranslation('planTimeline');
  const language = useLanguage();
  const [mode, setMode] = useState<Mode>('template');
  return (
    <Modal opened onClose={props.onClose} title={t('addBlockTitle')} size="xl" centered>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('addBlockIntro', { season: props.season.name, range: formatRange(props.season, language) })}
        </Text>
        <SegmentedControl
          value={mode}
          onChange={(value) => setMode(value === 'empty' ? 'empty' : 'template')}
          data={[
            { value: 'template', label: t('fromTemplate') },
            { value: 'empty', label: t('emptyBlock') },
          ]}
          aria-label={t('addBlockMode')}
          w="fit-content"
        />
        {mode === 'template' ? <TemplateBlockForm {...props} /> : <EmptyBlockForm {...props} />}
      </Stack>
    </Modal>
  );
}
