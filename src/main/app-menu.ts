import type { MenuItemConstructorOptions } from 'electron';

export interface AppMenuInput {
  /** app.isPackaged: a packaged app has no Reload, Force Reload or Toggle Developer Tools. */
  readonly isPackaged: boolean;
  readonly platform: NodeJS.Platform;
}

/** Zoom and full screen, without Electron's View menu's reload and developer tools items. */
const PRODUCTION_VIEW_MENU: MenuItemConstructorOptions = {
  label: 'View',
  submenu: [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ],
};

/**
 * The application menu, replacing Electron's default one. Kept everywhere: Edit (undo, cut, copy,
 * paste, select all and their shortcuts, which text fields need on macOS), and on macOS the app
 * menu (About, Hide, Quit) and the Window menu. Only when not packaged: Electron's View menu with
 * Reload, Force Reload and Toggle Developer Tools.
 */
export function buildAppMenuTemplate({ isPackaged, platform }: AppMenuInput): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { role: 'editMenu' },
    isPackaged ? PRODUCTION_VIEW_MENU : { role: 'viewMenu' },
    ...(isMac ? [{ role: 'windowMenu' } as const] : []),
  ];
}
