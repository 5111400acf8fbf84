import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { resolveAppLocation, type AppLocation } from '../../../src/main/app-location';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/content-security-policy';
import {
  buildWindowOptions,
  hardenSession,
  hardenWebContents,
  showWhenReady,
  type NavigationEventLike,
  type SessionLike,
} from '../../../src/main/window';

const rendererDir = resolve('/opt/coach/out/renderer');
const filesLocation = resolveAppLocation(rendererDir, undefined, { isPackaged: false, origin: 'file' });
const devLocation = resolveAppLocation(rendererDir, 'http://localhost:5173/', {
  isPackaged: false,
  origin: 'file',
});
const appPage = pathToFileURL(join(rendererDir, 'index.html')).href;

type SessionListeners = {
  beforeRequest?: Parameters<SessionLike['webRequest']['onBeforeRequest']>[0];
  headersReceived?: Parameters<SessionLike['webRequest']['onHeadersReceived']>[0];
  permissionRequest?: Parameters<SessionLike['setPermissionRequestHandler']>[0];
  permissionCheck?: Parameters<SessionLike['setPermissionCheckHandler']>[0];
};

function createStubSession(location: AppLocation, onBlockedRequest = vi.fn()) {
  const listeners: SessionListeners = {};
  const session: SessionLike = {
    webRequest: {
      onBeforeRequest: (listener) => void (listeners.beforeRequest = listener),
      onHeadersReceived: (listener) => void (listeners.headersReceived = listener),
    },
    setPermissionRequestHandler: (handler) => void (listeners.permissionRequest = handler),
    setPermissionCheckHandler: (handler) => void (listeners.permissionCheck = handler),
  };
  hardenSession(session, location, { onBlockedRequest });
  const isCancelled = (url: string): boolean => {
    let answer: boolean | undefined;
    listeners.beforeRequest!({ url }, (response) => (answer = response.cancel));
    if (answer === undefined) throw new Error('onBeforeRequest did not answer');
    return answer;
  };
  const headersFor = (url: string, responseHeaders: Record<string, string[]>) => {
    let answer: Record<string, string[]> | undefined;
    listeners.headersReceived!({ url, responseHeaders }, (response) => (answer = response.responseHeaders));
    return answer;
  };
  return { listeners, isCancelled, headersFor, onBlockedRequest };
}

