import { test, expect, type Page } from './support/fixtures';

/**
 * A screen that throws, an unhandled rejection, and a window that main reopened after a renderer
 * crash each show a sentence in the coach's language with a way on, never a blank page. The screen
 * is made to throw through the bench build's crash hook (src/renderer/src/app/route-guard.tsx).
 */

const CRASH_TEST_KEY = 'coach.crashTest';

async function crashRouteOnNextDraw(page: Page, pathname: string): Promise<void> {
  await page.evaluate(([key, path]) => window.localStorage.setItem(key, path), [
    CRASH_TEST_KEY,
    pathname,
  ] as const);
}

test('a screen that throws shows a sentence and Reload inside the frame; the navigation still works', async ({
  app,
  page,
}) => {
  await app.startEmpty();
  await crashRouteOnNextDraw(page, '/import');
  await app.nav('Import').click();
  const alert = page.getByRole('alert').filter({ hasText: 'This screen could not be shown' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Your saved data is safe');
  await expect(alert).toContainText('Details: Crash test on /import');
  await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
  await expect(app.nav('Athletes')).toBeVisible();
  await app.screenshot('crash-ui-route-error-en');

  await app.nav('Athletes').click();
  await expect(page.getByRole('heading', { name: 'Athletes', level: 2 })).toBeVisible();
  await expect(page.getByText('This screen could not be shown')).toHaveCount(0);

  // Reload draws the screen again from scratch (here it throws again: the hook is still set).
  await app.nav('Import').click();
  await page.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByText('This screen could not be shown')).toBeVisible();
  await page.evaluate((key) => window.localStorage.removeItem(key), CRASH_TEST_KEY);
  await page.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('heading', { name: 'Import', level: 2 })).toBeVisible();
});

test('in Dutch, a screen that throws says so in Dutch', async ({ app, page }) => {
  await app.startEmpty();
  await app.chooseDutch();
  await crashRouteOnNextDraw(page, '/athletes');
  await app.nav('Sporters').click();
  const alert = page.getByRole('alert').filter({ hasText: 'Dit scherm kon niet worden getoond' });
  await expect(alert).toContainText('Je opgeslagen gegevens zijn veilig');
  await expect(alert.getByRole('button', { name: 'Opnieuw laden' })).toBeVisible();
  await app.screenshot('crash-ui-route-error-nl');
  await app.nav('Instellingen').click();
  await expect(page.getByRole('heading', { name: 'Instellingen' })).toBeVisible();
});

test('a screen outside the frame (Welcome) that throws still shows the sentence', async ({ app, page }) => {
  await app.open();
  await crashRouteOnNextDraw(page, '/welcome');
  await page.reload();
  await expect(page.getByText('This screen could not be shown')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
});

test('an unhandled rejection shows a sentence with Reload, and Reload reloads', async ({ app, page }) => {
  await app.startEmpty();
  await page.evaluate(() => {
    void Promise.reject(new Error('The disk went away'));
  });
  const notice = page.locator('.mantine-Notification-root').filter({ hasText: 'Something went wrong' });
  await expect(notice).toContainText('What you saved is safe');
  await expect(notice).toContainText('Details: The disk went away');
  await app.screenshot('crash-ui-unhandled-en');
  // The screen underneath is still there and usable.
  await app.nav('Settings').click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await notice.getByRole('button', { name: 'Reload' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
});

test('an uncaught error in Dutch says so in Dutch', async ({ app, page }) => {
  await app.startEmpty();
  await app.chooseDutch();
  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error('kapot');
    });
  });
  const notice = page.locator('.mantine-Notification-root').filter({ hasText: 'Er ging iets mis' });
  await expect(notice).toContainText('Wat je hebt opgeslagen is veilig');
  await expect(notice.getByRole('button', { name: 'Opnieuw laden' })).toBeVisible();
  await app.screenshot('crash-ui-unhandled-nl');
});

test('a window reopened after a renderer crash says what happened, once', async ({ app, page }) => {
  await app.startEmpty();
  await page.goto('index.html?recovered=oom#/athletes');
  const notice = page.locator('.mantine-Notification-root').filter({ hasText: 'The window was reopened' });
  await expect(notice).toContainText(
    "The app's window stopped unexpectedly (out of memory) and was reopened; nothing saved was lost.",
  );
  await expect(page.getByRole('heading', { name: 'Athletes', level: 2 })).toBeVisible();
  await expect(page).toHaveURL(/index\.html#\/athletes/);
  await app.screenshot('crash-ui-recovered-en');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Athletes', level: 2 })).toBeVisible();
  await expect(page.getByText('The window was reopened')).toHaveCount(0);
});

test('the reopened-window notice in Dutch', async ({ app, page }) => {
  await app.startEmpty();
  await app.chooseDutch();
  await page.goto('index.html?recovered=crashed#/settings');
  await expect(
    page.getByText('Het venster van de app stopte onverwacht (een crash) en is opnieuw geopend'),
  ).toBeVisible();
  await app.screenshot('crash-ui-recovered-nl');
});
