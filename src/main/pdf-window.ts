import { z } from 'zod';
import { PRINT_ERROR_ATTRIBUTE, PRINT_READY_ATTRIBUTE, type ElectronPrintToPdfOptions } from '@shared/print';

/** How often the print page is asked whether it is drawn, and for how long at most. */
export interface PrintReadyTiming {
  readonly intervalMs: number;
  readonly timeoutMs: number;
}

export const DEFAULT_PRINT_READY_TIMING: PrintReadyTiming = { intervalMs: 100, timeoutMs: 30_000 };

/** Runs in the print page: both attributes the print route sets on <html>. */
export const READ_PRINT_STATE_SCRIPT = `(() => {
  const root = document.documentElement;
  return { ready: root.getAttribute(${JSON.stringify(PRINT_READY_ATTRIBUTE)}), error: root.getAttribute(${JSON.stringify(PRINT_ERROR_ATTRIBUTE)}) };
})()`;

/** What READ_PRINT_STATE_SCRIPT answers; the page is not trusted to answer exactly that. */
const PrintStateSchema = z.object({ ready: z.string().nullable(), error: z.string().nullable() });

/** The print page reported an error, or was not ready in time. */
export class PrintPageError extends Error {
  override readonly name = 'PrintPageError';
}

/**
 * Polls `readState` (READ_PRINT_STATE_SCRIPT in the page) until the print route marks itself ready.
 * Rejects at once with the route's own message when it sets the error attribute, with the cause
 * when reading fails (the page crashed or went away), and after `timeoutMs` otherwise.
 */
export function waitForPrintReady(
  readState: () => Promise<unknown>,
  timing: PrintReadyTiming = DEFAULT_PRINT_READY_TIMING,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let isSettled = false;
    let nextPoll: ReturnType<typeof setTimeout> | undefined;
    const settle = (error?: unknown): void => {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(deadline);
      clearTimeout(nextPoll);
      if (error === undefined) resolve();
      else
        reject(
          error instanceof Error
            ? error
            : new PrintPageError('The print page could not be read', { cause: error }),
        );
    };
    const deadline = setTimeout(() => {
      settle(new PrintPageError(`The print page was not ready within ${timing.timeoutMs / 1000} s`));
    }, timing.timeoutMs);
    const poll = (): void => {
      // Through a promise, so a reader that throws rejects like one that fails.
      Promise.resolve()
        .then(readState)
        .then((raw) => {
          if (isSettled) return;
          const state = PrintStateSchema.safeParse(raw);
          if (!state.success) settle(new PrintPageError('The print page answered something unexpected'));
          else if (state.data.error !== null) {
            settle(new PrintPageError(state.data.error.trim() || 'The print page could not be drawn'));
          } else if (state.data.ready === 'true') settle();
          else nextPoll = setTimeout(poll, timing.intervalMs);
        }, settle);
    };
    poll();
  });
}

/**
 * The part of Electron's BrowserWindow the PDF rendering touches; typed for stubs in tests.
 * printToPDF is a property (not a method) so that assigning a real BrowserWindow checks the shared
 * options against Electron's PrintToPDFOptions strictly.
 */
export interface PrintWindowLike {
  readonly webContents: {
    executeJavaScript(code: string): Promise<unknown>;
    readonly printToPDF: (options: ElectronPrintToPdfOptions) => Promise<Uint8Array>;
  };
  isDestroyed(): boolean;
  destroy(): void;
}

export interface PdfWindowDependencies<W extends PrintWindowLike> {
  /** A hidden, hardened window (buildPrintWindowOptions and hardenWebContents). */
  readonly createWindow: () => W;
  /** Loads the app's own page at the hash route, as the app window loads it. */
  readonly loadRoute: (window: W, routePath: string) => Promise<void>;
  readonly timing?: PrintReadyTiming;
}

/**
 * Renders a print route to PDF: loads it in a hidden window, waits until the route marks itself
 * drawn, prints with `options`, and destroys the window whatever happens.
 */
export async function renderPdfInWindow<W extends PrintWindowLike>(
  deps: PdfWindowDependencies<W>,
  routePath: string,
  options: ElectronPrintToPdfOptions,
): Promise<Uint8Array> {
  const window = deps.createWindow();
  try {
    await deps.loadRoute(window, routePath);
    await waitForPrintReady(() => window.webContents.executeJavaScript(READ_PRINT_STATE_SCRIPT), deps.timing);
    return await window.webContents.printToPDF(options);
  } finally {
    if (!window.isDestroyed()) window.destroy();
  }
}
