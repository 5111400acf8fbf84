import { join } from 'node:path';
import { test, expect } from './support/fixtures';

test('switching to Dutch translates the app and writes dates and decimals the Dutch way', async ({
  app,
  page,
}) => {
  await app.loadDemoTeam();
  await app.nav('Settings').click();
  await page.getByText('Nederlands', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Instellingen' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Sporters' })).toBeVisible();
  await app.screenshot('settings-nl');
  await page.getByRole('navigation').getByRole('link', { name: 'Sporters' }).click();
  await expect(page.getByRole('heading', { name: 'Sporters', level: 2 })).toBeVisible();
  await app.screenshot('athletes-nl');
  await page.locator('table tbody tr td:nth-child(2) a').first().click();
  // Dutch weekday and month abbreviations in the session table.
  const recent = page.getByRole('table', { name: 'Recente trainingen' });
  await expect(recent).toBeVisible();
  await expect(recent.locator('tbody tr').first()).toContainText(
    /^(ma|di|wo|do|vr|za|zo) \d{1,2} [a-z]{3}\.? \d{4}/,
  );
  await app.screenshot('athlete-detail-nl');
  // Today's check-ins of the demo team, read back with a decimal comma.
  await page.getByRole('navigation').getByRole('link', { name: 'Welzijnscheck' }).click();
  const sleepCells = page.getByRole('textbox', { name: /^Slaapuren van / });
  await expect(sleepCells.first()).toBeVisible();
  const readSleepValues = () =>
    sleepCells.evaluateAll((cells) => cells.map((cell) => (cell as HTMLInputElement).value));
  await expect.poll(async () => (await readSleepValues()).some((value) => /^\d+,\d$/.test(value))).toBe(true);
  expect((await readSleepValues()).some((value) => value.includes('.'))).toBe(false);
  await page.reload();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Sporters' })).toBeVisible();
});

test('in Dutch the import report gives the reasons of rejected rows in Dutch', async ({ app, page }) => {
  await app.startEmpty();
  await app.nav('Settings').click();
  await page.getByText('Nederlands', { exact: true }).click();
  await app.nav('Importeren').click();
  await page.getByText('Trainingen', { exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByLabel('CSV-bestand').click();
  await (await chooser).setFiles(join(import.meta.dirname, '..', 'fixtures', 'sessions-with-errors.csv'));
  await expect(page.getByText('Controleer voor het importeren')).toBeVisible();
  const issues = page.getByRole('table', { name: 'Afgekeurde regels' });
  const rpeRow = issues.getByRole('row', { name: /^3 rpe/ });
  await expect(rpeRow).toContainText('Moet tussen 0 en 10 liggen; gevonden: "11"');
  await expect(issues.getByRole('row', { name: /^6 date/ })).toContainText(
    'Verwacht een datum als JJJJ-MM-DD',
  );
  await expect(issues).not.toContainText('must be');
  await app.screenshot('import-errors-nl');
});
