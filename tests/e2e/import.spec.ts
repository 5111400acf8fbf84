import { join } from 'node:path';
import { test, expect } from './support/fixtures';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

test('PMData sessions and wellness import with their counts, creating the confirmed athletes', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  await app.startEmpty();
  // The file is parsed in a Web Worker, off the UI thread.
  const parserWorker = page.waitForEvent('worker');
  await app.importCsv('Sessions', join(FIXTURES, 'pmdata', 'sessions.csv'));
  expect((await parserWorker).url()).toMatch(/csv-parse\.worker/);
  await expect(app.stat('Rows in file')).toHaveText('772');
  await expect(app.stat('Valid rows')).toHaveText('772');
  await expect(app.stat('Rejected rows')).toHaveText('0');
  await expect(page.getByText('15 names in the file are not on your roster')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import 0 rows' })).toBeDisabled();
  await page.getByLabel('Create these 15 athletes').check();
  await app.screenshot('import-report-en');
  await page.getByRole('button', { name: 'Import 772 rows' }).click();
  await expect(page.getByText('772 rows imported, 15 athletes created.').first()).toBeVisible();

  await page.getByRole('button', { name: 'Import another file' }).click();
  await app.importCsv('Wellness check-ins', join(FIXTURES, 'pmdata', 'wellness.csv'));
  await expect(app.stat('Valid rows')).toHaveText('1724');
  // p16 has check-ins but no usable sessions, so it is the one new athlete.
  await page.getByLabel('Create these 1 athletes').check();
  await page.getByRole('button', { name: 'Import 1724 rows' }).click();
  await expect(page.getByText('1724 rows imported, 1 athletes created.').first()).toBeVisible();

  await app.nav('Athletes').click();
  await expect(page.getByText('16 athletes')).toBeVisible();
});

test('a file with bad rows is reported by line and column, and only valid rows are written', async ({
  app,
  page,
}) => {
  await app.startEmpty();
  await app.importCsv('Sessions', join(FIXTURES, 'sessions-with-errors.csv'));
  const issues = page.getByRole('table', { name: 'Rejected rows' });
  await expect(issues).toBeVisible();
  for (const expected of BAD_ROWS) {
    await expect(
      issues.getByRole('row', { name: new RegExp(`^${expected.line} ${expected.column}`) }).first(),
    ).toBeVisible();
  }
  await expect(app.stat('Rows in file')).toHaveText('12');
  await expect(app.stat('Valid rows')).toHaveText('6');
  await expect(app.stat('Rejected rows')).toHaveText('6');
  await expect(issues.locator('tbody tr')).toHaveCount(BAD_ROWS.length);
  await app.screenshot('import-errors-en');
  await page.getByLabel(/^Create these \d+ athletes$/).check();
  await page.getByRole('button', { name: 'Import 6 rows' }).click();
  await expect(page.getByText(/^6 rows imported/).first()).toBeVisible();
});

/** The bad rows of tests/fixtures/sessions-with-errors.csv (see the unit test of the parser). */
const BAD_ROWS: Array<{ line: number; column: string }> = [
  { line: 3, column: 'rpe' },
  { line: 5, column: 'duration_min' },
  { line: 6, column: 'date' },
  { line: 7, column: 'stimulus' },
  { line: 8, column: 'athlete' },
  { line: 10, column: 'start_time' },
  { line: 10, column: 'duration_min' },
  { line: 10, column: 'rpe' },
];
