import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toElectronPrintToPdfOptions, type ElectronPrintToPdfOptions } from '@shared/print';
import {
  PrintPageError,
  READ_PRINT_STATE_SCRIPT,
  renderPdfInWindow,
  waitForPrintReady,
  type PrintWindowLike,
} from '../../../src/main/pdf-window';
import { buildPrintWindowOptions, buildWindowOptions } from '../../../src/main/window';

const timing = { intervalMs: 100, timeoutMs: 30_000 };
const options = toElectronPrintToPdfOptions({
  header: 'U19',
  footerLeft: 'Exported',
  pageOf: '{page}/{pages}',
});
const pdfBytes = new TextEncoder().encode('%PDF-1.7');

type PrintState = { ready: string | null; error: string | null };
const notYet: PrintState = { ready: null, error: null };
const ready: PrintState = { ready: 'true', error: null };

/** A page that answers `states` in turn, then keeps answering the last one. */
function pageAnswering(...states: PrintState[]) {
  return vi.fn((): Promise<unknown> => Promise.resolve(states.length > 1 ? states.shift() : states[0]));
}

/** Settles `promise` now, without letting an early rejection go unhandled while timers run. */
function track(promise: Promise<void>) {
  const outcome: { state: 'pending' | 'resolved' | 'rejected'; error?: unknown } = { state: 'pending' };
  promise.then(
    () => (outcome.state = 'resolved'),
    (error: unknown) => Object.assign(outcome, { state: 'rejected', error }),
  );
  return outcome;
}

describe('READ_PRINT_STATE_SCRIPT', () => {
  it('reads both attributes from <html>', () => {
    const attributes = new Map([['data-print-ready', 'true']]);
    const document = { documentElement: { getAttribute: (name: string) => attributes.get(name) ?? null } };
    expect(runInNewContext(READ_PRINT_STATE_SCRIPT, { document })).toEqual({ ready: 'true', error: null });
    attributes.set('data-print-error', 'No such season');
    expect(runInNewContext(READ_PRINT_STATE_SCRIPT, { document })).toEqual({
      ready: 'true',
      error: 'No such season',
    });
  });
});

describe('waitForPrintReady', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('polls every 100 ms until the page says it is ready', async () => {
    const readState = pageAnswering(notYet, notYet, { ready: 'false', error: null }, ready);
    const outcome = track(waitForPrintReady(readState, timing));
    await vi.advanceTimersByTimeAsync(250);
    expect(outcome.state).toBe('pending');
    expect(readState).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(100);
    expect(outcome.state).toBe('resolved');
    expect(readState).toHaveBeenCalledTimes(4);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('fails at once with the print route’s own message', async () => {
    const readState = pageAnswering(notYet, { ready: null, error: 'Season s1 has no blocks' });
    const outcome = track(waitForPrintReady(readState, timing));
    await vi.advanceTimersByTimeAsync(100);
    expect(outcome.state).toBe('rejected');
    expect(outcome.error).toBeInstanceOf(PrintPageError);
    expect(outcome.error).toHaveProperty('message', 'Season s1 has no blocks');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives an empty error attribute a message of its own', async () => {
    const outcome = track(waitForPrintReady(pageAnswering({ ready: 'true', error: ' ' }), timing));
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome.error).toHaveProperty('message', 'The print page could not be drawn');
  });

  it('gives up after the timeout', async () => {
    const readState = pageAnswering(notYet);
    const outcome = track(waitForPrintReady(readState, timing));
    await vi.advanceTimersByTimeAsync(29_900);
    expect(outcome.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(100);
    expect(outcome.state).toBe('rejected');
    expect(outcome.error).toHaveProperty('message', 'The print page was not ready within 30 s');
    await vi.advanceTimersByTimeAsync(1000);
    expect(readState).toHaveBeenCalledTimes(300);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives up after the timeout even when the page never answers', async () => {
    const outcome = track(waitForPrintReady(() => new Promise<never>(() => undefined), timing));
    await vi.advanceTimersByTimeAsync(30_000);
    expect(outcome.state).toBe('rejected');
  });

  it('passes on a failure to read the page (it crashed or went away)', async () => {
    const gone = new Error('Render frame was disposed before WebFrameMain could be accessed');
    const outcome = track(waitForPrintReady(() => Promise.reject(gone), timing));
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome.error).toBe(gone);
  });

  it('refuses an answer that is not the print state', async () => {
    const outcome = track(waitForPrintReady(() => Promise.resolve('true'), timing));
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome.error).toBeInstanceOf(PrintPageError);
  });
});

