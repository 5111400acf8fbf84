import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the app's own content comes from: the built renderer folder (file://) or, during
 * `electron-vite dev`, the Vite dev server. Sender checks, navigation and request filtering all ask
 * this one question, so they cannot disagree about what "the app" is.
 */
export type AppLocation =
  | { readonly kind: 'files'; readonly rendererDir: string }
  | { readonly kind: 'dev-server'; readonly origin: string };

/** The dev server wins when electron-vite sets ELECTRON_RENDERER_URL; otherwise the built files. */
export function resolveAppLocation(rendererDir: string, devServerUrl: string | undefined): AppLocation {
  if (devServerUrl) return { kind: 'dev-server', origin: new URL(devServerUrl).origin };
  return { kind: 'files', rendererDir: resolve(rendererDir) };
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
  const fromFolder = relative(resolve(folder), resolve(path));
  const isOutside = fromFolder === '..' || fromFolder.startsWith(`..${sep}`) || isAbsolute(fromFolder);
  return fromFolder !== '' && !isOutside;
}

/** True when `url` is a page or asset of the app itself. */
export function isAppUrl(url: string, location: AppLocation): boolean {
  if (location.kind === 'files') return isFileUrlInside(url, location.rendererDir);
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (parsed.origin === location.origin) return true;
  // Vite's hot reload talks over a WebSocket on the same host and port as the page.
  const devServer = new URL(location.origin);
  return (parsed.protocol === 'ws:' || parsed.protocol === 'wss:') && parsed.host === devServer.host;
}
