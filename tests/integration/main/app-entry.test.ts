import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, type IpcResult } from '@shared/ipc/contract';
import { toElectronPrintToPdfOptions } from '@shared/print';

/*
 * The Electron entry (src/main/index.ts) run against a fake `electron` module: Electron's binary is
 * not available everywhere, and this proves the wiring (data folder before ready, one instance,
 * every channel registered, a hardened window loading the built page).
 */

type Listener = (...args: unknown[]) => unknown;
type IpcListener = (event: unknown, ...args: unknown[]) => Promise<IpcResult<unknown>>;

const rendererDir = fileURLToPath(new URL('../../../src/renderer', import.meta.url));

function createFakeElectron() {
  const steps: string[] = [];
  const appListeners = new Map<string, Listener>();
  const ipcListeners = new Map<string, IpcListener>();
  const paths = new Map<string, string>([['userData', '/home/coach/.config/coach-dashboard']]);
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  class FakeBrowserWindow {
    static readonly all: FakeBrowserWindow[] = [];
    static getAllWindows = () => FakeBrowserWindow.all;
    static fromWebContents = () => null;
    readonly loadFile = vi.fn<(path: string) => Promise<void>>(() => Promise.resolve());
    readonly loadURL = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
    readonly focus = vi.fn<() => void>();
    readonly restore = vi.fn<() => void>();
    readonly destroy = vi.fn<() => void>();
    readonly webContents = {
      on: vi.fn(),
      setWindowOpenHandler: vi.fn(),
      executeJavaScript: vi.fn<(code: string) => Promise<unknown>>(() =>
        Promise.resolve({ ready: 'true', error: null }),
      ),
      printToPDF: vi.fn<(options: unknown) => Promise<Uint8Array>>(() =>
        Promise.resolve(new TextEncoder().encode('%PDF-1.7 fake')),
      ),
    };
    isMinimizedAnswer = false;
    constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
      steps.push('window');
      FakeBrowserWindow.all.push(this);
    }
    once(): void {}
    show(): void {}
    isMinimized(): boolean {
      return this.isMinimizedAnswer;
    }
    isDestroyed(): boolean {
      return this.destroy.mock.calls.length > 0;
    }
  }

  const module = {
    app: {
      setPath: vi.fn((name: string, path: string) => {
        steps.push(`setPath:${name}`);
        paths.set(name, path);
      }),
      getPath: (name: string) => paths.get(name) ?? `/home/coach/${name}`,
      getVersion: () => '0.1.0',
      requestSingleInstanceLock: vi.fn(() => {
        steps.push('lock');
        return true;
      }),
      enableSandbox: vi.fn(() => steps.push('enableSandbox')),
      on: (name: string, listener: Listener) => appListeners.set(name, listener),
      whenReady: () => ready,
      quit: vi.fn<() => void>(),
      exit: vi.fn<(code: number) => void>(),
    },
    BrowserWindow: FakeBrowserWindow,
    ipcMain: { handle: (channel: string, listener: IpcListener) => ipcListeners.set(channel, listener) },
    dialog: {
      showErrorBox: vi.fn<(title: string, message: string) => void>(),
      showSaveDialog: vi.fn<(options: unknown) => Promise<{ canceled: boolean; filePath?: string }>>(),
    },
    screen: { getPrimaryDisplay: () => ({ workAreaSize: { width: 1920, height: 1040 } }) },
    session: {
      defaultSession: {
        webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
      },
    },
  };
  return { module, steps, appListeners, ipcListeners, markReady, windows: FakeBrowserWindow.all };
}

let fake: ReturnType<typeof createFakeElectron>;
let dataDir: string;
const originalArgv = process.argv;

async function startApp(args: string[]): Promise<void> {
  process.argv = ['/usr/lib/electron/electron', '.', ...args];
  vi.resetModules();
  vi.doMock('electron', () => fake.module);
  await import('../../../src/main/index');
}

async function becomeReady(): Promise<void> {
  fake.markReady();
  await new Promise((resolve) => setImmediate(resolve));
}

beforeEach(() => {
  fake = createFakeElectron();
  dataDir = join(mkdtempSync(join(tmpdir(), 'coach-entry-')), 'portable data');
});

afterEach(() => {
  process.argv = originalArgv;
  vi.doUnmock('electron');
  rmSync(join(dataDir, '..'), { recursive: true, force: true });
});

