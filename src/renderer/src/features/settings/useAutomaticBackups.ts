import { useCallback, useEffect, useState } from 'react';
import type { BackupEntry, BackupStatus } from '@shared/ipc/contract';
import { getHost } from '../../host';

/**
 * The automatic backups for Settings: the list (newest first), the folder and the last result, kept
 * fresh by the host's status messages. `backUpNow` and `chooseFolder` reject on failure; the caller
 * shows the error.
 */
export function useAutomaticBackups() {
  const backups = getHost().backups;
  const [entries, setEntries] = useState<BackupEntry[] | null>(null);
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [listError, setListError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);

  const refresh = useCallback(
    () =>
      Promise.all([backups.list(), backups.getStatus()]).then(
        ([list, current]) => {
          setEntries(list);
          setStatus(current);
          setListError(null);
        },
        (error: unknown) => setListError(error),
      ),
    [backups],
  );

  useEffect(() => {
    let isActive = true;
    const load = () =>
      Promise.all([backups.list(), backups.getStatus()]).then(
        ([list, current]) => {
          if (!isActive) return;
          setEntries(list);
          setStatus(current);
          setListError(null);
        },
        (error: unknown) => isActive && setListError(error),
      );
    void load();
    const stop = backups.subscribe(() => void load());
    return () => {
      isActive = false;
      stop();
    };
  }, [backups]);

  async function backUpNow(): Promise<BackupEntry> {
    setIsBusy(true);
    try {
      return await backups.backUpNow();
    } finally {
      setIsBusy(false);
      await refresh();
    }
  }

  async function chooseFolder(): Promise<void> {
    setStatus(await backups.chooseFolder());
    await refresh();
  }

  return {
    entries,
    status,
    listError,
    isBusy,
    canChooseFolder: backups.canChooseFolder,
    backUpNow,
    chooseFolder,
  };
}
