// `npm run bench`: speed and memory figures, one JSON object per line:
//   {"bench": name, "value": number, "unit": ..., "target": number, "ok": bool}
// (target and ok are null for a figure shown only for context, such as a wall time.)
// Runs against the built renderer in Debian's Chromium with its real IndexedDB (the same browser
// the e2e tests use). The build is `electron-vite build --mode bench`, the only one with bench.html
// (a plain build, the one that is packaged, leaves it out). `--no-build` reuses out/ as it is.
// The metrics engine and the planner are measured in Node (scripts/bench-metrics.ts), one child
// process per part (team, planner, club) so the club's peak RSS is its own. `--only metrics` runs just those (no build, no browser);
// `--only browser` just the browser benches; `--only pdf` just the plan's PDF (build, browser);
// `--only readiness` how often the readiness board flags athletes (PMData, the demo morning).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const PORT = Number(process.env.BENCH_PORT ?? 4791);
const BASE = `http://127.0.0.1:${PORT}/`;
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const RUNS = 5;
const PARTS = ['browser', 'metrics', 'pdf', 'readiness'];

/** The parts to run: all, or the one named by `--only <part>`. */
function selectedParts() {
  const at = process.argv.indexOf('--only');
  if (at === -1) return PARTS;
  const part = process.argv[at + 1];
  if (!PARTS.includes(part))
    throw new Error(`--only: expected one of ${PARTS.join(', ')}, found ${part ?? 'nothing'}`);
  return [part];
}

