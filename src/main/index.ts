import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, screen, session } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { isAppUrl, resolveAppLocation } from './app-location';
import { setUpElectronBackups, type ElectronBackups } from './backups/electron-backups';
import { parseDataDirArgument, type DataDirChoice } from './data-dir';
import { createHandlers } from './handlers';
import { registerChannels } from './ipc';
import type { RenderPdf } from './pdf-export';
import { renderPdfInWindow } from './pdf-window';
import {
  buildPrintWindowOptions,
  buildWindowOptions,
  hardenSession,
  hardenWebContents,
  showWhenReady,
  WINDOW_TITLE,
} from './window';
import { writeFileAtomic } from './write-file-atomic';

/**
 * The Electron entry: wires Electron's objects into the plain functions beside this file, which hold
 * the logic and are tested in Node. Built to out/main/index.js; the preload and the renderer are
 * built beside it (electron.vite.config.ts). The preload is CommonJS in a `"type": "module"` package,
 * so electron-vite names it index.cjs.
 */

const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const appLocation = resolveAppLocation(rendererDir, devServerUrl);

/** Before `ready`: IndexedDB, caches and the single-instance lock all live under userData. */
function applyDataDir(choice: DataDirChoice): boolean {
  if (choice.kind === 'invalid') {
    dialog.showErrorBox(WINDOW_TITLE, choice.message);
    return false;
  }
  if (choice.kind === 'default') return true;
  try {
    mkdirSync(choice.dataDir, { recursive: true });
  } catch (error) {
    dialog.showErrorBox(WINDOW_TITLE, `Cannot use the data folder ${choice.dataDir}: ${String(error)}`);
    return false;
  }
  app.setPath('userData', choice.dataDir);
  return true;
}

/** Loads the app's own page (the built files, or the dev server), at a hash route when given one. */
function loadAppPage(window: BrowserWindow, routePath?: string): Promise<void> {
  if (devServerUrl) {
    if (routePath === undefined) return window.loadURL(devServerUrl);
    const url = new URL(devServerUrl);
    url.hash = routePath;
    return window.loadURL(url.href);
  }
  const indexPath = join(rendererDir, 'index.html');
  return routePath === undefined
    ? window.loadFile(indexPath)
    : window.loadFile(indexPath, { hash: routePath });
}

let mainWindow: BrowserWindow | null = null;
let backups: ElectronBackups | null = null;

function createMainWindow(): BrowserWindow {
  const workArea = screen.getPrimaryDisplay().workAreaSize;
  const window = new BrowserWindow(buildWindowOptions({ preloadPath, workArea }));
  mainWindow = window;
  backups?.watchWindow(window);
  showWhenReady(window);
  loadAppPage(window).catch((error: unknown) => console.error('The app page failed to load:', error));
  return window;
}

/**
 * A hidden window on a print route. The 'web-contents-created' hook hardens it too; hardening it
 * here keeps the guarantee beside the window that needs it.
 */
function createPrintWindow(): BrowserWindow {
  const window = new BrowserWindow(buildPrintWindowOptions(preloadPath));
  hardenWebContents(window.webContents, appLocation);
  return window;
}

/** The print route drawn in a hidden window of the app's own page, printed with printToPDF. */
const renderPdf: RenderPdf = (routePath, options) =>
  renderPdfInWindow({ createWindow: createPrintWindow, loadRoute: loadAppPage }, routePath, options);

function focusMainWindow(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

function registerIpc(isPortable: boolean): void {
  const electronBackups = setUpElectronBackups({
    dataDir: app.getPath('userData'),
    getMainWindow: () => mainWindow,
    showOpenDialog: (event, options) => {
      const owner = BrowserWindow.fromWebContents(event.sender);
      return owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options);
    },
    onBeforeQuit: (listener) => app.on('before-quit', listener),
    quit: () => app.quit(),
  });
  backups = electronBackups;
  const handlers = createHandlers<IpcMainInvokeEvent>({
    getAppInfo: () => ({
      version: app.getVersion(),
      dataDir: app.getPath('userData'),
      isPortable,
      platform: process.platform,
    }),
    defaultSaveDir: () => app.getPath('documents'),
    showSaveDialog: (event, options) => {
      const owner = BrowserWindow.fromWebContents(event.sender);
      return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
    },
    writeTextFile: (path, text) => writeFile(path, text, 'utf8'),
    renderPdf,
    writeFileAtomic,
    backups: electronBackups.service,
    showFolderDialog: electronBackups.showFolderDialog,
    markChanged: () => electronBackups.schedule.markChanged(),
  });
  registerChannels(ipcMain, handlers, (frame) => isAppUrl(frame.url, appLocation), {
    onHandlerError: (channel, error) => console.error(`IPC ${channel} failed:`, error),
  });
}

function start(choice: DataDirChoice): void {
  hardenSession(session.defaultSession, appLocation, {
    onBlockedRequest: (url) => console.warn(`Blocked a request that is not the app's own: ${url}`),
  });
  registerIpc(choice.kind === 'portable');
  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
}

function main(): void {
  const choice = parseDataDirArgument(process.argv, process.cwd());
  if (!applyDataDir(choice)) {
    app.exit(2);
    return;
  }
  // One app per data folder: two processes on one IndexedDB would corrupt it.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();
  app.on('second-instance', focusMainWindow);
  // Every web contents, including ones created later (print windows), gets the navigation guards.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appLocation));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(() => start(choice))
    .catch((error: unknown) => {
      console.error('The app failed to start:', error);
      app.exit(1);
    });
}

main();
