import { test, expect, type Page } from './support/fixtures';
import type { CoachApp } from './support/coach-app.page';

const CHARTS = ['chart-weekly-stimulus', 'chart-stimulus-share', 'chart-squad-ratio'] as const;
const DEMO_ATHLETES = 24;

async function openTeamLoad(app: CoachApp): Promise<void> {
  const { page } = app;
  await app.nav('Team load').click();
  await expect(page.getByRole('heading', { name: 'Team load', level: 2 })).toBeVisible();
  await expect(
    page.getByTestId('chart-weekly-stimulus').locator('.recharts-bar-rectangle').first(),
  ).toBeVisible({
    timeout: 30_000,
  });
}

function tableRows(page: Page) {
  return page.getByTestId('athlete-load-table').locator('tbody tr');
}

/** The numbers of one column of the athlete table, as drawn ("1,234" → 1234; "–" → null). */
async function columnNumbers(page: Page, column: number): Promise<(number | null)[]> {
  const texts = await tableRows(page)
    .locator(`td:nth-child(${column})`)
    .evaluateAll((cells) => cells.map((cell) => cell.firstChild?.textContent ?? ''));
  return texts.map((text) => {
    const cleaned = text.replace(/[,\s%+]/g, '').replace('−', '-');
    return cleaned === '–' || cleaned === '' ? null : Number(cleaned);
  });
}