function report(bench, value, unit, target, isHigherBetter) {
  const rounded = Math.round(value * 10) / 10;
  const ok = target === null ? null : isHigherBetter ? value >= target : value <= target;
  console.log(JSON.stringify({ bench, value: rounded, unit, target, ok }));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function build() {
  const cli = join(
    dirname(createRequire(import.meta.url).resolve('electron-vite/package.json')),
    'bin',
    'electron-vite.js',
  );
  const result = spawnSync(process.execPath, [cli, 'build', '--mode', 'bench'], {
    cwd: projectRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error('Build failed');
}

async function startServer() {
  const server = spawn(
    process.execPath,
    [join(projectRoot, 'scripts', 'web.mjs'), '--no-build', '--port', String(PORT)],
    {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => String(chunk).includes('running at') && resolve());
    server.on('exit', (code) => reject(new Error(`web server exited with ${code}`)));
  });
  return server;
}

function localToday() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function benchImport(page) {
  const results = [];
  for (let run = 0; run < 3; run += 1) {
    results.push(await page.evaluate((today) => window.coachBench.benchImport(today), localToday()));
  }
  const importRate = median(results.map((r) => (r.rows / r.importMs) * 1000));
  const rawRate = median(results.map((r) => (r.rawRows / r.rawMs) * 1000));
  if (results.some((r) => r.rejected > 0)) throw new Error('The generated CSV had rejected rows');
  // Parsing happens when the coach picks the file (the report), before "Import" is pressed.
  report('csv.parse_sessions_60x3y.ms', median(results.map((r) => r.parseMs)), 'ms', 1000, false);
  report('db.import_sessions_60x3y.rows_per_s', importRate, 'rows/s', 20_000, true);
  report('db.bulkadd_raw.rows_per_s', rawRate, 'rows/s', 20_000, true);
}

/** Time from clicking "Athletes" in the navigation until every roster row is on screen. */
async function benchRoster(page, athleteCount) {
  const timings = [];
  for (let run = 0; run < RUNS; run += 1) {
    await page.goto(`${BASE}index.html#/settings`);
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    timings.push(
      await page.evaluate(async (expectedRows) => {
        const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent === 'Athletes');
        const started = performance.now();
        link.click();
        await new Promise((resolve) => {
          const check = () =>
            document.querySelectorAll('table tbody tr').length >= expectedRows
              ? resolve()
              : requestAnimationFrame(check);
          check();
        });
        return performance.now() - started;
      }, athleteCount),
    );
  }
  report('ui.roster_60.ms', median(timings), 'ms', 300, false);
}

/** Defines window.__waitForCount(selector, count) in the page: resolves when `count` elements match (checked every frame). */
async function installWaitForCount(page) {
  await page.evaluate(() => {
    window.__waitForCount = (selector, count) =>
      new Promise((resolve) => {
        const check = () =>
          document.querySelectorAll(selector).length === count ? resolve() : requestAnimationFrame(check);
        check();
      });
  });
}

/**
 * Today with 60 athletes × 3 seasons. First open: a fresh app load straight onto Today (boot, worker
 * start, reading the database, computing, drawing). Navigation: the app already open (the team
 * service starts with it), from the Athletes screen to every Today row on screen.
 */
async function benchToday(page, seeded) {
  const firstOpen = [];
  const navigation = [];
  const squadSwitch = [];
  for (let run = 0; run < RUNS; run += 1) {
    // Another document first, so that index.html really loads afresh (a hash change would not).
    await page.goto(`${BASE}bench.html`);
    await page.goto(`${BASE}index.html#/today`);
    await installWaitForCount(page);
    firstOpen.push(
      await page.evaluate(async (count) => {
        await window.__waitForCount('[data-testid="today-row"]', count);
        return performance.now();
      }, seeded.athletes),
    );
    await page.getByRole('navigation').getByRole('link', { name: 'Athletes' }).click();
    await page.getByRole('heading', { name: 'Athletes', level: 2 }).waitFor();
    navigation.push(
      await page.evaluate(async (count) => {
        const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent === 'Today');
        const started = performance.now();
        link.click();
        await window.__waitForCount('[data-testid="today-row"]', count);
        return performance.now() - started;
      }, seeded.athletes),
    );
    const [squadName, squadSize] = Object.entries(seeded.squadSizes)[
      run % Object.keys(seeded.squadSizes).length
    ];
    await page.getByRole('combobox', { name: 'Squad' }).click();
    await page.getByRole('option', { name: squadName, exact: true }).waitFor();
    squadSwitch.push(
      await page.evaluate(
        async ({ name, size }) => {
          const option = [...document.querySelectorAll('[role="option"]')].find(
            (element) => element.textContent === name,
          );
          const started = performance.now();
          option.click();
          await window.__waitForCount('[data-testid="today-row"]', size);
          await new Promise((resolve) => requestAnimationFrame(resolve));
          return performance.now() - started;
        },
        { name: squadName, size: squadSize },
      ),
    );
  }
  report('ui.today_60x3y.ms', median(navigation), 'ms', 500, false);
  report('ui.today_60x3y.first_open_ms', median(firstOpen), 'ms', null, false);
  report('ui.squad_switch.ms', median(squadSwitch), 'ms', 100, false);
}

/**
 * Opening an athlete with 3 seasons from Today (the app open and settled), until all six charts
 * have drawn their data, at the default range (12 weeks) and at "All" (1,095 days, downsampled).
 */
