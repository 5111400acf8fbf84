import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CoachApp } from './coach-app.page';

/** Where screenshots go for a person to look at. */
export const SCREENSHOT_DIR = join('test-results', 'screenshots');

/**
 * Every e2e test gets a fresh browser context (so a fresh IndexedDB) and fails if any request leaves
 * the app's own origin (ARCHITECTURE.md, "Security and offline").
 */
export const test = base.extend<{ app: CoachApp; foreignRequests: string[] }>({
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const appOrigin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        const isOwn = url.origin === appOrigin || ['data:', 'blob:', 'about:'].includes(url.protocol);
        if (!isOwn) foreign.push(request.url());
      });
      await use(foreign);
      expect(foreign, 'requests that left the app origin').toEqual([]);
    },
    { auto: true },
  ],
  app: async ({ page }, use) => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await use(new CoachApp(page));
  },
});

export { expect };
export type { Page };
