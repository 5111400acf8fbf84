import type {
  AppInfo,
  ExportPdfInput,
  ExportPdfResult,
  SaveTextFileInput,
  SaveTextFileResult,
} from '@shared/ipc/contract';
import type { BackupsHost } from './backups';

/**
 * Whether the browser keeps this page's data for good (`navigator.storage.persist()`): 'granted' =
 * never evicted under storage pressure; 'denied' = best effort, the browser may clear it when the
 * disk runs low; 'unsupported' = the browser cannot say; 'not-applicable' = the Electron host.
 */
export type StoragePersistence = 'granted' | 'denied' | 'unsupported' | 'not-applicable';

/**
 * The one way the renderer reaches its host (ARCHITECTURE.md, "The host contract"): the Electron
 * main process through the preload, or the browser when the renderer runs in plain Chromium.
 */
export interface Host {
  readonly kind: 'electron' | 'browser';
  getAppInfo(): Promise<AppInfo>;
  /** Saves a text file chosen by the user (a dialog in Electron, a download in the browser). */
  saveTextFile(input: SaveTextFileInput): Promise<SaveTextFileResult>;
  /**
   * Exports a print route as PDF. Electron asks where to save, renders the route in a hidden window
   * and answers `{ isSaved: true, path }` (or `{ isSaved: false }` when the dialog is cancelled).
   * The browser opens the route in a new tab, which calls the browser's print dialog itself; the
   * dialog does the saving, so the answer is always `{ isSaved: false }`. Call it straight from the
   * click handler (no await before it), or the browser may block the new tab.
   */
  exportPdf(input: ExportPdfInput): Promise<ExportPdfResult>;
  /**
   * Asks once per page load for persistent storage, so the browser does not evict a season, and
   * answers whether it holds (the same answer to every later call). The Electron host answers
   * 'not-applicable'.
   */
  persistStorage(): Promise<StoragePersistence>;
  /** Automatic backups, "back up now", the backup file, and reading a stored backup for a restore. */
  readonly backups: BackupsHost;
}
