import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
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
      on: vi.fn<(name: string, listener: Listener) => void>(),
      getURL: vi.fn<() => string>(() => 'app://coach-dashboard/index.html#/athletes'),
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
    protocol: {
      registerSchemesAsPrivileged: vi.fn((schemes: unknown[]) =>
        steps.push(`registerSchemes:${schemes.length}`),
      ),
      handle: vi.fn<(scheme: string, handler: (request: Request) => Promise<Response>) => void>(),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    app: {
      isPackaged: false,
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
    expect(fake.steps).toEqual(['setPath:userData', 'registerSchemes:1', 'lock', 'enableSandbox']);
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
    expect(window?.loadURL).toHaveBeenCalledWith('app://coach-dashboard/index.html');
    expect(window?.loadFile).not.toHaveBeenCalled();
  });

  it('serves the built page on app:// with its CSP, and nothing outside the renderer folder', async () => {
    await startApp(['--data-dir', dataDir]);
    await becomeReady();
    expect(fake.module.protocol.registerSchemesAsPrivileged.mock.calls[0]?.[0]).toMatchObject([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const [scheme, handler] = fake.module.protocol.handle.mock.calls[0] ?? [];
    expect(scheme).toBe('app');
    if (!handler) throw new Error('No app:// handler');
    const page = await handler(new Request('app://coach-dashboard/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).toContain('<div id="root"></div>');
    const outside = await handler(new Request('app://coach-dashboard/..%2F..%2Fpackage.json'));
    expect(outside.status).toBe(403);
  });

  it('opens on file:// when the data folder holds data of that origin only', async () => {
    mkdirSync(join(dataDir, 'IndexedDB', 'file__0.indexeddb.leveldb'), { recursive: true });
    await startApp(['--data-dir', dataDir]);
    await becomeReady();
    expect(fake.windows[0]?.loadFile).toHaveBeenCalledWith(join(rendererDir, 'index.html'));
    expect(fake.module.protocol.handle).not.toHaveBeenCalled();
  });

  it('ignores ELECTRON_RENDERER_URL when packaged, and a remote one always', async () => {
    const original = process.env.ELECTRON_RENDERER_URL;
    try {
      process.env.ELECTRON_RENDERER_URL = 'https://evil.example/';
      await startApp(['--data-dir', dataDir]);
      await becomeReady();
      expect(fake.windows[0]?.loadURL).toHaveBeenCalledWith('app://coach-dashboard/index.html');
      fake = createFakeElectron();
      fake.module.app.isPackaged = true;
      process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/';
      await startApp(['--data-dir', dataDir]);
      await becomeReady();
      expect(fake.windows[0]?.loadURL).toHaveBeenCalledWith('app://coach-dashboard/index.html');
      fake = createFakeElectron();
      await startApp(['--data-dir', dataDir]);
      await becomeReady();
      expect(fake.windows[0]?.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
    } finally {
      if (original === undefined) delete process.env.ELECTRON_RENDERER_URL;
      else process.env.ELECTRON_RENDERER_URL = original;
    }
  });

  it('packaged: no developer tools, no Reload or Toggle Developer Tools in the menu', async () => {
    fake.module.app.isPackaged = true;
    await startApp(['--data-dir', dataDir]);
    await becomeReady();
    expect(fake.windows[0]?.options.webPreferences?.devTools).toBe(false);
    const menu = JSON.stringify(fake.module.Menu.buildFromTemplate.mock.calls[0]?.[0]);
    expect(menu).toContain('editMenu');
    expect(menu).not.toMatch(/reload|toggleDevTools|viewMenu/i);
    expect(fake.module.Menu.setApplicationMenu).toHaveBeenCalledOnce();
  });

  it('packaged: refuses to start with a remote debugging switch', async () => {
    fake.module.app.isPackaged = true;
    await startApp(['--remote-debugging-port=9222']);
    expect(fake.module.app.exit).toHaveBeenCalledWith(2);
    expect(fake.module.app.requestSingleInstanceLock).not.toHaveBeenCalled();
  });

  it('reloads the window at its route when the renderer crashes, at most 3 times a minute', async () => {
    await startApp(['--data-dir', dataDir]);
    await becomeReady();
    const [window] = fake.windows;
    const gone = window?.webContents.on.mock.calls.find(([name]) => name === 'render-process-gone')?.[1];
    if (!window || !gone) throw new Error('No render-process-gone listener');
    window.loadURL.mockClear();
    for (let crash = 0; crash < 4; crash += 1) gone({}, { reason: 'crashed', exitCode: 1 });
    expect(window.loadURL.mock.calls.map(([url]) => url)).toEqual([
      'app://coach-dashboard/index.html?recovered=crashed#/athletes',
      'app://coach-dashboard/index.html?recovered=crashed#/athletes',
      'app://coach-dashboard/index.html?recovered=crashed#/athletes',
    ]);
    expect(fake.module.dialog.showErrorBox).toHaveBeenCalledWith(
      'Coach dashboard',
      expect.stringContaining('stopped unexpectedly (crashed) again'),
    );
  });

  it('answers app:info with the portable data folder to the app page only', async () => {
    await startApp([`--data-dir=${dataDir}`]);
    await becomeReady();
    const appInfo = fake.ipcListeners.get('app:info');
    const appPage = { senderFrame: { url: 'app://coach-dashboard/index.html#/settings' } };
    const oldOrigin = { senderFrame: { url: pathToFileURL(join(rendererDir, 'index.html')).href } };
    await expect(appInfo?.(oldOrigin, undefined)).resolves.toMatchObject({ ok: false });
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
    const appPage = { senderFrame: { url: 'app://coach-dashboard/index.html#/planner' }, sender: {} };
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
    expect(printWindow.options.webPreferences).not.toHaveProperty('preload');
    expect(printWindow.webContents.setWindowOpenHandler).toHaveBeenCalledOnce();
    expect(printWindow.loadURL).toHaveBeenCalledWith('app://coach-dashboard/index.html#/print/season/s%201');
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
