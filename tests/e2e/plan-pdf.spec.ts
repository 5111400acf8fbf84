import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../src/shared/model';
import { addDays, daysBetween, isoWeekday } from '../../src/shared/time/local-date';
import type { PrintRequest } from '../../src/shared/print';
import { printTexts } from '../../src/renderer/src/print/texts';
import { buildPdfLabels, type PrintTranslate } from '../../src/renderer/src/print/pdf-labels';
import { formatDateRange } from '../../src/renderer/src/print/print-format';
import type { PlannedSeasonResult } from '../../src/renderer/src/bench/planned-season';
import { test, expect, type Page } from './support/fixtures';
import type { CoachApp } from './support/coach-app.page';

/**
 * The plan's PDF as ARCHITECTURE.md ("PDF") has it tested: the print route printed by headless
 * Chromium with the same options Electron's printToPDF gets, then read back with Debian's
 * poppler-utils. Page images land in test-results/pdf-pages/ for a person to look at.
 */

const PDF_DIR = join('test-results', 'plan-pdf');
const PAGES_DIR = join('test-results', 'pdf-pages');
/** A smaller demo team than the bench's: the PDF needs a squad and some history, not three seasons. */
const TEAM = { athleteCount: 24, historyDays: 180 } as const;
const SEASON_WEEKS = 16;

function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The Monday after today: the season is all plan, so every plan check applies. */
function nextMonday(today: string): string {
  return addDays(today, 8 - isoWeekday(today));
}

