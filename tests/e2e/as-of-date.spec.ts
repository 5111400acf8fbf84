import { join } from 'node:path';
import { test, expect, type Page } from './support/fixtures';
import type { CoachApp } from './support/coach-app.page';

const PMDATA = join(import.meta.dirname, '..', 'fixtures', 'pmdata');
const AS_OF = '2020-03-30';
const RANGES = ['4 weeks', '12 weeks', 'Season', 'All'] as const;

/** Every console error and uncaught page error during the test (none is allowed). */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** The as-of field in the header, and the date in the address. */
function asOfField(page: Page) {
  return page.getByTestId('as-of').getByRole('textbox', { name: 'As of' });
}

async function chooseAsOf(page: Page, date: string): Promise<void> {
  const field = asOfField(page);
  await field.click();
  await field.fill(date);
  await field.press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]date=${date}`));
}

async function importPmdataIntoNewSquad(app: CoachApp, page: Page): Promise<void> {
  await app.startEmpty();
  await app.importCsv('Sessions', join(PMDATA, 'sessions.csv'));
  await page.getByLabel('Create these 15 athletes').check();
  await app.chooseOption('Squad for the new athletes', 'New squad…');
  await page.getByLabel('Name of the new squad').fill('PMData');
  await page.getByRole('button', { name: 'Import 772 rows' }).click();
  await expect(page.getByText('772 rows imported, 15 athletes created.').first()).toBeVisible();
  await page.getByRole('button', { name: 'Import another file' }).click();
  await app.importCsv('Wellness check-ins', join(PMDATA, 'wellness.csv'));
  await page.getByLabel('Create these 1 athletes').check();
  await app.chooseOption('Squad for the new athletes', 'PMData');
  await page.getByRole('button', { name: 'Import 1724 rows' }).click();
  await expect(page.getByText('1724 rows imported, 1 athletes created.').first()).toBeVisible();
}

/** The tick labels of a chart's first y axis, once it is drawn. */
async function yTicks(page: Page, chart: string): Promise<string[]> {
  const ticks = page
    .getByTestId(`chart-${chart}`)
    .locator('.recharts-yAxis-tick-labels')
    .first()
    .locator('text');
  await expect(ticks.first()).toBeVisible();
  return ticks.allTextContents();
}

test('PMData 2019–20: one as-of date for every screen, charts right at every range, no console error', async ({
  app,
  page,
}) => {
  test.setTimeout(300_000);
  const errors = collectErrors(page);
  await importPmdataIntoNewSquad(app, page);

  // After the import the app offers the last day with data (the check-ins end on 31 March 2020).
  await page.getByRole('button', { name: 'Show Tue 31 Mar 2020' }).click();
  await expect(page.getByRole('heading', { name: 'Today', level: 2 })).toBeVisible();
  await expect(page).toHaveURL(/[?&]date=2020-03-31/);
  await expect(asOfField(page)).toHaveValue('Tue 31 Mar 2020');
  await expect(page.getByRole('button', { name: 'Back to today' })).toBeVisible();

  // Back and forward step through the dates looked at.
  await chooseAsOf(page, AS_OF);
  await expect(asOfField(page)).toHaveValue('Mon 30 Mar 2020');
  await page.goBack();
  await expect(page).toHaveURL(/[?&]date=2020-03-31/);
  await expect(asOfField(page)).toHaveValue('Tue 31 Mar 2020');
  await page.goForward();
  await expect(page).toHaveURL(/[?&]date=2020-03-30/);
  await expect(asOfField(page)).toHaveValue('Mon 30 Mar 2020');
  await expect(page.getByRole('table', { name: 'Today' }).getByRole('link', { name: 'p01' })).toBeVisible();
  await expect(page.getByTestId('no-recent-data')).toHaveCount(0);
  await app.screenshot('as-of-today-pmdata-en');

  // The date carries to Team load and the recovery map.
  await app.nav('Team load').click();
  await expect(page).toHaveURL(/#\/team-load\?date=2020-03-30/);
  await expect(page.getByTestId('this-week-hint')).toContainText('Mon 30 Mar 2020');
  await app.screenshot('as-of-team-load-pmdata-en');
  await app.nav('Recovery map').click();
  await expect(page).toHaveURL(/#\/recovery-map\?date=2020-03-30/);
  await expect(page.getByRole('columnheader', { name: /30 Mar/ })).toHaveAttribute('title', 'selected day');
  await app.screenshot('as-of-recovery-map-pmdata-en');

  // The imported athletes are in the squad chosen in the import.
  await app.nav('Athletes').click();
  await expect(page).toHaveURL(/#\/athletes\?date=2020-03-30/);
  await expect(page.getByRole('table', { name: 'PMData' }).locator('tbody tr')).toHaveCount(16);
  await page.getByRole('link', { name: 'p01', exact: true }).click();
  await expect(page).toHaveURL(/#\/athletes\/[^?]+\?date=2020-03-30/);
  await expect(page.getByTestId('chart-load')).toBeVisible();

  for (const range of RANGES) {
    await app.chooseChartRange(range);
    const caption = page.getByTestId('chart-range-caption');
    await expect(caption).toContainText('30 Mar 2020');
    const load = await yTicks(page, 'load');
    expect(load.length, `load ticks at ${range}`).toBeGreaterThanOrEqual(3);
    expect(new Set(load).size, `load ticks at ${range}: ${load.join(', ')}`).toBe(load.length);
    const fitness = await yTicks(page, 'fitness');
    expect(new Set(fitness).size, `fitness ticks at ${range}: ${fitness.join(', ')}`).toBe(fitness.length);
    const shapes = await app.athleteChartShapes();
    expect(shapes['load'], `load shapes at ${range}`).toBeGreaterThan(0);
    expect(shapes['fitness'], `fitness shapes at ${range}`).toBeGreaterThan(0);
  }
  // "All" is the season from its first record to the as-of date, not a 2019–2026 axis.
  await expect(page.getByTestId('chart-range-caption')).toContainText('Nov 2019');
  await app.chooseChartRange('12 weeks');
  await app.screenshot('as-of-athlete-pmdata-en');

  // A date long after the last record: Today says so and offers the last day with data.
  await app.nav('Today').click();
  await chooseAsOf(page, '2020-06-01');
  const notice = page.getByTestId('no-recent-data');
  await expect(notice).toContainText('Nobody has a session or a check-in in the 3 days up to Mon 1 Jun 2020');
  await app.screenshot('as-of-today-stale-en');
  await notice.getByRole('button', { name: 'Go to Tue 31 Mar 2020' }).click();
  await expect(page).toHaveURL(/[?&]date=2020-03-31/);
  await expect(notice).toHaveCount(0);

  // Back to today clears the date on every screen.
  await page.getByRole('button', { name: 'Back to today' }).click();
  await expect(page).not.toHaveURL(/date=/);
  await app.nav('Team load').click();
  await expect(page).not.toHaveURL(/date=/);

  // Dutch: the same four screens on 30 March 2020.
  await app.chooseDutch();
  for (const [route, name] of [
    ['today', 'today'],
    ['team-load', 'team-load'],
    ['recovery-map', 'recovery-map'],
  ] as const) {
    await page.goto(`index.html#/${route}?date=${AS_OF}`);
    await expect(page.getByTestId('as-of').getByRole('textbox', { name: 'Peildatum' })).toHaveValue(
      /30 mrt 2020/,
    );
    await expect(page.getByRole('button', { name: 'Terug naar vandaag' })).toBeVisible();
    await page.waitForTimeout(500);
    await app.screenshot(`as-of-${name}-pmdata-nl`);
  }
  await page.getByRole('navigation').getByRole('link', { name: 'Sporters' }).click();
  await page.getByRole('link', { name: 'p01', exact: true }).click();
  await expect(page.getByTestId('chart-load')).toBeVisible();
  await app.screenshot('as-of-athlete-pmdata-nl');

  expect(errors, 'console errors').toEqual([]);
});