describe('renderPdfInWindow', () => {
  function createStubWindow(states: PrintState[]) {
    let isDestroyed = false;
    const window = {
      webContents: {
        executeJavaScript: vi.fn<(code: string) => Promise<unknown>>(() =>
          Promise.resolve(states.length > 1 ? states.shift() : states[0]),
        ),
        printToPDF: vi.fn<(options: ElectronPrintToPdfOptions) => Promise<Uint8Array>>(() =>
          Promise.resolve(pdfBytes),
        ),
      },
      isDestroyed: () => isDestroyed,
      destroy: vi.fn(() => {
        isDestroyed = true;
      }),
    } satisfies PrintWindowLike;
    return window;
  }

  const fastTiming = { intervalMs: 1, timeoutMs: 1000 };

  it('loads the route, waits until it is drawn, prints with the options and destroys the window', async () => {
    const window = createStubWindow([notYet, ready]);
    const loadRoute = vi.fn(() => Promise.resolve());
    const bytes = await renderPdfInWindow(
      { createWindow: () => window, loadRoute, timing: fastTiming },
      '/print/season/s1',
      options,
    );
    expect(bytes).toBe(pdfBytes);
    expect(loadRoute).toHaveBeenCalledWith(window, '/print/season/s1');
    expect(window.webContents.executeJavaScript).toHaveBeenCalledTimes(2);
    expect(window.webContents.executeJavaScript).toHaveBeenCalledWith(READ_PRINT_STATE_SCRIPT);
    expect(window.webContents.printToPDF).toHaveBeenCalledExactlyOnceWith(options);
    expect(window.destroy).toHaveBeenCalledOnce();
  });

  it('destroys the window and prints nothing when the route reports an error', async () => {
    const window = createStubWindow([{ ready: null, error: 'No such athlete' }]);
    const rendering = renderPdfInWindow(
      { createWindow: () => window, loadRoute: () => Promise.resolve(), timing: fastTiming },
      '/print/athlete/a/s',
      options,
    );
    await expect(rendering).rejects.toThrow('No such athlete');
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    expect(window.destroy).toHaveBeenCalledOnce();
  });

  it('destroys the window when the page fails to load or printing fails', async () => {
    const unloadable = createStubWindow([ready]);
    await expect(
      renderPdfInWindow(
        { createWindow: () => unloadable, loadRoute: () => Promise.reject(new Error('ERR_FILE_NOT_FOUND')) },
        '/print/block/b1',
        options,
      ),
    ).rejects.toThrow('ERR_FILE_NOT_FOUND');
    expect(unloadable.webContents.executeJavaScript).not.toHaveBeenCalled();
    expect(unloadable.destroy).toHaveBeenCalledOnce();

    const unprintable = createStubWindow([ready]);
    unprintable.webContents.printToPDF.mockRejectedValue(new Error('Printing failed'));
    await expect(
      renderPdfInWindow(
        { createWindow: () => unprintable, loadRoute: () => Promise.resolve(), timing: fastTiming },
        '/print/block/b1',
        options,
      ),
    ).rejects.toThrow('Printing failed');
    expect(unprintable.destroy).toHaveBeenCalledOnce();
  });
});

describe('buildPrintWindowOptions', () => {
  it('keeps every hardened option of the app window but the preload, hidden and not throttled', () => {
    const appWindow = buildWindowOptions({ preloadPath: '/app/preload.cjs', isDevToolsAllowed: false });
    const printWindow = buildPrintWindowOptions(false);
    expect(printWindow.show).toBe(false);
    const { preload, ...withoutPreload } = appWindow.webPreferences ?? {};
    expect(preload).toBe('/app/preload.cjs');
    expect(printWindow.webPreferences).toEqual({ ...withoutPreload, backgroundThrottling: false });
    expect(printWindow.webPreferences).not.toHaveProperty('preload');
    expect(printWindow.webPreferences?.devTools).toBe(false);
    expect(printWindow.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
  });
});
