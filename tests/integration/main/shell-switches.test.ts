import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAppMenuTemplate } from '../../../src/main/app-menu';
import {
  chooseRendererOrigin,
  FILE_ORIGIN_SWITCH,
  findRefusedSwitches,
  indexedDbFolder,
} from '../../../src/main/shell-switches';

describe('findRefusedSwitches', () => {
  const argv = [
    '/opt/coach/coach',
    '--remote-debugging-port=9222',
    '--inspect',
    '--data-dir',
    'x',
    '--js-flags=--x',
  ];

  it('packaged: names every debugging switch', () => {
    expect(findRefusedSwitches(argv, true)).toEqual(['--remote-debugging-port', '--inspect', '--js-flags']);
    expect(findRefusedSwitches(['coach', '--remote-debugging-pipe'], true)).toEqual([
      '--remote-debugging-pipe',
    ]);
  });

  it('packaged: leaves the app own switches alone', () => {
    expect(findRefusedSwitches(['coach', '--data-dir=./d', FILE_ORIGIN_SWITCH], true)).toEqual([]);
  });

  it('not packaged: refuses nothing', () => {
    expect(findRefusedSwitches(argv, false)).toEqual([]);
  });
});

describe('chooseRendererOrigin', () => {
  const none = { argv: [], hasFileOriginData: false, hasAppOriginData: false };

  it('app:// for a new data folder and for one that already uses it', () => {
    expect(chooseRendererOrigin(none)).toBe('app');
    expect(chooseRendererOrigin({ ...none, hasAppOriginData: true, hasFileOriginData: true })).toBe('app');
  });

  it('file:// when only the old origin has data, so an existing coach keeps it', () => {
    expect(chooseRendererOrigin({ ...none, hasFileOriginData: true })).toBe('file');
  });

  it('file:// when asked with --file-origin', () => {
    expect(
      chooseRendererOrigin({ ...none, argv: ['coach', FILE_ORIGIN_SWITCH], hasAppOriginData: true }),
    ).toBe('file');
  });

  it("looks in Chromium's folder of each origin", () => {
    expect(indexedDbFolder('/u', 'file')).toBe(join('/u', 'IndexedDB', 'file__0.indexeddb.leveldb'));
    expect(indexedDbFolder('/u', 'app')).toBe(
      join('/u', 'IndexedDB', 'app_coach-dashboard_0.indexeddb.leveldb'),
    );
  });
});

/** Every role in the template, submenus included. */
function roles(template: ReturnType<typeof buildAppMenuTemplate>): string[] {
  return template.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('buildAppMenuTemplate', () => {
  it.each(['darwin', 'win32', 'linux'] as const)(
    'packaged on %s: Edit kept, no reload or developer tools',
    (platform) => {
      const found = roles(buildAppMenuTemplate({ isPackaged: true, platform }));
      expect(found).toContain('editMenu');
      for (const role of ['reload', 'forceReload', 'toggleDevTools', 'viewMenu'])
        expect(found).not.toContain(role);
    },
  );

  it('keeps the app and Window menus on macOS only', () => {
    expect(roles(buildAppMenuTemplate({ isPackaged: true, platform: 'darwin' }))).toEqual(
      expect.arrayContaining(['appMenu', 'windowMenu']),
    );
    expect(roles(buildAppMenuTemplate({ isPackaged: true, platform: 'win32' }))).not.toContain('appMenu');
  });

  it("not packaged: Electron's View menu with reload and developer tools", () => {
    expect(roles(buildAppMenuTemplate({ isPackaged: false, platform: 'linux' }))).toContain('viewMenu');
  });
});