/** The print texts filled as i18next fills them ({{name}}), in one language. */
function translator(language: Language): PrintTranslate {
  const texts: Record<string, string> = printTexts[language];
  return (key, values = {}) =>
    (texts[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}

/** Seeds a demo team and a 16-week planned season through the app's own code (the bench page). */
async function seedSeason(page: Page, language: Language): Promise<PlannedSeasonResult> {
  await page.goto('bench.html');
  await page.waitForSelector('body[data-ready="true"]');
  const today = localToday();
  await page.evaluate(([date, team]) => window.coachBench?.seedAppDatabase(date, team), [
    today,
    TEAM,
  ] as const);
  const seeded = await page.evaluate((options) => window.coachBench?.seedPlannedSeason(options), {
    startDate: nextMonday(today),
    weeks: SEASON_WEEKS,
    language,
  });
  if (!seeded) throw new Error('The bench page did not seed the season');
  return seeded;
}

interface PrintedPdf {
  text: string;
  pages: number;
}

/** Prints `request`, reads the PDF back with pdftotext and pdfinfo, and saves its pages as PNGs. */
async function exportAndRead(
  app: CoachApp,
  request: PrintRequest,
  name: string,
  subject: { language: Language; squadName: string; seasonName: string; athleteName?: string },
): Promise<PrintedPdf> {
  const { language, ...names } = subject;
  const labels = buildPdfLabels(translator(language), language, { ...names, exportDate: localToday() });
  const path = join(PDF_DIR, `${name}.pdf`);
  await app.exportPlanPdf(request, labels, path);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  mkdirSync(PAGES_DIR, { recursive: true });
  for (const file of readdirSync(PAGES_DIR).filter((file) => file.startsWith(`${name}-`)))
    rmSync(join(PAGES_DIR, file));
  execFileSync('pdftoppm', ['-png', '-r', '60', path, join(PAGES_DIR, name)]);
  for (const file of readdirSync(PAGES_DIR)
    .filter((file) => file.startsWith(`${name}-`))
    .sort())
    await test.info().attach(file, { path: join(PAGES_DIR, file), contentType: 'image/png' });
  // pdftotext -layout pads columns with runs of spaces: one space is enough to find a phrase.
  return { text: text.replace(/[ \t]+/g, ' '), pages };
}

/** The Mondays of the weeks from `from` to `to` (both Mondays), with the week's date range as printed. */
function weekRanges(from: string, to: string, language: Language): string[] {
  const weeks = daysBetween(from, to) / 7 + 1;
  return Array.from({ length: weeks }, (_, index) => {
    const monday = addDays(from, index * 7);
    return formatDateRange(monday, addDays(monday, 6), language);
  });
}

test('a 16-week season prints as an overview and one page per week', async ({ app, page }) => {
  const season = await seedSeason(page, 'en');
  const { text, pages } = await exportAndRead(app, { kind: 'season', seasonId: season.seasonId }, 'season', {
    language: 'en',
    squadName: season.squadName,
    seasonName: season.seasonName,
  });

  expect(pages).toBe(1 + SEASON_WEEKS);
  expect(text).toContain(season.squadName);
  expect(text).toContain('Season plan');
  expect(text).toContain(`Page 1 of ${1 + SEASON_WEEKS}`);
  expect(text).toContain(`Page ${1 + SEASON_WEEKS} of ${1 + SEASON_WEEKS}`);
  const ranges = weekRanges(season.startDate, addDays(season.endDate, -6), 'en');
  expect(ranges).toHaveLength(SEASON_WEEKS);
  for (const range of ranges) expect(text).toContain(range);
  for (const title of season.sessionTitles) expect(text).toContain(title);
  for (const block of season.blocks) expect(text).toContain(block.name);
  // The coach's acknowledged warning is printed with their note; open ones are marked as such.
  expect(season.acknowledgedWarningIds.length).toBeGreaterThan(0);
  expect(text).toContain('Agreed with the physio');
  expect(text).toContain('Not acknowledged');
});

test('a block prints as an overview and one page per week of the block', async ({ app, page }) => {
  const season = await seedSeason(page, 'en');
  const block = season.blocks[1];
  if (!block) throw new Error('The season has no second block');
  const { text, pages } = await exportAndRead(app, { kind: 'block', blockId: block.id }, 'block', {
    language: 'en',
    squadName: season.squadName,
    seasonName: season.seasonName,
  });

  const ranges = weekRanges(block.startDate, addDays(block.endDate, -6), 'en');
  expect(pages).toBe(1 + ranges.length);
  expect(text).toContain('Block plan');
  expect(text).toContain(block.name);
  expect(text).toContain(season.squadName);
  for (const range of ranges) expect(text).toContain(range);
  expect(text).toContain(`Page 1 of ${1 + ranges.length}`);
});

test("an athlete's return ramp prints as their own plan", async ({ app, page }) => {
  const season = await seedSeason(page, 'en');
  const athlete = season.rampAthlete;
  const request: PrintRequest = { kind: 'athlete', athleteId: athlete.id, seasonId: season.seasonId };
  const { text, pages } = await exportAndRead(app, request, 'athlete', {
    language: 'en',
    squadName: season.squadName,
    seasonName: season.seasonName,
    athleteName: athlete.name,
  });

  const ranges = weekRanges(athlete.firstWeek, athlete.lastWeek, 'en');
  expect(pages).toBe(1 + ranges.length);
  expect(text).toContain('Training plan');
  expect(text).toContain(athlete.name);
  for (const range of ranges) expect(text).toContain(range);
  expect(text).toContain(`Page 1 of ${1 + ranges.length}`);
});

test('in Dutch the PDF speaks Dutch', async ({ app, page }) => {
  const season = await seedSeason(page, 'nl');
  await app.chooseDutch();
  const { text, pages } = await exportAndRead(
    app,
    { kind: 'season', seasonId: season.seasonId },
    'season-nl',
    {
      language: 'nl',
      squadName: season.squadName,
      seasonName: season.seasonName,
    },
  );

  expect(pages).toBe(1 + SEASON_WEEKS);
  expect(text).toContain('Seizoensplan');
  expect(text).toContain('Geplande belasting per week en prikkel');
  expect(text).toContain(`Pagina 1 van ${1 + SEASON_WEEKS}`);
  expect(text).not.toContain('Page 1 of');
  for (const range of weekRanges(season.startDate, addDays(season.endDate, -6), 'nl'))
    expect(text).toContain(range);
  for (const title of season.sessionTitles) expect(text).toContain(title);
});

test('the print route says so when the season does not exist', async ({ app, page }) => {
  await app.startEmpty();
  await page.goto('index.html#/print/season/no-such-season');
  await expect(page.locator('html')).toHaveAttribute(
    'data-print-error',
    /no season with id “no-such-season”/,
  );
  await expect(page.getByRole('alert')).toContainText('There is no season');
  await expect(page.locator('html')).not.toHaveAttribute('data-print-ready', 'true');
});
