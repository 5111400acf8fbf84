import { readFile, writeFile } from 'node:fs/promises';
import { test, expect, type Page } from './support/fixtures';

interface BackupFile {
  tables: Record<string, Array<Record<string, unknown>>>;
}

/** Saves a backup from the settings page; the browser host offers it as a download. */
async function saveBackup(page: Page, path: string): Promise<BackupFile> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup (JSON)' }).click();
  await (await download).saveAs(path);
  return JSON.parse(await readFile(path, 'utf8')) as BackupFile;
}

/** Picks `path` through "Restore from backup…", as a coach would in the file dialog. */
async function chooseBackupFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from backup…' }).click();
  await (await chooser).setFiles(path);
}

function tableRows(backup: BackupFile, name: string): Array<Record<string, unknown>> {
  const rows = backup.tables[name];
  if (!rows) throw new Error(`The backup has no ${name} table`);
  return rows;
}

test('a backup restored through the settings page replaces what was added since', async ({
  app,
  page,
}, testInfo) => {
  await app.loadDemoTeam();
  await app.nav('Settings').click();
  const path = testInfo.outputPath('coach-backup.json');
  const backup = await saveBackup(page, path);
  const sessionCount = tableRows(backup, 'sessions').length.toLocaleString('en-GB');
  const checkinCount = tableRows(backup, 'wellness').length.toLocaleString('en-GB');
  expect(tableRows(backup, 'athletes')).toHaveLength(24);
  expect(tableRows(backup, 'sessions').length).toBeGreaterThan(0);

  await app.addAthlete({ name: 'Sem de Vries' });
  await expect(page.getByText('25 athletes', { exact: true })).toBeVisible();

  await app.nav('Settings').click();
  await chooseBackupFile(page, path);
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('coach-backup.json')).toBeVisible();
  await expect(dialog.getByRole('row', { name: 'Athletes 24' })).toBeVisible();
  await expect(dialog.getByRole('row', { name: `Sessions ${sessionCount}` })).toBeVisible();
  await expect(dialog.getByText('This replaces everything on this computer')).toBeVisible();
  await app.screenshot('settings-restore-en');

  await dialog.getByRole('button', { name: 'Replace everything' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByText(`Backup restored: 24 athletes, ${sessionCount} sessions, ${checkinCount} check-ins`),
  ).toBeVisible();
  await app.nav('Athletes').click();
  await expect(page.getByText('24 athletes', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sem de Vries' })).toHaveCount(0);
});

test('a broken backup file is refused with its problems, and nothing changes', async ({
  app,
  page,
}, testInfo) => {
  await app.loadDemoTeam();
  await app.nav('Settings').click();
  const backup = await saveBackup(page, testInfo.outputPath('coach-backup.json'));
  const firstSession = tableRows(backup, 'sessions')[0];
  if (!firstSession) throw new Error('The demo team has no sessions');
  firstSession.sessionRpe = 12;
  const brokenPath = testInfo.outputPath('broken-backup.json');
  await writeFile(brokenPath, JSON.stringify(backup));
  const notJsonPath = testInfo.outputPath('notes.json');
  await writeFile(notJsonPath, 'athlete,date,rpe\nAnna,2025-03-01,6\n');
  await app.addAthlete({ name: 'Sem de Vries' });

  await app.nav('Settings').click();
  await chooseBackupFile(page, brokenPath);
  const alert = page.getByRole('alert').filter({ hasText: 'The backup was not restored' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('The backup has 1 problem:');
  await expect(alert).toContainText('Sessions, record 1, sessionRpe: RPE must be between 0 and 10');
  await expect(alert).toContainText('Nothing on this computer was changed.');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await app.screenshot('settings-restore-error-en');

  await chooseBackupFile(page, notJsonPath);
  await expect(alert).toContainText('This file is not a backup: it is not readable as JSON.');
  await expect(alert).not.toContainText('sessionRpe');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await app.nav('Athletes').click();
  await expect(page.getByText('25 athletes', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sem de Vries' })).toBeVisible();
});
