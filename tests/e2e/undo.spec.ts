import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SCREENSHOT_DIR, test, expect, type Page } from './support/fixtures';

/** A small sessions file of two athletes the roster does not know yet. */
const SESSIONS_CSV = [
  'athlete,date,start_time,duration_min,rpe,stimulus,notes',
  'Lotte Jansen,2026-11-30,18:00,60,6,strength,',
  'Lotte Jansen,2026-12-01,18:00,45,4,endurance,',
  'Milan de Boer,2026-12-01,18:00,50,7,hiit,',
].join('\n');

function undoOffer(page: Page) {
  return page.getByTestId('undo-offer');
}

/** A screenshot of the History section alone (the settings page is long). */
async function historyShot(page: Page, name: string): Promise<void> {
  await page.locator('#history').screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

function historyTable(page: Page, name = 'History') {
  return page.getByRole('table', { name });
}

test('an import, then Undo in its notification: the imported athletes and sessions are gone again', async ({
  app,
  page,
}, testInfo) => {
  await app.startEmpty();
  const csvPath = testInfo.outputPath('sessions.csv');
  await writeFile(csvPath, SESSIONS_CSV);
  await app.importCsv('Sessions', csvPath);
  await page.getByLabel('Create these 2 athletes').check();
  await page.getByRole('button', { name: 'Import 3 rows' }).click();
  await expect(page.getByText('3 rows imported, 2 athletes created.').first()).toBeVisible();
  const offer = undoOffer(page);
  await expect(offer).toContainText('Undo import of sessions.csv (3 sessions, 2 new athletes)');
  await app.screenshot('undo-offer-en');
  await app.nav('Athletes').click();
  await expect(page.getByText('2 athletes', { exact: true })).toBeVisible();

  await offer.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(/^Undone: import of sessions\.csv\. The data is as it was on /)).toBeVisible();
  await expect(page.getByText('No athletes yet')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lotte Jansen' })).toHaveCount(0);

  // Settings → History: the import and its undo, newest first; the undo can itself be undone.
  await app.nav('Settings').click();
  const history = historyTable(page);
  await expect(history.locator('tbody tr')).toHaveCount(2);
  await expect(history.locator('tbody tr').nth(0)).toContainText('Undo of import of sessions.csv');
  await expect(history.locator('tbody tr').nth(1)).toContainText('Import of sessions.csv');
  await expect(history.locator('tbody tr').nth(1)).toContainText('3 sessions, 2 new athletes');
  await historyShot(page, 'settings-history-en');

  await history.locator('tbody tr').nth(0).getByRole('button', { name: 'Undo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Return to before this change?' });
  await expect(dialog).toContainText('just before this step: undo of import of sessions.csv');
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'settings-history-confirm-en.png') });
  await dialog.getByRole('button', { name: 'Return to before this' }).click();
  await expect(dialog).toBeHidden();
  await app.nav('Athletes').click();
  await expect(page.getByText('2 athletes', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lotte Jansen' })).toBeVisible();

  await app.chooseDutch();
  const geschiedenis = historyTable(page, 'Geschiedenis');
  await expect(geschiedenis.locator('tbody tr')).toHaveCount(3);
  await expect(geschiedenis.locator('tbody tr').nth(0)).toContainText(
    'Ongedaan maken van ongedaan maken van import van sessions.csv',
  );
  await expect(geschiedenis.locator('tbody tr').nth(2)).toContainText('Import van sessions.csv');
  await expect(geschiedenis.locator('tbody tr').nth(2)).toContainText('3 trainingen, 2 nieuwe sporters');
  await historyShot(page, 'settings-history-nl');
  await geschiedenis
    .locator('tbody tr')
    .nth(1)
    .getByRole('button', { name: 'Terug naar vóór deze stap' })
    .click();
  const dialogNl = page.getByRole('dialog', { name: 'Terug naar vóór deze wijziging?' });
  await expect(dialogNl).toContainText('vlak vóór deze stap: ongedaan maken van import van sessions.csv');
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'settings-history-confirm-nl.png') });
  await dialogNl.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialogNl).toBeHidden();
});

test('a restore, then Undo: the data from before the restore is back', async ({ app, page }, testInfo) => {
  test.setTimeout(120_000);
  await app.loadDemoTeam();
  await app.nav('Settings').click();
  const path = testInfo.outputPath('coach-backup.json');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup file' }).click();
  await (await download).saveAs(path);
  // The streamed file: a header line, one `[table, row]` line per row, a trailer.
  const rowLines = (await readFile(path, 'utf8')).trimEnd().split('\n').slice(1, -1);
  const sessionLines = rowLines.filter((line) => (JSON.parse(line) as [string, unknown])[0] === 'sessions');
  expect(sessionLines.length).toBeGreaterThan(0);
  const sessionCount = sessionLines.length.toLocaleString('en-GB');

  await app.addAthlete({ name: 'Sem de Vries' });
  await expect(page.getByText('25 athletes', { exact: true })).toBeVisible();

  await app.nav('Settings').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from backup…' }).click();
  await (await chooser).setFiles(path);
  await page
    .getByRole('dialog', { name: 'Restore this backup?' })
    .getByRole('button', { name: 'Replace everything' })
    .click();
  const offer = undoOffer(page);
  await expect(offer).toContainText(
    `Undo restore of coach-backup.json (24 athletes, ${sessionCount} sessions`,
    {
      timeout: 30_000,
    },
  );
  await app.nav('Athletes').click();
  await expect(page.getByText('24 athletes', { exact: true })).toBeVisible();

  await offer.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(/^Undone: restore of coach-backup\.json\./)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('25 athletes', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sem de Vries' })).toBeVisible();
});

test('clearing all data, then Undo: the team is back', async ({ app, page }) => {
  test.setTimeout(120_000);
  await app.loadDemoTeam();
  await app.nav('Settings').click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Clear all data…' }).click();
  const offer = undoOffer(page);
  await expect(offer).toContainText(
    /^Undo clearing all data \(24 athletes, [\d,]+ sessions, [\d,]+ check-ins\)/,
    {
      timeout: 30_000,
    },
  );
  await expect(page.getByRole('button', { name: 'Load demo team' })).toBeVisible();

  await offer.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(/^Undone: clearing all data\./)).toBeVisible({ timeout: 30_000 });
  await app.nav('Athletes').click();
  await expect(page.getByText('24 athletes', { exact: true })).toBeVisible();
});