async function benchAthletePage(page) {
  const charts = ['load', 'recovery', 'fitness', 'detraining', 'wellness', 'hrv'];
  const opening = [];
  const allRange = [];
  for (let run = 0; run < RUNS; run += 1) {
    await page.goto(`${BASE}bench.html`);
    await page.goto(`${BASE}index.html#/today`);
    await installWaitForCount(page);
    await page.getByTestId('today-row').first().waitFor();
    await page.evaluate((names) => {
      window.__chartsDrawn = () =>
        new Promise((resolve) => {
          // Drawn: a data path with coordinates, or the sentence that says why there is none (an
          // athlete without an HRV device).
          const isDrawn = (name) =>
            document.querySelector(`[data-testid="chart-${name}"] [data-empty-reason]`) !== null ||
            [
              ...document.querySelectorAll(
                `[data-testid="chart-${name}"] svg path.recharts-curve, [data-testid="chart-${name}"] svg path[data-shape]`,
              ),
            ].some((path) => /\d/.test(path.getAttribute('d') ?? ''));
          const check = () => (names.every(isDrawn) ? resolve() : requestAnimationFrame(check));
          check();
        });
    }, charts);
    opening.push(
      await page.evaluate(async (index) => {
        const link = document.querySelectorAll('[data-testid="today-row"] a[href*="/athletes/"]')[index];
        const started = performance.now();
        link.click();
        await window.__chartsDrawn();
        return performance.now() - started;
      }, run),
    );
    allRange.push(
      await page.evaluate(async () => {
        const group = document.querySelector('[role="radiogroup"][aria-label="Period"]');
        const all = [...group.querySelectorAll('label')].find((label) => label.textContent === 'All');
        const before = document.querySelector('[data-testid="chart-range-caption"]')?.textContent;
        const started = performance.now();
        all.click();
        await new Promise((resolve) => {
          const check = () =>
            document.querySelector('[data-testid="chart-range-caption"]')?.textContent !== before
              ? resolve()
              : requestAnimationFrame(check);
          check();
        });
        await window.__chartsDrawn();
        await new Promise((resolve) => requestAnimationFrame(resolve));
        return performance.now() - started;
      }),
    );
  }
  report('ui.athlete_page_3y.ms', median(opening), 'ms', 400, false);
  report('ui.athlete_page_3y.all_range_ms', median(allRange), 'ms', null, false);
}

/**
 * 1,000 athletes (one season each): the longest main-thread task (PerformanceObserver 'longtask')
 * from clicking Today until every row is drawn, while the worker reads and computes the club.
 */
async function benchLongestTask(browser) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  let page = await context.newPage();
  await page.goto(`${BASE}bench.html`);
  await page.waitForSelector('body[data-ready="true"]');
  const seeding = page;
  const club = await seeding.evaluate((today) => window.coachBench.seedClubDatabase(today), localToday());
  // A new tab for the app: the seeding tab's garbage (770,000 generated rows) must not be collected
  // during the measurement and counted as the app's long task.
  page = await context.newPage();
  await seeding.close();
  await page.goto(`${BASE}index.html#/settings`);
  await page.getByRole('heading', { name: 'Settings', level: 2 }).waitFor();
  await installWaitForCount(page);
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  const result = await page.evaluate(async (count) => {
    const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent === 'Today');
    const started = performance.now();
    link.click();
    await window.__waitForCount('[data-testid="today-row"]', count);
    const allRowsMs = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 500));
    const during = window.__longTasks.filter((task) => task.start >= started);
    return {
      allRowsMs,
      longestMs: Math.max(0, ...during.map((task) => task.duration)),
      longTasks: during.length,
    };
  }, club.athletes);
  await context.close();
  report('ui.longest_task_1000.ms', result.longestMs, 'ms', 100, false);
  report('ui.today_1000.all_rows_ms', result.allRowsMs, 'ms', null, false);
  report('ui.today_1000.long_tasks', result.longTasks, 'tasks', null, false);
}

/** The Monday after `today` (a season planned from next week: every session is still plan). */
function mondayAfter(today) {
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 8 - (date.getUTCDay() || 7));
  return date.toISOString().slice(0, 10);
}

/**
 * The plan of a 16-week season as PDF (ARCHITECTURE.md, "PDF"), for the largest squad of the
 * 60-athlete, three-season team (the plan checks read every athlete's year of history): from
 * navigating to the print route (a fresh document) until page.pdf() resolves with the app's own PDF
 * options, as Electron's hidden window does it. The season comes from the planner's own builder.
 */
