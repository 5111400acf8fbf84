import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { appDb } from '../../db/app-db';
import { readBackupChunks, writeBackup, type RestorableBackup } from '../../db';
import { getHost } from '../../host';
import { readFilePieces } from './file-pieces';
import { useSettings } from '../../app/useSettings';
import { formatNumber } from '../../i18n/format';
import { useUndoableChange } from '../history/useUndoableChange';

/** A checked backup waiting for the coach's confirmation; `percent` is set while it is written. */
export interface PendingRestore {
  fileName: string;
  backup: RestorableBackup;
  percent: number | null;
}

/**
 * Restore in two steps: `chooseFile` reads and checks the whole file (nothing is written), then
 * `confirm` replaces the database in one transaction. A failure at either step lands in `error`.
 */
export function useRestoreBackup() {
  const { t } = useTranslation('settings');
  const { language } = useSettings();
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [error, setError] = useState<unknown>(null);
  const undoable = useUndoableChange();

  /** Reads and checks a backup given in pieces (nothing is written), then asks for confirmation. */
  async function choosePieces(fileName: string, pieces: AsyncIterable<string>): Promise<void> {
    setError(null);
    try {
      const backup = await readBackupChunks(appDb, pieces);
      setPending({ fileName, backup, percent: null });
    } catch (caught) {
      setError(caught);
    }
  }

  async function chooseFile(file: File | null): Promise<void> {
    setError(null);
    if (!file) return;
    await choosePieces(file.name, readFilePieces(file));
  }

  /** An automatic backup from the list in Settings, through the same checks and confirmation. */
  async function chooseStored(id: string): Promise<void> {
    await choosePieces(id, getHost().backups.read(id));
  }

  async function confirm(): Promise<void> {
    if (!pending || pending.percent !== null) return;
    const setPercent = (percent: number) => setPending({ ...pending, percent });
    setPercent(0);
    try {
      // A snapshot of what is replaced first, so the restore can be undone.
      const counts = await undoable.run(
        { kind: 'restore', label: pending.fileName },
        () =>
          writeBackup(appDb, pending.backup, (done, total) => setPercent(Math.round((done / total) * 100))),
        (written) => ({ athletes: written.athletes, sessions: written.sessions, wellness: written.wellness }),
      );
      if (counts === null) return;
      const count = (value: number) => formatNumber(value, language, 0);
      notifications.show({
        color: 'teal',
        message: t('restored', {
          athletes: count(counts.athletes),
          sessions: count(counts.sessions),
          checkins: count(counts.wellness),
        }),
      });
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(null);
    }
  }

  function cancel(): void {
    if (pending?.percent === null) setPending(null);
  }

  return { pending, error, chooseFile, chooseStored, confirm, cancel };
}
