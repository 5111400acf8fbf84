import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import type { CoachApp } from './support/coach-app.page';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const STATUS_ORDER = ['red', 'amber', 'green', 'grey'];

/** The Today row of an athlete, found by the link to their page. */
function todayRow(page: Page, athleteId: string): Locator {
  return page.getByTestId('today-row').filter({ has: page.locator(`a[href$="/athletes/${athleteId}"]`) });
}

/** Opens every "+N more" of a row, so all its reasons are on screen. */
async function expandReasons(row: Locator): Promise<void> {
  const more = row.getByRole('button', { name: /^\+\d+ more$/ });
  if ((await more.count()) > 0) await more.first().click();
}

function localDate(offsetDays = 0): string {
  const day = new Date();
  day.setDate(day.getDate() + offsetDays);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** Logs one hard team session for the named athletes of a squad (the others left empty). */
async function logHardTeamSession(
  app: CoachApp,
  page: Page,
  squad: string,
  athletes: readonly string[],
): Promise<void> {
  await app.openTeamSession({ squad, startTime: '05:00', stimulus: 'Strength', durationMin: 60 });
  for (const present of await page.getByRole('checkbox', { name: /^Present: / }).all()) {
    const name = (await present.getAttribute('aria-label'))?.replace('Present: ', '') ?? '';
    if (!athletes.includes(name)) await present.uncheck();
  }
  for (const name of athletes) await page.getByRole('textbox', { name: `RPE for ${name}` }).fill('9');
  await page.getByRole('button', { name: /^Save \d+ sessions?$/ }).click();
  await expect(page.getByText(new RegExp(`^Saved ${athletes.length} sessions?`))).toBeVisible();
}

test('Today: every demo athlete has a status, worst first, with the story athletes’ reasons', async ({
  app,
  page,
}) => {
  await app.loadDemoTeam();
  const rows = page.getByTestId('today-row');
  await expect(rows).toHaveCount(24);
  const statuses = await rows.evaluateAll((elements) =>
    elements.map((element) => element.getAttribute('data-status') ?? ''),
  );
  expect(statuses.every((status) => STATUS_ORDER.includes(status))).toBe(true);
  const ranks = statuses.map((status) => STATUS_ORDER.indexOf(status));
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  // Every row says its status in words, not colour alone.
  for (const row of await rows.all()) {
    await expect(row.getByRole('img', { name: /^(Ready|Caution|Not ready|No data)$/ }).first()).toBeVisible();
  }

  const fatigued = todayRow(page, 'demo-athlete-04');
  expect(['red', 'amber']).toContain(await fatigued.getAttribute('data-status'));
  await expandReasons(fatigued);
  await expect(fatigued).toContainText(/sustained fatigue/i);

  const returning = todayRow(page, 'demo-athlete-03');
  await expandReasons(returning);
  await expect(returning).toContainText(/returning from a \d+-day break/i);

  // The counts at the top add up to the rows.
  let total = 0;
  for (const status of STATUS_ORDER)
    total += Number(await page.getByTestId(`count-${status}`).locator('p').first().innerText());
  expect(total).toBe(24);

  const greenCount = Number(await page.getByTestId('count-green').locator('p').first().innerText());
  await page
    .getByRole('radiogroup', { name: 'Show' })
    .getByText('Ready for hard training', { exact: true })
    .click();
  await expect(rows).toHaveCount(greenCount);
  await expect(page.locator('[data-testid="today-row"]:not([data-status="green"])')).toHaveCount(0);
});

test('Today: after the same hard session the veteran (50+) is ready for strength later than a younger teammate', async ({
  app,
  page,
}) => {
  await app.loadDemoTeam();
  await expect(page.getByTestId('today-row')).toHaveCount(24);
  await logHardTeamSession(app, page, "Men's first team", ['Sem Novak', 'Stijn Silva']);
  await app.nav('Today').click();
  // Ended 06:00 today; at 08:00 both are in the acute phase of strength. Hard strength work: 72 h
  // later for the 28-year-old, 72 × 1.5 = 108 h later (18:00 four days on) for the 51-year-old.
  const weekday = (offset: number) =>
    new Date(`${localDate(offset)}T12:00:00`).toLocaleDateString('en-GB', { weekday: 'short' });
  const young = todayRow(page, 'demo-athlete-08');
  const veteran = todayRow(page, 'demo-athlete-06');
  await expect(young.getByTestId('ready-for-strength')).toContainText(`Strength from ${weekday(3)} 06:00`);
  await expect(veteran.getByTestId('ready-for-strength')).toContainText(`Strength from ${weekday(4)} 18:00`);
  await expandReasons(veteran);
  await expect(veteran).toContainText(/hard strength work from .* \(phases × 1\.50? for age\)/i);
});

test('Recovery map: the phases of a hard session logged today', async ({ app, page }) => {
  await app.startEmpty();
  await app.addAthlete({ name: 'Lotte Mulder' });
  await app.addAthlete({ name: 'Daan Kok' });
  await logHardTeamSession(app, page, 'All athletes', ['Lotte Mulder']);
  await app.nav('Recovery map').click();
  const lotte = page.getByTestId('recovery-row').filter({ hasText: 'Lotte Mulder' });
  const phaseOn = (row: Locator, offset: number) => row.locator(`td[data-date="${localDate(offset)}"]`);
  // Ends 06:00 today: 08:00 today 2 h (acute), tomorrow 26 h and the day after 50 h (regeneration),
  // in three days 74 h (adaptation).
  await expect(phaseOn(lotte, 0)).toHaveAttribute('data-phase', '1');
  await expect(phaseOn(lotte, 1)).toHaveAttribute('data-phase', '2');
  await expect(phaseOn(lotte, 2)).toHaveAttribute('data-phase', '2');
  await expect(phaseOn(lotte, 3)).toHaveAttribute('data-phase', '3');
  await expect(phaseOn(lotte, 0).getByTestId('hard-session')).toBeVisible();
  // Nothing was known of Lotte before today, and nothing is of Daan: unknown (4), never "no hard session".
  await expect(phaseOn(lotte, -1)).toHaveAttribute('data-phase', '4');
  const daan = page.getByTestId('recovery-row').filter({ hasText: 'Daan Kok' });
  await expect(phaseOn(daan, 0)).toHaveAttribute('data-phase', '4');
  // A strength session holds back strength only: the endurance view has no phase for Lotte.
  await page
    .getByRole('radiogroup', { name: 'Hard work of' })
    .getByText('Endurance', { exact: true })
    .click();
  await expect(phaseOn(lotte, 0)).toHaveAttribute('data-phase', '0');
  await app.screenshot('recovery-map-logged-session-en');
});

test('Real data: after importing PMData, p08 on 30 March 2020 shows the reference EWMA ratio', async ({
  app,
  page,
}) => {
  test.setTimeout(90_000);
  await app.startEmpty();
  await app.importCsv('Sessions', join(FIXTURES, 'pmdata', 'sessions.csv'));
  await page.getByLabel('Create these 15 athletes').check();
  await page.getByRole('button', { name: 'Import 772 rows' }).click();
  await expect(page.getByText('772 rows imported, 15 athletes created.').first()).toBeVisible();
  await page.getByRole('button', { name: 'Import another file' }).click();
  await app.importCsv('Wellness check-ins', join(FIXTURES, 'pmdata', 'wellness.csv'));
  await page.getByLabel('Create these 1 athletes').check();
  await page.getByRole('button', { name: 'Import 1724 rows' }).click();
  await expect(page.getByText('1724 rows imported, 1 athletes created.').first()).toBeVisible();
  await page.goto('./#/today?date=2020-03-30');
  const p08 = page
    .getByTestId('today-row')
    .filter({ has: page.getByRole('link', { name: 'p08', exact: true }) });
  // reference_daily.csv: acwr_ewma 1.39040078, ewma_acute 638.513201, ewma_chronic 459.229604.
  await expect(p08.getByTestId('today-ratio')).toHaveText('1.39');
  await expect(p08.getByTestId('today-acute-chronic')).toHaveText('acute 639 · chronic 459 AU');
  await app.screenshot('today-pmdata-2020-03-30-en');
});
