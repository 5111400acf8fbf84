import type { z } from 'zod';
import { version } from '../../../../package.json';
import {
  ExportPdfInputSchema,
  SaveTextFileInputSchema,
  type Channel,
  type ExportPdfResult,
  type SaveTextFileInput,
  type SaveTextFileResult,
} from '@shared/ipc/contract';
import { AUTO_PRINT_PARAM, printRoutePath, type PrintRequest } from '@shared/print';
import { createBrowserBackups } from './browser-backups';
import type { Host, StoragePersistence } from './host';

/** Long enough for Chromium to start the download before the object URL goes away. */
const REVOKE_DELAY_MS = 10_000;

/** Where the browser keeps the data; the settings page names it in the coach's language instead. */
export const BROWSER_DATA_DIR = 'Browser storage (IndexedDB)';

/** The part of `navigator.storage` persistence needs (absent in some browsers and contexts). */
export type PersistenceApi = Partial<Pick<StorageManager, 'persist' | 'persisted'>>;

/**
 * Asks the browser to keep this origin's storage for good, unless it already does, and answers what
 * `persisted()` then says, so the screen shows the browser's own answer.
 */
export async function requestStoragePersistence(
  storage: PersistenceApi | undefined,
): Promise<StoragePersistence> {
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  try {
    if (!(await storage.persisted())) await storage.persist();
    return (await storage.persisted()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}

/** Chromium's name for the platform ("Linux", "Windows", "macOS"); DOM typings lack userAgentData. */
function readPlatform(): string {
  const data = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData;
  return data?.platform || 'browser';
}

/** One line, like the main process's answer to a bad payload. */
function describeInvalidInput(channel: Channel, error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
  return `Invalid input for ${channel}: ${where}${issue?.message ?? 'invalid'}`;
}

/** The print route relative to this page, with `?autoprint=1`: it opens the print dialog once drawn. */
export function buildAutoPrintUrl(request: PrintRequest): string {
  return `#${printRoutePath(request)}?${AUTO_PRINT_PARAM}=1`;
}

/** Offers `text` as a download through a temporary link, the browser's stand-in for a save dialog. */
function downloadText(input: SaveTextFileInput): void {
  const url = URL.createObjectURL(new Blob([input.text], { type: input.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = input.suggestedName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
}

/**
 * The host when the renderer runs in plain Chromium (`npm run web`, the e2e tests). The data stays
 * in the browser's IndexedDB. Inputs are parsed with the contract's schemas, as the main process
 * does, so a call that Electron would refuse fails here too.
 */
export function createBrowserHost(): Host {
  let persistence: Promise<StoragePersistence> | undefined;
  return {
    kind: 'browser',
    getAppInfo: () =>
      Promise.resolve({ version, dataDir: BROWSER_DATA_DIR, isPortable: false, platform: readPlatform() }),
    saveTextFile: (input): Promise<SaveTextFileResult> => {
      const parsed = SaveTextFileInputSchema.safeParse(input);
      if (!parsed.success)
        return Promise.reject(new Error(describeInvalidInput('file:saveText', parsed.error)));
      downloadText(parsed.data);
      return Promise.resolve({ isSaved: true });
    },
    // No await before window.open: it must run within the click's user activation.
    exportPdf: (input): Promise<ExportPdfResult> => {
      const parsed = ExportPdfInputSchema.safeParse(input);
      if (!parsed.success) return Promise.reject(new Error(describeInvalidInput('pdf:export', parsed.error)));
      const printTab = window.open(buildAutoPrintUrl(parsed.data.request), '_blank');
      if (!printTab) return Promise.reject(new Error('The browser blocked the print tab'));
      // The browser's print dialog saves the PDF; this page never learns whether or where.
      return Promise.resolve({ isSaved: false });
    },
    persistStorage: () => {
      persistence ??= requestStoragePersistence(
        typeof navigator === 'undefined' ? undefined : navigator.storage,
      );
      return persistence;
    },
    backups: createBrowserBackups(),
  };
}