async function benchPdf(page, seeded) {
  await page.goto(`${BASE}bench.html`);
  await page.waitForSelector('body[data-ready="true"]');
  const [squadName] = Object.entries(seeded.squadSizes).sort((a, b) => b[1] - a[1])[0];
  const season = await page.evaluate((options) => window.coachBench.seedPlannedSeason(options), {
    squadName,
    weeks: 16,
    startDate: mondayAfter(localToday()),
  });
  const options = await page.evaluate((labels) => window.coachBench.planPdfOptions(labels), {
    header: `${season.squadName} · ${season.seasonName}`,
    footerLeft: 'Exported',
    pageOf: 'Page {page} of {pages}',
  });
  const timings = [];
  for (let run = 0; run < 3; run += 1) {
    await page.goto(`${BASE}bench.html`);
    const started = performance.now();
    await page.goto(`${BASE}index.html#/print/season/${encodeURIComponent(season.seasonId)}`);
    const outcome = await page.waitForFunction(
      () =>
        document.documentElement.getAttribute('data-print-error') ??
        (document.documentElement.getAttribute('data-print-ready') === 'true' ? 'ready' : null),
      null,
      { timeout: 60_000 },
    );
    const state = await outcome.jsonValue();
    if (state !== 'ready') throw new Error(`The print route did not draw: ${state}`);
    const pdf = await page.pdf(options);
    timings.push(performance.now() - started);
    const pages = String(pdf).match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    if (pages !== 17) throw new Error(`Expected 17 pages (overview + 16 weeks), found ${pages}`);
  }
  report('pdf.season_16w.ms', median(timings), 'ms', 3000, false);
}

/** Opens the bench page, seeds the 60-athlete team and times the PDF alone (`--only pdf`). */
async function benchPdfOnly(browser) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${BASE}bench.html`);
  await page.waitForSelector('body[data-ready="true"]');
  const seeded = await page.evaluate((today) => window.coachBench.seedAppDatabase(today), localToday());
  await benchPdf(page, seeded);
}

/** Runs a Node bench script with tsx in a fresh process; its JSON lines go straight to stdout. */
function runNodeBench(scriptName, ...args) {
  const tsx = join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'cli.mjs');
  const script = join(projectRoot, 'scripts', scriptName);
  const result = spawnSync(process.execPath, [tsx, '--tsconfig', 'tsconfig.node.json', script, ...args], {
    cwd: projectRoot,
    stdio: 'inherit',
    // gc() between timed runs (see bench-metrics.ts).
    env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc`.trim() },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${scriptName} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
  }
}

function benchMetrics() {
  runNodeBench('bench-metrics.ts', 'team');
  runNodeBench('bench-metrics.ts', 'planner');
  runNodeBench('bench-metrics.ts', 'club');
}

/** With --no-build, out/ must be a bench build: say how to make one rather than time a 404. */
function checkBenchPage() {
  if (existsSync(join(projectRoot, 'out', 'renderer', 'bench.html'))) return;
  throw new Error('out/renderer has no bench.html: build with `npx electron-vite build --mode bench`.');
}

async function benchBrowser(isPdfOnly = false) {
  if (!process.argv.includes('--no-build')) build();
  checkBenchPage();
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    if (isPdfOnly) {
      await benchPdfOnly(browser);
      return;
    }
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${BASE}bench.html`);
    await page.waitForSelector('body[data-ready="true"]');
    await benchImport(page);
    const seeded = await page.evaluate((today) => window.coachBench.seedAppDatabase(today), localToday());
    await benchRoster(page, seeded.athletes);
    await benchToday(page, seeded);
    await benchAthletePage(page);
    await benchPdf(page, seeded);
    await benchLongestTask(browser);
  } finally {
    await browser.close();
    server.kill();
  }
}

async function main() {
  const parts = selectedParts();
  if (parts.includes('browser')) await benchBrowser();
  else if (parts.includes('pdf')) await benchBrowser(true);
  if (parts.includes('metrics')) benchMetrics();
  if (parts.includes('readiness')) runNodeBench('bench-readiness.ts');
}

await main();