test('roster bulk actions: select several athletes, then set their squad, availability or archive them', async ({
  app,
  page,
}) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await app.startEmpty();
  for (const name of ['Anna Berg', 'Ben Claes', 'Cas Dijk', 'Dirk Eys']) await app.addAthlete({ name });
  await page.getByRole('button', { name: 'Squads' }).click();
  const squads = page.getByRole('dialog');
  await squads.getByLabel('New squad').fill('First team');
  await squads.getByRole('button', { name: 'Add squad' }).click();
  await expect(squads.getByRole('textbox', { name: 'Name' }).first()).toHaveValue('First team');
  await page.keyboard.press('Escape');

  await page.getByRole('checkbox', { name: 'Select Anna Berg' }).check();
  await page.getByRole('checkbox', { name: 'Select Ben Claes' }).check();
  await page.getByRole('checkbox', { name: 'Select Cas Dijk' }).check();
  const bar = page.getByRole('toolbar', { name: 'Actions for the selected athletes' });
  await expect(bar.getByTestId('selected-count')).toHaveText('3 selected');
  await app.screenshot('roster-bulk-selected-en');
  await bar.getByRole('button', { name: 'Set squad…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Squad for 3 athletes' });
  await expect(dialog.getByRole('combobox', { name: 'Squad' })).toHaveValue('First team');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('3 athletes put in First team')).toBeVisible();
  const firstTeam = page.getByRole('table', { name: 'First team' });
  await expect(firstTeam.locator('tbody tr')).toHaveCount(3);
  await expect(page.getByRole('table', { name: 'No squad' }).locator('tbody tr')).toHaveCount(1);
  await expect(bar).toBeHidden();

  // Everyone in the squad at once, then availability.
  await page.getByRole('checkbox', { name: 'Select everyone in First team' }).check();
  await bar.getByRole('button', { name: 'Set availability…' }).click();
  const availability = page.getByRole('dialog', { name: 'Availability of 3 athletes' });
  await app.chooseOption('Kind', 'Ill');
  await availability.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Availability updated for 3 athletes')).toBeVisible();
  await expect(firstTeam.getByText('Ill')).toHaveCount(3);

  await page.getByRole('checkbox', { name: 'Select Anna Berg' }).check();
  await page.getByRole('checkbox', { name: 'Select Dirk Eys' }).check();
  await bar.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText('2 athletes archived')).toBeVisible();
  await expect(page.getByText('2 athletes', { exact: true })).toBeVisible();
  await expect(app.rosterRows()).toHaveCount(2);

  await page.getByRole('checkbox', { name: 'Select Ben Claes' }).check();
  await app.chooseDutch();
  await page.getByRole('navigation').getByRole('link', { name: 'Sporters' }).click();
  await page.getByRole('checkbox', { name: 'Selecteer Ben Claes' }).check();
  await expect(page.getByRole('toolbar', { name: 'Acties voor de geselecteerde sporters' })).toContainText(
    '1 geselecteerd',
  );
  await app.screenshot('roster-bulk-selected-nl');
  expect(errors, 'console errors').toEqual([]);
});
