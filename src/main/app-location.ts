import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_HOST, APP_SCHEME } from './app-protocol';

/**
 * Where the app's own content comes from: the built renderer folder served on the app's own
 * `app://` origin (the default), the same folder as file:// pages (the old origin, kept for
 * existing data: docs/decisions/009-hardened-shell.md), or, during `electron-vite dev` only, the
 * Vite dev server. Sender checks, navigation and request filtering all ask this one question, so
 * they cannot disagree about what "the app" is.
 */
export type AppLocation =
  | { readonly kind: 'app-protocol'; readonly rendererDir: string }
  | { readonly kind: 'files'; readonly rendererDir: string }
  | { readonly kind: 'dev-server'; readonly origin: string };

export interface AppLocationOptions {
  /** Electron's app.isPackaged: a packaged app never honours a development switch. */
  readonly isPackaged: boolean;
  /** 'file' keeps the old file:// origin (and so the IndexedDB data stored under it). */
  readonly origin: 'app' | 'file';
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server URL to use, or null: only when the app is not packaged, and only a plain http URL
 * on this machine (the dev server electron-vite starts). Anything else would be a remote origin the
 * app then trusts for IPC, navigation and requests.
 */
export function acceptDevServerUrl(devServerUrl: string | undefined, isPackaged: boolean): string | null {
  if (isPackaged || !devServerUrl) return null;
  let url: URL;
  try {
    url = new URL(devServerUrl);
  } catch {
    return null;
  }
  const isLoopback = url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
  return isLoopback && url.username === '' && url.password === '' ? url.href : null;
}

/**
 * The dev server when electron-vite set ELECTRON_RENDERER_URL and acceptDevServerUrl allows it;
 * otherwise the built files, on the origin `options.origin` names.
 */
export function resolveAppLocation(
  rendererDir: string,
  devServerUrl: string | undefined,
  options: AppLocationOptions,
): AppLocation {
  const accepted = acceptDevServerUrl(devServerUrl, options.isPackaged);
  if (accepted) return { kind: 'dev-server', origin: new URL(accepted).origin };
  const folder = resolve(rendererDir);
  return options.origin === 'file'
    ? { kind: 'files', rendererDir: folder }
    : { kind: 'app-protocol', rendererDir: folder };
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for a file:// URL naming a file inside `folder` (after `..` and %-escapes are resolved). */
export function isFileUrlInside(url: string, folder: string): boolean {
  const parsed = parseUrl(url);
  if (parsed?.protocol !== 'file:') return false;
  let path: string;
  try {
    // Throws for a remote host (file://server/share) and for encoded separators.
    path = fileURLToPath(parsed);
  } catch {
    return false;
  }
  return isPathInside(path, folder);
}

/** True when `path` is a file or folder strictly inside `folder`. */
export function isPathInside(path: string, folder: string): boolean {
  const fromFolder = relative(resolve(folder), resolve(path));
  const isOutside = fromFolder === '..' || fromFolder.startsWith(`..${sep}`) || isAbsolute(fromFolder);
  return fromFolder !== '' && !isOutside;
}

/** True when `url` is a page or asset of the app itself. */
export function isAppUrl(url: string, location: AppLocation): boolean {
  if (location.kind === 'files') return isFileUrlInside(url, location.rendererDir);
  const parsed = parseUrl(url);
  if (!parsed) return false;
  // Node's URL gives non-special schemes the origin "null": compare scheme and host instead.
  if (location.kind === 'app-protocol')
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  if (parsed.origin === location.origin) return true;
  // Vite's hot reload talks over a WebSocket on the same host and port as the page.
  const devServer = new URL(location.origin);
  return (parsed.protocol === 'ws:' || parsed.protocol === 'wss:') && parsed.host === devServer.host;
}
