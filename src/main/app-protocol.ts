import { extname, join, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

/**
 * The app's own origin, `app://coach-dashboard`: the built renderer served by a protocol handler
 * instead of file:// pages. A standard, secure scheme gets a real origin of its own (IndexedDB,
 * 'self' in the CSP, module workers), and the handler below decides what it serves, unlike file://,
 * where every page may read every other file.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'coach-dashboard';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Registered before `ready` (protocol.registerSchemesAsPrivileged). */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  // Module scripts and module workers are fetched in CORS mode, even from their own origin.
  corsEnabled: true,
  stream: true,
} as const;

/** The app's page on its own origin, at a hash route and with query parameters when given. */
export function buildAppPageUrl(routePath?: string, query: Readonly<Record<string, string>> = {}): string {
  const url = new URL(`${APP_ORIGIN}/index.html`);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  if (routePath !== undefined) url.hash = routePath;
  return url.href;
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type for a file name; unknown kinds are plain bytes (with nosniff, never run). */
export function mimeTypeFor(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** What an app:// URL names: a file inside the renderer folder, or a refusal with its reason. */
export type AppRequestTarget =
  | { readonly kind: 'file'; readonly path: string; readonly mimeType: string }
  | { readonly kind: 'refused'; readonly reason: string };

function refuse(reason: string): AppRequestTarget {
  return { kind: 'refused', reason };
}

/**
 * Maps an app:// URL to a file inside `rendererDir`. `/` is index.html. Refused: another scheme or
 * host, %-escapes that do not decode, NUL bytes, and any path that leaves the folder (`..`, encoded
 * separators such as `..%2F` or `..%5C`, absolute paths after decoding).
 */
export function resolveAppRequest(url: string, rendererDir: string): AppRequestTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return refuse('not a URL');
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return refuse('not the app origin');
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return refuse('bad %-escape');
  }
  if (pathname.includes('\0')) return refuse('NUL in path');
  const segments = pathname.split(/[/\\]+/).filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.'))
    return refuse('path leaves the folder');
  // A drive letter or UNC prefix after decoding would make join() leave the folder on Windows.
  if (segments.some((segment) => segment.includes(':'))) return refuse('path leaves the folder');
  const folder = resolve(rendererDir);
  const path = segments.length === 0 ? join(folder, 'index.html') : resolve(folder, ...segments);
  if (!path.startsWith(folder + sep)) return refuse('path leaves the folder');
  return { kind: 'file', path, mimeType: mimeTypeFor(path) };
}

/** Headers on every answer: the app's CSP, no MIME sniffing. */
function baseHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

export interface AppProtocolOptions {
  /** Reads a whole file (fs.promises.readFile; Electron reads inside app.asar through it too). */
  readonly readFile: (path: string) => Promise<Uint8Array>;
  /** Told about refused URLs and read errors other than "not found". */
  readonly onProblem?: (url: string, problem: string) => void;
}

/** The part of a fetch Request the handler reads. */
export interface AppProtocolRequest {
  readonly url: string;
  readonly method: string;
}

/**
 * The handler for protocol.handle('app', …): serves the renderer folder's files with their MIME
 * type and the CSP header; 403 for a refused path, 404 for a missing file, 405 for anything but
 * GET and HEAD (the app's own origin is read-only).
 */
export function createAppProtocolHandler(
  rendererDir: string,
  options: AppProtocolOptions,
): (request: AppProtocolRequest) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: { ...baseHeaders(), Allow: 'GET, HEAD' } });
    }
    const target = resolveAppRequest(request.url, rendererDir);
    if (target.kind === 'refused') {
      options.onProblem?.(request.url, target.reason);
      return new Response(null, { status: 403, headers: baseHeaders() });
    }
    let body: Uint8Array;
    try {
      body = await options.readFile(target.path);
    } catch (error) {
      const code = errorCode(error);
      if (code !== 'ENOENT' && code !== 'EISDIR' && code !== 'ENOTDIR') {
        options.onProblem?.(request.url, String(error));
      }
      return new Response(null, { status: 404, headers: baseHeaders() });
    }
    const headers = { ...baseHeaders(), 'Content-Type': target.mimeType };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
