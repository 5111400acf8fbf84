import type { AppInfo, SaveTextFileInput, SaveTextFileResult } from '@shared/ipc/contract';

/**
 * The one way the renderer reaches its host (ARCHITECTURE.md, "The host contract"): the Electron
 * main process through the preload, or the browser when the renderer runs in plain Chromium.
 */
export interface Host {
  readonly kind: 'electron' | 'browser';
  getAppInfo(): Promise<AppInfo>;
  /** Saves a text file chosen by the user (a dialog in Electron, a download in the browser). */
  saveTextFile(input: SaveTextFileInput): Promise<SaveTextFileResult>;
}
