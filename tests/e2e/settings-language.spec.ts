import { test, expect, type Page } from './support/fixtures';

/**
 * Installed before the page's own scripts on every load: notes each moment the page shows English or
 * decimal points, from the first element on. `window.englishSeen` lists what was seen.
 */
async function recordEnglish(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { englishSeen: string[] }).englishSeen = seen;
    const check = () => {
      if (document.querySelector('input[type="radio"][value="en"]:checked')) seen.push('English chosen');
      const nav = document.querySelector('nav');
      if (nav && /\bSettings\b|\bAthletes\b/.test(nav.textContent)) seen.push('English navigation');
      const body = document.querySelector('body');
      if (body && /Data location|Thresholds|Your data/.test(body.textContent)) {
        seen.push('English settings text');
      }
      const decimals = [...document.querySelectorAll('input')].filter((input) =>
        /^\d+\.\d+$/.test(input.value),
      );
      if (decimals.length > 0)
        seen.push(`decimal point in ${decimals[0]?.getAttribute('aria-label') ?? 'a field'}`);
    };
    new MutationObserver(check).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
}

const englishSeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { englishSeen: string[] }).englishSeen);

test('in Dutch, Settings opens in Dutch from the first paint, on a reload and on every visit', async ({
  app,
  page,
}) => {
  await app.loadDemoTeam();
  await app.chooseDutch();
  await recordEnglish(page);
  await page.reload();
  const settingsHeading = page.getByRole('heading', { name: 'Instellingen', level: 2 });
  await expect(settingsHeading).toBeVisible();
  await expect(page.locator('input[type="radio"][value="nl"]')).toBeChecked();
  // The thresholds with their decimal comma ("0,5"), once they are on screen.
  await expect
    .poll(() =>
      page
        .locator('input')
        .evaluateAll((inputs) => inputs.some((input) => /^\d+,\d+$/.test((input as HTMLInputElement).value))),
    )
    .toBe(true);
  // Away and back, as a coach does: the page mounts again.
  await app.nav('Vandaag').click();
  await expect(page.getByRole('heading', { name: 'Vandaag', level: 2 })).toBeVisible();
  await app.nav('Instellingen').click();
  await expect(settingsHeading).toBeVisible();
  await expect(page.locator('input[type="radio"][value="nl"]')).toBeChecked();
  expect(await englishSeen(page)).toEqual([]);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});

test('Settings names the browser storage in Dutch and says truthfully whether it is kept for good', async ({
  app,
  page,
}) => {
  await app.loadDemoTeam();
  await app.nav('Settings').click();
  const persistence = page.getByTestId('storage-persistence');
  await expect(persistence).toBeVisible();
  // What the browser itself says, read after the app asked (headless Chromium may deny).
  const isPersisted = await page.evaluate(() => navigator.storage.persisted());
  await expect(persistence).toHaveAttribute('data-status', isPersisted ? 'granted' : 'denied');
  await expect(persistence).toContainText(isPersisted ? 'persistent storage granted' : 'Not granted');
  await expect(page.getByText('Browser storage (IndexedDB)')).toBeVisible();
  await app.screenshot('settings-en');

  await page.getByText('Nederlands', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Instellingen', level: 2 })).toBeVisible();
  await expect(page.getByText('Opslag van de browser (IndexedDB)')).toBeVisible();
  await expect(page.getByText('Browser storage (IndexedDB)')).toHaveCount(0);
  await expect(persistence).toContainText(isPersisted ? 'blijvende opslag toegestaan' : 'Niet toegestaan');
  await app.screenshot('settings-nl');
});

test('i18next prints nothing to the console when the page loads', async ({ app, page }) => {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  await app.open();
  await expect(page.getByRole('button', { name: 'Load demo team' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Load demo team' })).toBeVisible();
  expect(messages.filter((text) => /i18next|locize/i.test(text))).toEqual([]);
});

test('in Dutch a date field writes its date as the screens do: "wo 2 dec 2026", without periods', async ({
  app,
  page,
}) => {
  await app.loadDemoTeam();
  await app.chooseDutch();
  await app.nav('Welzijnscheck').click();
  const field = page.getByRole('textbox', { name: 'Datum' }).first();
  await expect(field).toHaveValue(/^(ma|di|wo|do|vr|za|zo) \d{1,2} [a-z]{3} \d{4}$/);
  await app.nav('Teambelasting').click();
  const hint = page.getByTestId('this-week-hint');
  await expect(hint).toBeVisible({ timeout: 30_000 });
  // The same style in running text: no "wo." and no "dec.".
  expect(await hint.textContent()).not.toMatch(
    /\b(ma|di|wo|do|vr|za|zo)\.|\b(jan|feb|mrt|apr|jun|jul|aug|sep|okt|nov|dec)\./,
  );
});