test('draws the weekly, share and ratio charts and a sortable table of the squad', async ({ app, page }) => {
  await app.loadDemoTeam();
  await openTeamLoad(app);

  for (const chart of CHARTS) {
    const figure = page.getByTestId(chart);
    await expect(figure).toHaveAttribute('aria-label', /.+/);
    const drawn = figure.locator(
      '.recharts-bar-rectangle path, path.recharts-rectangle, path.recharts-curve',
    );
    expect(await drawn.count(), chart).toBeGreaterThan(0);
    const shapes = await drawn.evaluateAll(
      (paths) => paths.filter((path) => (path.getAttribute('d') ?? '').length > 10).length,
    );
    expect(shapes, `${chart} draws non-empty paths`).toBeGreaterThan(0);
  }
  await expect(page.getByTestId('chart-squad-ratio')).toContainText('EWMA');
  await expect(page.getByTestId('chart-squad-ratio')).toContainText('adjustable');
  await expect(page.getByTestId('this-week-hint')).toContainText(
    /compares like with like|two full weeks before/,
  );

  await expect(tableRows(page)).toHaveCount(DEMO_ATHLETES);
  await app.chooseOption('Squad', "Women's first team");
  const count = page.getByText(/^\d+ athletes?$/);
  await expect(count).not.toHaveText(`${DEMO_ATHLETES} athletes`);
  const countText = await count.textContent();
  const squadCount = Number(countText?.split(' ')[0]);
  expect(squadCount).toBeGreaterThan(0);
  expect(squadCount).toBeLessThan(DEMO_ATHLETES);
  await expect(tableRows(page)).toHaveCount(squadCount);

  // This week's load: largest first on the first click, smallest first on the second.
  const header = page.getByRole('columnheader', { name: /This week/ });
  await page.getByRole('button', { name: 'Sort by This week (AU)' }).click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const descending = (await columnNumbers(page, 2)).map(Number);
  expect(descending).toEqual([...descending].sort((a, b) => b - a));
  await page.getByRole('button', { name: 'Sort by This week (AU)' }).click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const ascending = (await columnNumbers(page, 2)).map(Number);
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  expect(new Set(ascending).size).toBeGreaterThan(1);

  // A click on a row opens the athlete.
  const firstName = (await tableRows(page).first().locator('td').first().locator('a').textContent()) ?? '';
  await tableRows(page).first().locator('td').nth(4).click();
  await expect(page).toHaveURL(/#\/athletes\/[^/]+$/);
  await expect(page.getByRole('heading', { name: firstName, level: 2 })).toBeVisible();
});

test('shows 12, 26 or 52 weeks of bars, as total or per athlete', async ({ app, page }) => {
  await app.loadDemoTeam();
  await openTeamLoad(app);
  const weekly = page.getByTestId('chart-weekly-stimulus');
  const weekColumns = weekly.locator('.recharts-bar-background-rectangle');
  const bars = weekly.locator('.recharts-bar-rectangle');
  await expect(weekColumns).toHaveCount(12);
  const barsIn12 = await bars.count();

  await page.getByText('26 weeks', { exact: true }).click();
  await expect(weekColumns).toHaveCount(26);
  await expect.poll(() => bars.count()).toBeGreaterThan(barsIn12);
  await page.getByText('52 weeks', { exact: true }).click();
  await expect(weekColumns).toHaveCount(52);
  await expect(
    page.getByTestId('chart-stimulus-share').locator('.recharts-bar-background-rectangle'),
  ).toHaveCount(52);
  await expect(weekly).toContainText('No sessions before the week of');

  // The load axis' top tick: the squad total, then a 24th of it per athlete.
  const axisTop = () =>
    weekly
      .locator('.recharts-cartesian-axis-tick-value')
      .evaluateAll((ticks) =>
        Math.max(...ticks.map((tick) => Number(tick.textContent.replace(/,/g, ''))).filter(Number.isFinite)),
      );
  const totalTop = await axisTop();
  await page.getByText('Per athlete', { exact: true }).click();
  await expect(weekly).toContainText('mean per athlete');
  await expect(weekly).toContainText('AU per athlete');
  await expect.poll(axisTop).toBeLessThan(totalTop / 5);
});

test('says what to do when there is nobody to show', async ({ app, page }) => {
  await app.startEmpty();
  await app.nav('Team load').click();
  const empty = page.getByTestId('team-load-empty');
  await expect(empty).toContainText('No athletes yet');
  await expect(empty.getByRole('link', { name: 'Import a file' })).toBeVisible();
  await expect(empty.getByRole('link', { name: 'Load the demo team' })).toBeVisible();
  await app.screenshot('team-load-empty-en-1440x900');
});

test('screenshots in English and Dutch at 1440×900 and 1280×720', async ({ app, page }) => {
  test.setTimeout(120_000);
  await app.loadDemoTeam();
  for (const language of ['en', 'nl'] as const) {
    if (language === 'nl') {
      await app.nav('Settings').click();
      await page.getByText('Nederlands', { exact: true }).click();
      await app.nav('Teambelasting').click();
      await expect(page.getByRole('heading', { name: 'Teambelasting', level: 2 })).toBeVisible();
    } else {
      await openTeamLoad(app);
    }
    for (const size of [
      { width: 1440, height: 900 },
      { width: 1280, height: 720 },
    ]) {
      await page.setViewportSize(size);
      for (const chart of CHARTS) {
        await expect(page.getByTestId(chart).locator('svg.recharts-surface').first()).toBeVisible();
      }
      await expect(
        page.getByTestId('chart-squad-ratio').locator('path.recharts-curve').first(),
      ).toBeVisible();
      await app.screenshot(`team-load-${language}-${size.width}x${size.height}`);
    }
  }
});

/** The last Wednesday before today, as `YYYY-MM-DD` (local calendar). */
function lastWednesday(): string {
  const day = new Date();
  do day.setDate(day.getDate() - 1);
  while (day.getDay() !== 3);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

test('on a Wednesday the change compares Monday to Wednesday with the same days before, not full weeks', async ({
  app,
  page,
}) => {
  await app.loadDemoTeam();
  await openTeamLoad(app);
  const wednesday = lastWednesday();
  await page.goto(`index.html#/team-load?date=${wednesday}`);
  const hint = page.getByTestId('this-week-hint');
  // The worker computes the new date first (slow on a busy machine).
  await expect(hint).toContainText('3 of 7 days so far', { timeout: 60_000 });
  await expect(hint).toContainText('Monday to Wednesday of this week against the mean of the same days');
  await expect(tableRows(page)).toHaveCount(DEMO_ATHLETES);
  const changes = page.getByTestId('athlete-load-table').locator('tbody tr td:nth-child(3)');
  const texts = await changes.allTextContents();
  const percents = texts
    .filter((text) => text.includes('%'))
    .map((text) => Number(text.replace(/[,\s%+]/g, '').replace('−', '-')));
  expect(percents.length).toBeGreaterThan(DEMO_ATHLETES / 2);
  // Three days against seven read −43 % … −77 % for everyone; like with like, the squad's
  // steady training sits around no change.
  const sorted = [...percents].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  expect(median).toBeGreaterThan(-30);
  expect(median).toBeLessThan(30);
  // A rise from an almost empty base is "new load", never a four-digit percentage.
  expect(percents.every((percent) => percent <= 900)).toBe(true);
  await app.screenshot('team-load-wednesday-en');
});
