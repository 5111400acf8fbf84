import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  buildAppPageUrl,
  createAppProtocolHandler,
  mimeTypeFor,
  resolveAppRequest,
} from '../../../src/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/content-security-policy';

const rendererDir = join('/opt', 'coach', 'out', 'renderer');

describe('resolveAppRequest', () => {
  it('maps the origin root to index.html and a path to the file inside the folder', () => {
    expect(resolveAppRequest('app://coach-dashboard/', rendererDir)).toEqual({
      kind: 'file',
      path: join(rendererDir, 'index.html'),
      mimeType: 'text/html; charset=utf-8',
    });
    expect(resolveAppRequest('app://coach-dashboard/assets/index-Ab12.js?v=1#/x', rendererDir)).toEqual({
      kind: 'file',
      path: join(rendererDir, 'assets', 'index-Ab12.js'),
      mimeType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppRequest('app://coach-dashboard/assets/Inter%20Latin.woff2', rendererDir)).toMatchObject({
      path: join(rendererDir, 'assets', 'Inter Latin.woff2'),
      mimeType: 'font/woff2',
    });
  });

  it.each([
    'app://coach-dashboard/..%2F..%2Fetc%2Fpasswd',
    'app://coach-dashboard/assets/..%2F..%2F..%2Fsecret.txt',
    'app://coach-dashboard/..%5C..%5Cwindows%5Cwin.ini',
    'app://coach-dashboard/C:%5Cwindows%5Cwin.ini',
    'app://coach-dashboard/index.html%00.png',
    'app://coach-dashboard/%E0%A4%A',
  ])('refuses %s', (url) => {
    expect(resolveAppRequest(url, rendererDir)).toMatchObject({ kind: 'refused' });
  });

  it('keeps dot segments that the URL parser resolves inside the folder', () => {
    expect(resolveAppRequest('app://coach-dashboard/%2e%2e/%2e%2e/etc/passwd', rendererDir)).toMatchObject({
      kind: 'file',
      path: join(rendererDir, 'etc', 'passwd'),
    });
  });

  it('refuses another scheme or host', () => {
    expect(resolveAppRequest('app://evil.example/index.html', rendererDir)).toMatchObject({
      kind: 'refused',
    });
    expect(resolveAppRequest('file:///opt/coach/out/renderer/index.html', rendererDir)).toMatchObject({
      kind: 'refused',
    });
    expect(resolveAppRequest('not a url', rendererDir)).toMatchObject({ kind: 'refused' });
  });

  it('names the MIME type of every kind of file the build makes, and bytes for the rest', () => {
    expect(mimeTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('a.woff')).toBe('font/woff');
    expect(mimeTypeFor('a.json')).toBe('application/json; charset=utf-8');
    expect(mimeTypeFor('a.exe')).toBe('application/octet-stream');
    expect(mimeTypeFor('LICENSE')).toBe('application/octet-stream');
  });

  it('builds page URLs with a query before the hash route', () => {
    expect(buildAppPageUrl()).toBe('app://coach-dashboard/index.html');
    expect(buildAppPageUrl('/print/season/s%201')).toBe(
      'app://coach-dashboard/index.html#/print/season/s%201',
    );
    expect(buildAppPageUrl('/today', { recovered: 'oom' })).toBe(
      'app://coach-dashboard/index.html?recovered=oom#/today',
    );
  });
});

describe('createAppProtocolHandler (on a real folder)', () => {
  let root: string;
  let folder: string;
  const onProblem = vi.fn();
  let handle: ReturnType<typeof createAppProtocolHandler>;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'coach-app-protocol-'));
    folder = join(root, 'renderer');
    mkdirSync(join(folder, 'assets'), { recursive: true });
    writeFileSync(join(folder, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(folder, 'assets', 'main.js'), 'console.log(1)');
    writeFileSync(join(root, 'secret.txt'), 'not for the page');
    handle = createAppProtocolHandler(folder, { readFile: (path) => readFile(path), onProblem });
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('serves a file with its type, the CSP and nosniff', async () => {
    const response = await handle(new Request('app://coach-dashboard/assets/main.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for a missing file and for a folder, with the CSP', async () => {
    const missing = await handle(new Request('app://coach-dashboard/assets/gone.js'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await handle(new Request('app://coach-dashboard/assets'))).status).toBe(404);
  });

  it('answers 403 for a path out of the folder and never reads it', async () => {
    const response = await handle(new Request('app://coach-dashboard/..%2Fsecret.txt'));
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('');
    expect(onProblem).toHaveBeenCalledWith('app://coach-dashboard/..%2Fsecret.txt', 'path leaves the folder');
  });

  it('answers 405 to a write', async () => {
    const response = await handle(
      new Request('app://coach-dashboard/index.html', { method: 'POST', body: 'x' }),
    );
    expect(response.status).toBe(405);
  });

  it('reports a read error that is not "not found"', async () => {
    const failing = createAppProtocolHandler(folder, {
      readFile: () => Promise.reject(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' })),
      onProblem,
    });
    expect((await failing(new Request('app://coach-dashboard/index.html'))).status).toBe(404);
    expect(onProblem).toHaveBeenCalledWith(
      'app://coach-dashboard/index.html',
      expect.stringContaining('EIO'),
    );
  });
});
