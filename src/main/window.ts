import type { BrowserWindowConstructorOptions } from 'electron';
import { isAppUrl, type AppLocation } from './app-location';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

export const WINDOW_TITLE = 'Coach dashboard';

const DEFAULT_SIZE = { width: 1440, height: 900 } as const;
const MINIMUM_SIZE = { width: 1024, height: 680 } as const;
/** Mantine's light body colour, so the window does not flash another colour before React paints. */
const BACKGROUND_COLOR = '#ffffff';

export interface WindowOptionsInput {
  /** The bridge to main (src/preload); a window without one (the print window) gets none. */
  readonly preloadPath?: string;
  /** !app.isPackaged: a packaged app's windows have no developer tools. */
  readonly isDevToolsAllowed: boolean;
  /** The screen's work area: the default size shrinks to fit a small laptop screen. */
  readonly workArea?: { readonly width: number; readonly height: number };
}

/**
 * Options for the app window: sandboxed, isolated, no Node in any frame or worker, no webviews, and
 * no spellchecker (Chromium's spellchecker downloads dictionaries, and the app never uses the
 * network). Hidden until the first paint (see showWhenReady).
 */
export function buildWindowOptions({
  preloadPath,
  workArea,
  isDevToolsAllowed,
}: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: Math.min(DEFAULT_SIZE.width, workArea?.width ?? DEFAULT_SIZE.width),
    height: Math.min(DEFAULT_SIZE.height, workArea?.height ?? DEFAULT_SIZE.height),
    minWidth: MINIMUM_SIZE.width,
    minHeight: MINIMUM_SIZE.height,
    show: false,
    backgroundColor: BACKGROUND_COLOR,
    title: WINDOW_TITLE,
    autoHideMenuBar: true,
    webPreferences: {
      ...(preloadPath === undefined ? {} : { preload: preloadPath }),
      devTools: isDevToolsAllowed,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

/**
 * Options for the hidden window that renders a print route to PDF: the app window's hardened
 * options without the preload (the print route only reads the database, so the page has no bridge
 * to main at all), never shown, and not throttled as a background page (a never-shown window counts
 * as one, and the print route's timers and frames must run for it to finish drawing).
 */
export function buildPrintWindowOptions(isDevToolsAllowed: boolean): BrowserWindowConstructorOptions {
  const options = buildWindowOptions({ isDevToolsAllowed });
  return {
    ...options,
    show: false,
    title: `${WINDOW_TITLE} (print)`,
    webPreferences: { ...options.webPreferences, backgroundThrottling: false },
  };
}

/** The part of a navigation event the guard needs (Electron passes more). */
export interface NavigationEventLike {
  readonly url: string;
  preventDefault(): void;
}

/** The part of Electron's WebContents that hardenWebContents touches; typed for stubs in tests. */
export interface WebContentsLike {
  on(event: 'will-navigate', listener: (event: NavigationEventLike) => void): unknown;
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void;
}

/**
 * Keeps a window on the app: navigation to anything that is not the app's own content is cancelled
 * (a dropped link, a stray `location =`), and every window.open is denied. The app has no external
 * links; if it gets some, they should go through a handler that opens the system browser.
 */
export function hardenWebContents(webContents: WebContentsLike, location: AppLocation): void {
  webContents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url, location)) event.preventDefault();
  });
  webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

type ResponseHeaders = Record<string, string[]>;

/** The part of Electron's Session that hardenSession touches; typed for stubs in tests. */
export interface SessionLike {
  readonly webRequest: {
    onBeforeRequest(
      listener: (
        details: { readonly url: string },
        callback: (response: { cancel: boolean }) => void,
      ) => void,
    ): void;
    onHeadersReceived(
      listener: (
        details: { readonly url: string; readonly responseHeaders?: ResponseHeaders },
        callback: (response: { responseHeaders: ResponseHeaders }) => void,
      ) => void,
    ): void;
  };
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (isGranted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
}

export interface SessionHardeningOptions {
  /** Told about every cancelled request, so a blocked asset is easy to diagnose. */
  readonly onBlockedRequest?: (url: string) => void;
}

/** Schemes the app's own pages use besides their origin: DevTools, inline images and downloads. */
const ALWAYS_ALLOWED_SCHEMES = new Set(['devtools:', 'data:', 'blob:']);

/** True for the requests the app may make: its own files (or dev server) and a few local schemes. */
export function isAllowedRequest(url: string, location: AppLocation): boolean {
  if (isAppUrl(url, location)) return true;
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0].toLowerCase();
  return scheme !== undefined && ALWAYS_ALLOWED_SCHEMES.has(scheme);
}

/**
 * Only 'persistent-storage' is granted: it keeps Chromium from evicting the athlete database under
 * disk pressure. Everything else (camera, notifications, geolocation…) the app never needs.
 */
export function isPermissionGranted(permission: string): boolean {
  return permission === 'persistent-storage';
}

/**
 * Hardens the session the window uses: every request that is not the app's own content is
 * cancelled (the app makes no network request, ever), the app's responses carry its CSP, and
 * permission requests and checks are denied (see isPermissionGranted).
 */
export function hardenSession(
  session: SessionLike,
  location: AppLocation,
  options: SessionHardeningOptions = {},
): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const isAllowed = isAllowedRequest(details.url, location);
    if (!isAllowed) options.onBlockedRequest?.(details.url);
    callback({ cancel: !isAllowed });
  });
  // Only the app's own pages get the policy; DevTools (the one other allowed origin) keeps its own.
  session.webRequest.onHeadersReceived((details, callback) => {
    const responseHeaders = { ...details.responseHeaders };
    if (isAppUrl(details.url, location)) {
      responseHeaders['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    }
    callback({ responseHeaders });
  });
  session.setPermissionRequestHandler((_webContents, permission, callback) => {
    callback(isPermissionGranted(permission));
  });
  session.setPermissionCheckHandler((_webContents, permission) => isPermissionGranted(permission));
}

/** The part of Electron's BrowserWindow that showWhenReady touches. */
export interface ShowableWindowLike {
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
}

/** Shows the window after its first paint, so the user never sees an empty white frame. */
export function showWhenReady(window: ShowableWindowLike): void {
  window.once('ready-to-show', () => window.show());
}
