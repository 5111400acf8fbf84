import type { z } from 'zod';
import { version } from '../../../../package.json';
import {
  SaveTextFileInputSchema,
  type SaveTextFileInput,
  type SaveTextFileResult,
} from '@shared/ipc/contract';
import type { Host } from './host';

/** Long enough for Chromium to start the download before the object URL goes away. */
const REVOKE_DELAY_MS = 10_000;

/** Where the browser keeps the data, as the settings page shows it. */
export const BROWSER_DATA_DIR = 'Browser storage (IndexedDB)';

/** Chromium's name for the platform ("Linux", "Windows", "macOS"); DOM typings lack userAgentData. */
function readPlatform(): string {
  const data = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData;
  return data?.platform || 'browser';
}

/** One line, like the main process's answer to a bad payload. */
function describeInvalidInput(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
  return `Invalid input for file:saveText: ${where}${issue?.message ?? 'invalid'}`;
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
  return {
    kind: 'browser',
    getAppInfo: () =>
      Promise.resolve({ version, dataDir: BROWSER_DATA_DIR, isPortable: false, platform: readPlatform() }),
    saveTextFile: (input): Promise<SaveTextFileResult> => {
      const parsed = SaveTextFileInputSchema.safeParse(input);
      if (!parsed.success) return Promise.reject(new Error(describeInvalidInput(parsed.error)));
      downloadText(parsed.data);
      return Promise.resolve({ isSaved: true });
    },
  };
}
