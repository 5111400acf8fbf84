import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { BrowserWindow, Event as ElectronEvent, IpcMainInvokeEvent, OpenDialogOptions } from 'electron';
import { DEFAULT_BACKUP_INTERVAL_MS, type BackupReason, type BackupScheduler } from '@shared/backup';
import type { HostEvent, HostEventPayload } from '@shared/ipc/contract';
import { createMainBackupSchedule } from './backup-schedule';
import { createBackupService, type BackupService } from './backup-service';

/** How long quitting waits for the last backup, and how long any other requested backup may take. */
const QUIT_TIMEOUT_MS = 60_000;
const RUN_TIMEOUT_MS = 15 * 60_000;

/** The few Electron objects the backups need, passed in by the entry (index.ts). */
export interface ElectronBackupDeps {
  readonly dataDir: string;
  readonly getMainWindow: () => BrowserWindow | null;
  /** A folder dialog, attached to the window that asked when there is one. */
  readonly showOpenDialog: (
    event: IpcMainInvokeEvent,
    options: OpenDialogOptions,
  ) => Promise<{ canceled: boolean; filePaths: string[] }>;
  readonly onBeforeQuit: (listener: (event: ElectronEvent) => void) => void;
  readonly quit: () => void;
}

export interface ElectronBackups {
  readonly service: BackupService;
  readonly schedule: BackupScheduler;
  readonly showFolderDialog: (event: IpcMainInvokeEvent) => Promise<string | null>;
  /** Starts the schedule once the window's page has loaded (it answers the requests). */
  readonly watchWindow: (window: BrowserWindow) => void;
}

function send<E extends HostEvent>(
  window: BrowserWindow | null,
  event: E,
  payload: HostEventPayload<E>,
): boolean {
  if (!window || window.isDestroyed()) return false;
  window.webContents.send(event, payload);
  return true;
}

/**
 * Wires the backup service and its schedule to Electron: main asks the window for a stream
 * ('backup:requested'), tells it every new status ('backup:statusChanged'), and on quit waits
 * (at most a minute) for a last backup when something changed since the previous one.
 */
export function setUpElectronBackups(deps: ElectronBackupDeps): ElectronBackups {
  const service = createBackupService({
    defaultFolder: join(deps.dataDir, 'backups'),
    settingsPath: join(deps.dataDir, 'backup-settings.json'),
    now: () => new Date(),
    newStreamId: () => randomBytes(8).toString('hex'),
    onStatusChanged: (status) => send(deps.getMainWindow(), 'backup:statusChanged', status),
  });
  const schedule = createMainBackupSchedule({
    service,
    requestBackup: (reason: BackupReason) => send(deps.getMainWindow(), 'backup:requested', { reason }),
    intervalMs: DEFAULT_BACKUP_INTERVAL_MS,
    timers: {
      setInterval: (callback, ms) => setInterval(callback, ms).unref(),
      clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
    },
    timeoutMs: (reason) => (reason === 'quit' ? QUIT_TIMEOUT_MS : RUN_TIMEOUT_MS),
    onError: (error, reason) => console.error(`Automatic backup (${reason}) failed:`, error),
  });

  let isQuitting = false;
  deps.onBeforeQuit((event) => {
    if (isQuitting || !schedule.hasChanges) return;
    isQuitting = true;
    event.preventDefault();
    schedule.stop();
    schedule
      .runNow('quit')
      .catch(() => undefined)
      .finally(deps.quit);
  });

  return {
    service,
    schedule,
    showFolderDialog: async (event) => {
      const answer = await deps.showOpenDialog(event, {
        title: 'Folder for automatic backups',
        properties: ['openDirectory', 'createDirectory'],
      });
      return answer.canceled ? null : (answer.filePaths[0] ?? null);
    },
    watchWindow: (window) => {
      window.webContents.on('did-finish-load', () => schedule.start());
    },
  };
}
