import { existsSync, mkdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { acceptDevServerUrl, isAppUrl, resolveAppLocation, type AppLocation } from './app-location';
import { buildAppMenuTemplate } from './app-menu';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, buildAppPageUrl, createAppProtocolHandler } from './app-protocol';
import { setUpElectronBackups, type ElectronBackups } from './backups/electron-backups';
import { parseDataDirArgument, type DataDirChoice } from './data-dir';
import { createHandlers } from './handlers';
import { registerChannels } from './ipc';
import type { RenderPdf } from './pdf-export';
import { renderPdfInWindow } from './pdf-window';
import { buildRecoveryUrl, createRendererRecovery, describeGiveUp } from './renderer-recovery';
import { chooseRendererOrigin, findRefusedSwitches, indexedDbFolder } from './shell-switches';
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
// Development switches count only in an unpacked app (npm start, electron-vite dev).
const isPackaged = app.isPackaged;
const devServerUrl = acceptDevServerUrl(process.env.ELECTRON_RENDERER_URL, isPackaged);
/** Settled in main(), once the data folder (and so the data already there) is known. */
let appLocation: AppLocation = resolveAppLocation(rendererDir, undefined, { isPackaged, origin: 'app' });

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

/** Loads the app's own page (app://, file:// or the dev server), at a hash route when given one. */
function loadAppPage(window: BrowserWindow, routePath?: string): Promise<void> {
  if (appLocation.kind === 'dev-server' && devServerUrl) {
    if (routePath === undefined) return window.loadURL(devServerUrl);
    const url = new URL(devServerUrl);
    url.hash = routePath;
    return window.loadURL(url.href);
  }
  if (appLocation.kind === 'app-protocol') return window.loadURL(buildAppPageUrl(routePath));
  const indexPath = join(rendererDir, 'index.html');
  return routePath === undefined
    ? window.loadFile(indexPath)
    : window.loadFile(indexPath, { hash: routePath });
}

let mainWindow: BrowserWindow | null = null;
let backups: ElectronBackups | null = null;

/** The address of the app's start page, wherever the app is loaded from. */
function startPageUrl(): string {
  if (appLocation.kind === 'dev-server' && devServerUrl) return devServerUrl;
  if (appLocation.kind === 'app-protocol') return buildAppPageUrl();
  return pathToFileURL(join(rendererDir, 'index.html')).href;
}

/**
 * When the window's renderer process goes away (a crash, out of memory, killed), reload the page
 * it showed with `?recovered=<reason>`, so the page says what happened; at most 3 times a minute,
 * then say so in a message box instead of reloading in a loop.
 */
function recoverFromRendererLoss(window: BrowserWindow): void {
  const recovery = createRendererRecovery();
  window.webContents.on('render-process-gone', (_event, details) => {
    if (window.isDestroyed()) return;
    const decision = recovery.decide(details.reason);
    console.error(`The window's renderer process is gone (${details.reason}); ${decision.action}.`);
    if (decision.action === 'give-up') {
      dialog.showErrorBox(WINDOW_TITLE, describeGiveUp(details.reason, decision.reloadsInPeriod));
    }
    if (decision.action !== 'reload') return;
    const url = buildRecoveryUrl(window.webContents.getURL(), startPageUrl(), details.reason, (address) =>
      isAppUrl(address, appLocation),
    );
    window.loadURL(url).catch((error: unknown) => console.error('The app page failed to reload:', error));
  });
}

function createMainWindow(): BrowserWindow {
  const workArea = screen.getPrimaryDisplay().workAreaSize;
  const window = new BrowserWindow(
    buildWindowOptions({ preloadPath, workArea, isDevToolsAllowed: !isPackaged }),
  );
  mainWindow = window;
  backups?.watchWindow(window);
  showWhenReady(window);
  recoverFromRendererLoss(window);
  loadAppPage(window).catch((error: unknown) => console.error('The app page failed to load:', error));
  return window;
}

/**
 * A hidden window on a print route. The 'web-contents-created' hook hardens it too; hardening it
 * here keeps the guarantee beside the window that needs it.
 */
function createPrintWindow(): BrowserWindow {
  const window = new BrowserWindow(buildPrintWindowOptions(!isPackaged));
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
  if (appLocation.kind === 'app-protocol') {
    protocol.handle(
      APP_SCHEME,
      createAppProtocolHandler(appLocation.rendererDir, {
        readFile: (path) => readFile(path),
        onProblem: (url, problem) => console.warn(`app:// refused ${url}: ${problem}`),
      }),
    );
  }
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildAppMenuTemplate({ isPackaged, platform: process.platform })),
  );
  hardenSession(session.defaultSession, appLocation, {
    onBlockedRequest: (url) => console.warn(`Blocked a request that is not the app's own: ${url}`),
  });
  registerIpc(choice.kind === 'portable');
  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
}

/** The origin the app opens on: app://, unless the data folder's data lives under file:// (see shell-switches). */
function settleAppLocation(): void {
  const userData = app.getPath('userData');
  const origin = chooseRendererOrigin({
    argv: process.argv,
    hasFileOriginData: existsSync(indexedDbFolder(userData, 'file')),
    hasAppOriginData: existsSync(indexedDbFolder(userData, 'app')),
  });
  appLocation = resolveAppLocation(rendererDir, devServerUrl ?? undefined, { isPackaged, origin });
}

function main(): void {
  const refusedSwitches = findRefusedSwitches(process.argv, isPackaged);
  if (refusedSwitches.length > 0) {
    dialog.showErrorBox(WINDOW_TITLE, `This app does not start with ${refusedSwitches.join(', ')}.`);
    app.exit(2);
    return;
  }
  const choice = parseDataDirArgument(process.argv, process.cwd());
  if (!applyDataDir(choice)) {
    app.exit(2);
    return;
  }
  settleAppLocation();
  // Before ready: the app:// origin is a standard, secure one (its own IndexedDB, fetch, workers).
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
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
