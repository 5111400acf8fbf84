import { describe, expect, it, vi } from 'vitest';
import type { RouteObject } from 'react-router';
import {
  installErrorReporting,
  REASON_TEXT_KEYS,
  withoutRecoveredParam,
  type ErrorEventTarget,
} from '../../../src/renderer/src/app/error-reporting';
import { guardRoutes } from '../../../src/renderer/src/app/route-guard';
import { shellTexts } from '../../../src/renderer/src/app/shell-texts';
import { RENDERER_GONE_REASONS } from '../../../src/shared/shell';

type Listener = (event: { error?: unknown; message?: string; reason?: unknown }) => void;

function createTarget() {
  const listeners = new Map<string, Listener>();
  const target = {
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
    removeEventListener: (type: string, listener: Listener) => {
      if (listeners.get(type) === listener) listeners.delete(type);
    },
  } as ErrorEventTarget;
  return { target, listeners };
}

describe('installErrorReporting', () => {
  it('reports uncaught errors and unhandled rejections as one line each', () => {
    const { target, listeners } = createTarget();
    const report = vi.fn();
    installErrorReporting(target, report);
    listeners.get('error')?.({ error: new Error('Cannot read properties of undefined'), message: 'x' });
    listeners.get('unhandledrejection')?.({ reason: new Error('Save failed') });
    listeners.get('unhandledrejection')?.({ reason: 'plain text' });
    listeners.get('error')?.({ message: 'Script error.' });
    expect(report.mock.calls).toEqual([
      ['Cannot read properties of undefined'],
      ['Save failed'],
      ['plain text'],
      ['Script error.'],
    ]);
  });

  it("ignores Chromium's harmless ResizeObserver loop message", () => {
    const { target, listeners } = createTarget();
    const report = vi.fn();
    installErrorReporting(target, report);
    listeners.get('error')?.({ message: 'ResizeObserver loop completed with undelivered notifications.' });
    expect(report).not.toHaveBeenCalled();
  });

  it('stops listening when uninstalled', () => {
    const { target, listeners } = createTarget();
    const uninstall = installErrorReporting(target, vi.fn());
    expect([...listeners.keys()].sort()).toEqual(['error', 'unhandledrejection']);
    uninstall();
    expect(listeners.size).toBe(0);
  });
});

describe('the reopened-window notice', () => {
  it('has a text in both languages for every reason Electron gives', () => {
    for (const reason of RENDERER_GONE_REASONS) {
      const key = REASON_TEXT_KEYS[reason];
      expect(shellTexts.en[key]).toBeTruthy();
      expect(shellTexts.nl[key]).toBeTruthy();
    }
  });

  it('drops ?recovered= from the address and keeps the rest', () => {
    expect(withoutRecoveredParam('app://coach-dashboard/index.html?recovered=oom#/today')).toBe(
      'app://coach-dashboard/index.html#/today',
    );
    expect(
      withoutRecoveredParam('http://127.0.0.1:4173/index.html?a=1&recovered=killed#/x?as-of=2026-01-02'),
    ).toBe('http://127.0.0.1:4173/index.html?a=1#/x?as-of=2026-01-02');
  });
});

describe('guardRoutes', () => {
  it('gives every route and child route an error element and keeps paths and children', () => {
    const routes: RouteObject[] = [
      { path: '/welcome', element: 'welcome' },
      {
        path: '/',
        element: 'layout',
        children: [
          { index: true, element: 'start' },
          { path: 'today', element: 'today' },
        ],
      },
    ];
    const guarded = guardRoutes(routes);
    const all = (list: RouteObject[]): RouteObject[] =>
      list.flatMap((route) => [route, ...all(route.children ?? [])]);
    expect(all(guarded).map((route) => route.path ?? 'index')).toEqual(['/welcome', '/', 'index', 'today']);
    expect(
      all(guarded).every((route) => route.errorElement !== undefined && route.errorElement !== null),
    ).toBe(true);
  });
});
