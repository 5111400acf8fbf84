import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { acceptDevServerUrl, isAppUrl, resolveAppLocation } from '../../../src/main/app-location';

const rendererDir = resolve('/opt/coach/out/renderer');

describe('resolveAppLocation', () => {
  it('packaged: never the dev server, whatever ELECTRON_RENDERER_URL says', () => {
    for (const url of ['http://localhost:5173/', 'http://127.0.0.1:5173/', 'https://evil.example/']) {
      expect(resolveAppLocation(rendererDir, url, { isPackaged: true, origin: 'app' })).toEqual({
        kind: 'app-protocol',
        rendererDir,
      });
    }
  });

  it('not packaged: the dev server on this machine over http', () => {
    expect(
      resolveAppLocation(rendererDir, 'http://localhost:5173/', { isPackaged: false, origin: 'app' }),
    ).toEqual({
      kind: 'dev-server',
      origin: 'http://localhost:5173',
    });
    expect(
      resolveAppLocation(rendererDir, 'http://[::1]:5173/', { isPackaged: false, origin: 'file' }),
    ).toEqual({
      kind: 'dev-server',
      origin: 'http://[::1]:5173',
    });
  });

  it('not packaged: a remote, https, credentialed or broken URL is ignored', () => {
    for (const url of [
      'https://localhost:5173/',
      'http://evil.example/',
      'http://192.168.1.20:5173/',
      'http://127.0.0.1.evil.example/',
      'http://user:pw@localhost:5173/',
      'file:///etc/passwd',
      'not a url',
      '',
    ]) {
      expect(acceptDevServerUrl(url, false)).toBeNull();
      expect(resolveAppLocation(rendererDir, url, { isPackaged: false, origin: 'app' }).kind).toBe(
        'app-protocol',
      );
    }
  });

  it('the built files on file:// when asked for the old origin', () => {
    expect(resolveAppLocation(rendererDir, undefined, { isPackaged: true, origin: 'file' })).toEqual({
      kind: 'files',
      rendererDir,
    });
  });
});

describe('isAppUrl on app://', () => {
  const location = resolveAppLocation(rendererDir, undefined, { isPackaged: true, origin: 'app' });

  it('trusts its own origin only', () => {
    expect(isAppUrl('app://coach-dashboard/index.html#/today', location)).toBe(true);
    expect(isAppUrl('app://coach-dashboard/assets/a.js', location)).toBe(true);
    expect(isAppUrl('app://other/index.html', location)).toBe(false);
    expect(isAppUrl(pathToFileURL(join(rendererDir, 'index.html')).href, location)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', location)).toBe(false);
    expect(isAppUrl('garbage', location)).toBe(false);
  });
});