describe('the Electron entry', () => {
  it('creates and uses --data-dir before anything else, then takes the single-instance lock', async () => {
    await startApp(['--data-dir', dataDir]);
    expect(statSync(dataDir).isDirectory()).toBe(true);
    expect(fake.module.app.setPath).toHaveBeenCalledWith('userData', dataDir);
    expect(fake.steps).toEqual(['setPath:userData', 'lock', 'enableSandbox']);
  });

  it('when ready: hardens the session, registers every channel and opens the built page', async () => {
    await startApp(['--data-dir', dataDir]);
    await becomeReady();
    expect(fake.module.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalledOnce();
    expect(fake.module.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect([...fake.ipcListeners.keys()].sort()).toEqual([...CHANNELS].sort());
    const [window] = fake.windows;
    expect(window?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(String(window?.options.webPreferences?.preload)).toMatch(/[/\\]preload[/\\]index\.cjs$/);
    expect(window?.loadFile).toHaveBeenCalledWith(join(rendererDir, 'index.html'));
  });

  it('answers app:info with the portable data folder to the app page only', async () => {
    await startApp([`--data-dir=${dataDir}`]);
    await becomeReady();
    const appInfo = fake.ipcListeners.get('app:info');
    const appPage = { senderFrame: { url: pathToFileURL(join(rendererDir, 'index.html')).href } };
    await expect(appInfo?.(appPage, undefined)).resolves.toEqual({
      ok: true,
      value: { version: '0.1.0', dataDir, isPortable: true, platform: process.platform },
    });
    const stranger = { senderFrame: { url: 'https://evil.example/' } };
    await expect(appInfo?.(stranger, undefined)).resolves.toMatchObject({ ok: false });
  });

  it('exports a PDF: asks where, renders the print route in a hidden hardened window, writes the file', async () => {
    await startApp([`--data-dir=${dataDir}`]);
    await becomeReady();
    const target = join(dataDir, '..', 'plan.pdf');
    fake.module.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const labels = { header: 'U19', footerLeft: 'Exported 21 Nov 2026', pageOf: 'Page {page} of {pages}' };
    const appPage = { senderFrame: { url: pathToFileURL(join(rendererDir, 'index.html')).href }, sender: {} };
    const exportPdf = fake.ipcListeners.get('pdf:export');
    const result = await exportPdf?.(appPage, {
      request: { kind: 'season', seasonId: 's 1' },
      suggestedName: 'plan.pdf',
      labels,
    });
    expect(result).toEqual({ ok: true, value: { isSaved: true, path: target } });
    const [, printWindow] = fake.windows;
    if (!printWindow) throw new Error('No print window was created');
    expect(printWindow.options).toMatchObject({
      show: false,
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        backgroundThrottling: false,
      },
    });
    expect(printWindow.webContents.setWindowOpenHandler).toHaveBeenCalledOnce();
    expect(printWindow.loadFile).toHaveBeenCalledWith(join(rendererDir, 'index.html'), {
      hash: '/print/season/s%201',
    });
    expect(printWindow.webContents.printToPDF).toHaveBeenCalledWith(toElectronPrintToPdfOptions(labels));
    expect(printWindow.destroy).toHaveBeenCalledOnce();
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 fake');
    expect(readdirSync(join(dataDir, '..')).sort()).toEqual(['plan.pdf', 'portable data']);
  });

  it('stops with an error box when --data-dir has no folder', async () => {
    await startApp(['--data-dir']);
    expect(fake.module.dialog.showErrorBox).toHaveBeenCalledWith(
      'Coach dashboard',
      expect.stringContaining('--data-dir'),
    );
    expect(fake.module.app.exit).toHaveBeenCalledWith(2);
    expect(fake.module.app.requestSingleInstanceLock).not.toHaveBeenCalled();
  });

  it('quits when another instance holds the lock', async () => {
    fake.module.app.requestSingleInstanceLock.mockReturnValue(false);
    await startApp([]);
    await becomeReady();
    expect(fake.module.app.quit).toHaveBeenCalledOnce();
    expect(fake.windows).toHaveLength(0);
  });

  it('brings the first window back when a second instance starts', async () => {
    await startApp([]);
    await becomeReady();
    const [window] = fake.windows;
    if (!window) throw new Error('No window was created');
    window.isMinimizedAnswer = true;
    fake.appListeners.get('second-instance')?.();
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });
});
