import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Block, Language, Season } from '@shared/model';
import { errorText } from '../../../app/error-text';
import { appDb } from '../../../db/app-db';
import { moveBlock } from '../../../db/plan-repo';
import { formatRange, rangeProblemText } from './timeline-format';
import { checkBlockRange, sameRange, type DateRange } from './timeline-geometry';

interface PendingMove {
  blockId: string;
  from: DateRange;
  to: DateRange;
}

/**
 * Writes a block's new dates from a drag or a keyboard nudge: refused with a notification (the bar
 * snaps back) when it would overlap another block or leave the season. Until the database answers,
 * the bar stays where it was dropped.
 */
export function useBlockRangeCommit(season: Season, blocks: readonly Block[], language: Language) {
  const { t } = useTranslation('planTimeline');
  const [pending, setPending] = useState<PendingMove | null>(null);

  const commit = async (block: Block, range: DateRange) => {
    if (sameRange(block, range)) return;
    const problem = checkBlockRange(range, block.id, blocks, season);
    if (problem) {
      notifications.show({
        color: 'red',
        title: t('moveRefusedTitle', { name: block.name }),
        message: rangeProblemText(problem, t, language),
      });
      return;
    }
    setPending({
      blockId: block.id,
      from: { startDate: block.startDate, endDate: block.endDate },
      to: range,
    });
    try {
      await moveBlock(appDb, block.id, range);
      notifications.show({
        color: 'teal',
        message: t('blockMoved', { name: block.name, range: formatRange(range, language) }),
      });
    } catch (error) {
      setPending(null);
      notifications.show({ color: 'red', title: t('moveFailedTitle'), message: errorText(error) });
    }
  };

  /** The range to draw: the dropped range while the database still has the old one. */
  const displayRange = (block: Block): DateRange =>
    pending?.blockId === block.id && sameRange(block, pending.from) ? pending.to : block;

  return { commit, displayRange, clearPending: () => setPending(null) };
}
