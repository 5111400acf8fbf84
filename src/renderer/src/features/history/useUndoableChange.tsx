import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { appDb } from '../../db/app-db';
import { appHistory } from '../../db/app-history';
import type { HistoryEntry, TableCounts } from '../../db/history-database';
import { SnapshotFailedError, runWithSnapshot, type BulkChange } from '../../db/history-repo';
import { errorText } from '../../app/error-text';
import { useSettings } from '../../app/useSettings';
import { undoOfferText } from './history-text';
import { UndoOffer } from './UndoOffer';
import { useReturnTo } from './useReturnTo';

/** How long the Undo offer stays (it stays in Settings → History after that). */
const OFFER_MS = 30_000;

/** Only the last change is offered: a new offer replaces the one before. */
let offerSequence = 0;

/**
 * Runs a bulk change (a restore, a "clear all", an import, a squad delete) behind a snapshot of the
 * whole database, then offers "Undo" in a notification. `run` resolves to the change's result, or to
 * null when the snapshot could not be stored: then nothing was changed and the coach was told. A
 * failure of the change itself is thrown as before (its own transaction wrote nothing).
 */
export function useUndoableChange() {
  const { t } = useTranslation('history');
  const { language } = useSettings();
  const { returnTo } = useReturnTo();

  function offerUndo(entry: HistoryEntry): void {
    notifications.hide(`undo-offer-${offerSequence}`);
    offerSequence += 1;
    const id = `undo-offer-${offerSequence}`;
    notifications.show({
      id,
      autoClose: OFFER_MS,
      message: (
        <UndoOffer
          text={undoOfferText(entry, t, language)}
          onUndo={() => {
            notifications.hide(id);
            void returnTo(entry);
          }}
        />
      ),
    });
  }

  async function run<T>(
    change: BulkChange,
    write: () => Promise<T>,
    countsOf: (result: T, before: TableCounts) => TableCounts,
  ): Promise<T | null> {
    try {
      const { result, entry } = await runWithSnapshot(appDb, appHistory, change, write, countsOf);
      offerUndo(entry);
      return result;
    } catch (error) {
      if (!(error instanceof SnapshotFailedError)) throw error;
      notifications.show({
        color: 'red',
        autoClose: false,
        message: t('snapshotFailed', { error: errorText(error.cause) }),
      });
      return null;
    }
  }

  return { run };
}
