import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { appDb } from '../../db/app-db';
import { appHistory } from '../../db/app-history';
import type { HistoryEntry } from '../../db/history-database';
import { SnapshotFailedError, UndoUnavailableError, returnToBefore } from '../../db/history-repo';
import { errorText } from '../../app/error-text';
import { useSettings } from '../../app/useSettings';
import { formatMoment } from '../../i18n/format';
import { changeText, upperFirst } from './history-text';

const PROGRESS_NOTIFICATION = 'undo-progress';

/**
 * Returns the database to how it was just before a history entry's change (one transaction; the
 * present is snapshotted first, so the undo is undoable too), telling the coach how it went.
 * `percent` follows the write.
 */
export function useReturnTo(): {
  returnTo: (entry: HistoryEntry) => Promise<boolean>;
  percent: number | null;
} {
  const { t } = useTranslation('history');
  const { language } = useSettings();
  const [percent, setPercent] = useState<number | null>(null);

  async function returnTo(entry: HistoryEntry): Promise<boolean> {
    const change = changeText(entry, t);
    setPercent(0);
    notifications.show({
      id: PROGRESS_NOTIFICATION,
      loading: true,
      autoClose: false,
      withCloseButton: false,
      message: upperFirst(t('undoing', { change })),
    });
    try {
      await returnToBefore(appDb, appHistory, entry.id, (done, total) =>
        setPercent(Math.round((done / total) * 100)),
      );
      notifications.update({
        id: PROGRESS_NOTIFICATION,
        loading: false,
        color: 'teal',
        autoClose: 8000,
        withCloseButton: true,
        message: t('undone', { change, moment: formatMoment(entry.createdAt, language) }),
      });
      // Undoing a "clear all" from the welcome page: there is a team again.
      if (window.location.hash.startsWith('#/welcome')) window.location.hash = '#/';
      return true;
    } catch (error) {
      notifications.update({
        id: PROGRESS_NOTIFICATION,
        loading: false,
        color: 'red',
        autoClose: false,
        withCloseButton: true,
        message: undoErrorText(error, t),
      });
      return false;
    } finally {
      setPercent(null);
    }
  }

  return { returnTo, percent };
}

function undoErrorText(error: unknown, t: (key: string, values?: Record<string, string>) => string): string {
  if (error instanceof SnapshotFailedError) return t('snapshotFailed', { error: errorText(error.cause) });
  if (error instanceof UndoUnavailableError) {
    return t(error.problem === 'gone' ? 'undoGone' : 'undoOtherVersion');
  }
  return t('undoFailed', { error: errorText(error) });
}