function createStubWebContents() {
  let navigationListener: ((event: NavigationEventLike) => void) | undefined;
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  hardenWebContents(
    {
      on: (_name, listener) => (navigationListener = listener),
      setWindowOpenHandler: (handler) => (openHandler = handler),
    },
    filesLocation,
  );
  const isNavigationPrevented = (url: string): boolean => {
    const preventDefault = vi.fn();
    navigationListener!({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return { isNavigationPrevented, openWindow: (url: string) => openHandler!({ url }) };
}

describe('buildWindowOptions', () => {
  const options = buildWindowOptions({
    preloadPath: '/opt/coach/out/preload/index.cjs',
    isDevToolsAllowed: false,
  });

  it('turns every renderer safety switch on and Node off', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/opt/coach/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it('has developer tools only when allowed (not packaged)', () => {
    expect(options.webPreferences?.devTools).toBe(false);
    const unpackaged = buildWindowOptions({ preloadPath: 'p', isDevToolsAllowed: true });
    expect(unpackaged.webPreferences?.devTools).toBe(true);
  });

  it('opens hidden at 1440×900 with a 1024×680 minimum', () => {
    expect(options).toMatchObject({ show: false, width: 1440, height: 900, minWidth: 1024, minHeight: 680 });
    expect(options.title).toBe('Coach dashboard');
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('shrinks to a small screen', () => {
    const small = buildWindowOptions({
      preloadPath: 'p',
      workArea: { width: 1280, height: 720 },
      isDevToolsAllowed: false,
    });
    expect(small).toMatchObject({ width: 1280, height: 720 });
  });
});

describe('hardenWebContents', () => {
  it('prevents navigation away from the app and allows the app itself', () => {
    const { isNavigationPrevented } = createStubWebContents();
    expect(isNavigationPrevented('https://evil.example/')).toBe(true);
    expect(isNavigationPrevented(pathToFileURL('/home/coach/notes.html').href)).toBe(true);
    expect(isNavigationPrevented(`${appPage}#/athletes`)).toBe(false);
  });

  it('denies every window.open', () => {
    const { openWindow } = createStubWebContents();
    expect(openWindow('https://evil.example/')).toEqual({ action: 'deny' });
    expect(openWindow(appPage)).toEqual({ action: 'deny' });
  });
});

describe('hardenSession', () => {
  it('cancels network requests and files outside the app, and reports them', () => {
    const { isCancelled, onBlockedRequest } = createStubSession(filesLocation);
    expect(isCancelled('https://fonts.example/inter.woff2')).toBe(true);
    expect(isCancelled('http://127.0.0.1:5180/')).toBe(true);
    expect(isCancelled('ws://localhost:5173/')).toBe(true);
    expect(isCancelled(pathToFileURL('/etc/passwd').href)).toBe(true);
    expect(onBlockedRequest).toHaveBeenCalledWith('https://fonts.example/inter.woff2');
  });

  it("allows the app's own files and local schemes", () => {
    const { isCancelled, onBlockedRequest } = createStubSession(filesLocation);
    expect(isCancelled(appPage)).toBe(false);
    expect(isCancelled(pathToFileURL(join(rendererDir, 'assets', 'index-abc.js')).href)).toBe(false);
    expect(isCancelled('data:image/png;base64,AAAA')).toBe(false);
    expect(isCancelled('blob:file:///5c1b7a1e')).toBe(false);
    expect(isCancelled('devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(onBlockedRequest).not.toHaveBeenCalled();
  });

  it('allows only the dev server (and its hot-reload socket) in development', () => {
    const { isCancelled } = createStubSession(devLocation);
    expect(isCancelled('http://localhost:5173/src/main.tsx')).toBe(false);
    expect(isCancelled('ws://localhost:5173/')).toBe(false);
    expect(isCancelled('http://localhost:5174/')).toBe(true);
    expect(isCancelled(appPage)).toBe(true);
  });

  it("adds the CSP header to the app's responses and keeps their other headers", () => {
    const { headersFor } = createStubSession(filesLocation);
    expect(headersFor(appPage, { 'Content-Type': ['text/html'] })).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });

  it("leaves DevTools' own responses alone", () => {
    const { headersFor } = createStubSession(filesLocation);
    const url = 'devtools://devtools/bundled/inspector.html';
    expect(headersFor(url, { 'Content-Type': ['text/html'] })).toEqual({ 'Content-Type': ['text/html'] });
  });

  it('denies permission requests and checks, except persistent storage', () => {
    const { listeners } = createStubSession(filesLocation);
    const answers = new Map<string, boolean>();
    for (const permission of ['media', 'notifications', 'geolocation', 'persistent-storage']) {
      listeners.permissionRequest!(null, permission, (isGranted) => answers.set(permission, isGranted));
    }
    expect(Object.fromEntries(answers)).toEqual({
      media: false,
      notifications: false,
      geolocation: false,
      'persistent-storage': true,
    });
    expect(listeners.permissionCheck!(null, 'clipboard-read')).toBe(false);
    expect(listeners.permissionCheck!(null, 'persistent-storage')).toBe(true);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('is the strict policy: self only, inline styles for Mantine, no plugins, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; " +
        "base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
  });

  it("matches the <meta> policy in the renderer's index.html (plus the header-only frame-ancestors)", () => {
    const html = readFileSync(resolve('src/renderer/index.html'), 'utf8');
    const metaPolicy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const toSet = (policy: string) => new Set(policy.split(';').map((directive) => directive.trim()));
    const headerOnly = new Set(["frame-ancestors 'none'"]);
    const headerDirectives = [...toSet(CONTENT_SECURITY_POLICY)].filter(
      (directive) => !headerOnly.has(directive),
    );
    expect(metaPolicy).toBeDefined();
    expect(new Set(headerDirectives)).toEqual(toSet(metaPolicy ?? ''));
  });
});

describe('showWhenReady', () => {
  it('shows the window only once it is ready to show', () => {
    let readyListener: (() => void) | undefined;
    const show = vi.fn();
    showWhenReady({ once: (_event, listener) => (readyListener = listener), show });
    expect(show).not.toHaveBeenCalled();
    readyListener!();
    expect(show).toHaveBeenCalledOnce();
  });
});
