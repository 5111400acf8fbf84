import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';

/** The first demo squad (athletes are spread round-robin over the two). */
const SQUAD = "Women's first team";

/** Words of an element's text that the browser split over two lines although they fit on one. */
async function brokenWords(element: Locator): Promise<string[]> {
  return element.evaluate((node) => {
    const broken: string[] = [];
    const width = node.getBoundingClientRect().width;
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const content = text.textContent ?? '';
      for (const match of content.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (lines.size > 1 && range.getBoundingClientRect().width < width) broken.push(match[0]);
      }
    }
    return broken;
  });
}

/** True when an element's content is wider than its box (cut or ellipsed). */
async function isCut(element: Locator): Promise<boolean> {
  return element.evaluate((node) => node.scrollWidth > node.clientWidth + 1);
}

async function createDefaultSeason(page: Page): Promise<void> {
  await page.getByTestId('new-season').first().click();
  const dialog = page.getByRole('dialog');
  // The demo squad has months of history: the templates are scaled to its chronic load, and it says so.
  await expect(dialog.getByTestId('template-scale-note')).toContainText(/Loads scaled ×\d/);
  await expect(dialog.getByTestId('template-scale-note')).toContainText('AU a week');
  // The demo's seasons are club-wide: a new season over the same weeks is flagged.
  await expect(dialog.getByText('club-wide')).toBeVisible();
  await dialog.getByRole('button', { name: 'Create season' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('timeline-block')).toHaveCount(4);
}

test('planner layout: whole words on week cards, block dates not cut, the season select names its months once and fits, weeks numbered both ways; in Dutch too', async ({
  app,
  page,
}) => {
  // A whole season planned, checked and read in two languages: long, not slow (speed is the bench's job).
  test.setTimeout(180_000);
  await app.loadDemoTeam();
  await app.openPlanner(SQUAD);
  await createDefaultSeason(page);

  // The last block is the two-week taper: its dates are whole.
  const dates = page.getByTestId('block-dates');
  await expect(dates).toHaveCount(4);
  for (const line of await dates.all())
    expect(await isCut(line), (await line.textContent()) ?? '').toBe(false);

  // Week 1 of the endurance base: "Maintenance strength" is not split inside a word.
  await page.getByTestId('timeline-week').first().click();
  await expect(page.getByTestId('week-title')).toContainText(/^Week 1 of 16 · W\d+ · /);
  const titles = page.getByTestId('week-day').getByRole('button', { name: /^Edit / });
  await expect(titles.first()).toBeVisible();
  for (const title of await titles.all()) expect(await brokenWords(title)).toEqual([]);

  const select = page.getByTestId('season-select');
  const label = await select.inputValue();
  const monthYears = (text: string) => text.match(/(?<!\p{L})\p{L}{3}\.? \d{4}/gu)?.length ?? 0;
  expect(monthYears(label)).toBeLessThanOrEqual(2);
  // Every season, the demo's "Season Aug 2026 – Dec 2026" too, names its months once.
  await select.click();
  const options = await page.getByRole('option').allTextContents();
  expect(options.length).toBeGreaterThan(1);
  for (const option of options) expect(monthYears(option), option).toBeLessThanOrEqual(2);
  await page.keyboard.press('Escape');
  expect(await isCut(select)).toBe(false);
  await app.screenshot('planner-fixes-en-1440x900');

  await app.chooseDutch();
  await app.nav('Planning').click();
  await expect(page.getByTestId('week-planner')).toBeVisible();
  const selectNl = page.getByTestId('season-select');
  await expect(selectNl).not.toHaveValue('');
  expect(await isCut(selectNl)).toBe(false);
  for (const line of await page.getByTestId('block-dates').all())
    expect(await isCut(line), (await line.textContent()) ?? '').toBe(false);
  await app.screenshot('planner-fixes-nl-1440x900');
});

test('Esc in the planned-session date picker closes only the picker and keeps what was typed', async ({
  app,
  page,
}) => {
  await app.loadDemoTeam();
  await app.openPlanner(SQUAD);
  await page.getByRole('button', { name: 'Add session', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a planned session' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Title').fill('Speed endurance');
  const date = dialog.getByLabel('Date');
  await date.click();
  const calendar = page.locator('.mantine-DateInput-dropdown, .mantine-Popover-dropdown').last();
  await expect(calendar).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(calendar).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Title')).toHaveValue('Speed endurance');
  // With the calendar closed, Esc closes the dialog as usual.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
