import { test, expect, type Page } from './support/fixtures';

/**
 * Automatic backups in the browser host (kept in the 'coach-dashboard-backups' IndexedDB database).
 * The test hook `coach-dashboard:backup-interval-ms` in localStorage shortens the 15-minute interval
 * (docs/decisions/008-automatic-backups.md).
 */
async function shortenBackupInterval(page: Page, ms: number): Promise<void> {
  await page.addInitScript((interval) => {
    localStorage.setItem('coach-dashboard:backup-interval-ms', String(interval));
  }, ms);
}

function backupList(page: Page) {
  return page.getByRole('table', { name: /Automatic backups|Automatische back-ups/ });
}

/** The list's rows whose athletes column says `count`. */
function rowsWithAthletes(page: Page, count: number) {
  return backupList(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: String(count), exact: true }) });
}

test('an automatic backup appears after a change; restoring it from the list brings back that data, and Undo the data before', async ({
  app,
  page,
}) => {
  // Two demo-team writes (load, restore) and the backups between them: over a minute on a loaded machine.
  test.setTimeout(180_000);
  await shortenBackupInterval(page, 1_000);
  await app.loadDemoTeam();
  await app.nav('Settings').click();
  await expect(page.getByRole('heading', { name: 'Automatic backups' })).toBeVisible();
  // The change (the demo team) is backed up at the next tick: 24 athletes in the list.
  await expect(rowsWithAthletes(page, 24).first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('backup-last-result')).toHaveAttribute('data-status', 'ok');
  await app.screenshot('settings-automatic-backups-en');

  await app.addAthlete({ name: 'Sem de Vries' });
  await expect(page.getByText('25 athletes', { exact: true })).toBeVisible();
  await app.nav('Settings').click();
  await expect(rowsWithAthletes(page, 25).first()).toBeVisible({ timeout: 20_000 });

  await rowsWithAthletes(page, 24).first().getByRole('button', { name: 'Restore this' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row', { name: 'Athletes 24' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Replace everything' }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(page.getByText(/Backup restored: 24 athletes/)).toBeVisible();
  await app.nav('Athletes').click();
  await expect(page.getByText('24 athletes', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sem de Vries' })).toHaveCount(0);

  // The restore from the list can be undone like any other: the athlete added since is back.
  const offer = page.getByTestId('undo-offer');
  await expect(offer).toContainText('Undo restore of');
  await offer.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(/^Undone: restore of /)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('25 athletes', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sem de Vries' })).toBeVisible();
});

test('"Back up now" adds a backup with its counts to the list', async ({ app, page }) => {
  await app.loadDemoTeam();
  await app.nav('Settings').click();
  // The automatic backup at start may be listed already (or land any moment): count, then compare.
  const rows = backupList(page).locator('tbody tr');
  const before = await rows.count();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/Backup made: 24 athletes/)).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => rows.count()).toBeGreaterThan(before);
  await expect(rows.first().getByRole('cell', { name: '24', exact: true })).toBeVisible();
});

test('a backup the storage refuses is shown as an error, in English and in Dutch', async ({ app, page }) => {
  // The browser's storage refuses every backup piece once the flag is set (as a full disk would).
  await page.addInitScript(() => {
    const prototype = IDBObjectStore.prototype;
    const put = Object.getOwnPropertyDescriptor(prototype, 'put')?.value as IDBObjectStore['put'];
    Object.defineProperty(prototype, 'put', {
      value(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (this.name === 'pieces' && localStorage.getItem('test:refuse-backups') === '1')
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      },
    });
  });
  await app.loadDemoTeam();
  await app.nav('Settings').click();
  await page.evaluate(() => localStorage.setItem('test:refuse-backups', '1'));
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The backup failed' }).first()).toBeVisible();
  const last = page.getByTestId('backup-last-result');
  await expect(last).toHaveAttribute('data-status', 'failed');
  await expect(last).toContainText('the disk is full');
  await app.screenshot('settings-backup-failed-en');

  await app.chooseDutch();
  await page.getByRole('button', { name: 'Nu een back-up maken' }).click();
  await expect(page.getByTestId('backup-last-result')).toContainText('de schijf is vol');
  await app.screenshot('settings-backup-failed-nl');
});
