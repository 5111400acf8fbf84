import { expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  PRINT_ERROR_ATTRIBUTE,
  PRINT_READY_ATTRIBUTE,
  printRoutePath,
  toPlaywrightPdfOptions,
  type PdfLabels,
  type PrintRequest,
} from '../../../src/shared/print';

/** The app as a coach uses it: verbs, and elements found by role and label. */
export class CoachApp {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('./');
  }

  async loadDemoTeam(): Promise<void> {
    await this.open();
    await this.page.getByRole('button', { name: 'Load demo team' }).click();
    // With data, the app opens on Today.
    await expect(this.page.getByRole('heading', { name: 'Today', level: 2 })).toBeVisible({
      timeout: 30_000,
    });
  }

  async startEmpty(): Promise<void> {
    await this.open();
    await this.page.getByRole('button', { name: 'Start empty' }).click();
    await expect(this.page.getByRole('heading', { name: 'Athletes', level: 2 })).toBeVisible();
  }

  nav(name: string | RegExp): Locator {
    return this.page.getByRole('navigation').getByRole('link', { name });
  }

  /** Rows of every roster table (one table per squad); an athlete in two squads counts twice. */
  rosterRows(): Locator {
    return this.page.locator('table tbody tr');
  }

  async openAthlete(name: string): Promise<void> {
    await this.nav('Athletes').click();
    await this.page.getByRole('link', { name, exact: true }).first().click();
    await expect(this.page.getByRole('heading', { name, level: 2 })).toBeVisible();
  }

  async addAthlete(details: { name: string; position?: string; trainingAgeYears?: number }): Promise<void> {
    await this.nav('Athletes').click();
    await this.page.getByRole('button', { name: 'Add athlete' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Name').fill(details.name);
    if (details.position) await dialog.getByLabel('Position').fill(details.position);
    if (details.trainingAgeYears !== undefined) {
      await dialog.getByLabel('Training age (years)').fill(String(details.trainingAgeYears));
    }
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Fills the team-session header; the grid below is then typed by the test, as a coach would. */
  async openTeamSession(details: {
    squad: string;
    startTime: string;
    stimulus: string;
    durationMin: number;
  }): Promise<void> {
    await this.nav('Team session').click();
    // Today has a Squad filter too: choose only once the log page is on screen.
    await expect(this.page.getByRole('heading', { name: 'Log a team session', level: 2 })).toBeVisible();
    await this.chooseOption('Squad', details.squad);
    await this.page.getByLabel('Start time').fill(details.startTime);
    await this.chooseOption('Stimulus', details.stimulus);
    await this.page.getByLabel('Duration (min)', { exact: true }).fill(String(details.durationMin));
  }

  async chooseOption(combobox: string, option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: combobox }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** The athletes in the grid, in order, read from their RPE cells' labels. */
  async gridAthleteNames(): Promise<string[]> {
    const cells = this.page.getByRole('textbox', { name: /^RPE for / });
    await expect(cells.first()).toBeVisible();
    const labels = await cells.evaluateAll((cells) =>
      cells.map((cell) => cell.getAttribute('aria-label') ?? ''),
    );
    return labels.map((label) => label.replace(/^RPE for /, ''));
  }

  async importCsv(kind: 'Sessions' | 'Wellness check-ins', filePath: string): Promise<void> {
    await this.nav('Import').click();
    await this.page.getByText(kind, { exact: true }).click();
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByLabel('CSV file').click();
    await (await chooser).setFiles(filePath);
    await expect(this.page.getByText('Check before importing')).toBeVisible();
  }

  stat(label: string): Locator {
    return this.page.getByTestId(`stat-${label}`);
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: join('test-results', 'screenshots', `${name}.png`), fullPage: true });
  }

  /** The athlete page's charts, by their test ids (chart-load, chart-recovery, …). */
  static readonly ATHLETE_CHARTS = ['load', 'recovery', 'fitness', 'detraining', 'wellness', 'hrv'] as const;

  /** Opens an athlete from the roster and waits until their charts are on the page. */
  async openAthletePage(name: string): Promise<void> {
    await this.openAthlete(name);
    await expect(this.page.getByTestId('chart-load')).toBeVisible();
  }

  /** Chooses a period for the athlete charts: "4 weeks", "12 weeks", "Season" or "All". */
  async chooseChartRange(label: string): Promise<void> {
    await this.page.getByRole('radiogroup', { name: 'Period' }).getByText(label, { exact: true }).click();
  }

  /**
   * How many data shapes each athlete chart draws: line and area paths and the charts' own bar, dot
   * and span paths, each with a non-empty outline (bands, grid and axes do not count). A chart that
   * shows why it is empty counts 0.
   */
  async athleteChartShapes(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const name of CoachApp.ATHLETE_CHARTS) {
      counts[name] = await this.page.getByTestId(`chart-${name}`).evaluate((chart) => {
        const shapes = chart.querySelectorAll('svg path.recharts-curve, svg path[data-shape]');
        return [...shapes].filter((path) => /\d/.test(path.getAttribute('d') ?? '')).length;
      });
    }
    return counts;
  }

  /** Sets the RPE of the session in row `row` (0 = newest) of the athlete's sessions table and saves. */
  async editSessionRpe(row: number, rpe: string): Promise<void> {
    const rows = this.page.getByRole('table', { name: 'Recent sessions' }).locator('tbody tr');
    await rows
      .nth(row)
      .getByRole('button', { name: /^Edit the session of / })
      .click();
    const dialog = this.page.getByRole('dialog', { name: 'Edit session' });
    await dialog.getByLabel('RPE (0–10)').fill(rpe);
    await dialog.getByRole('button', { name: 'Save' }).click();
  }

  /** Opens the Planner on a squad and waits for its week view (the squad needs a season). */
  async openPlanner(squad: string): Promise<void> {
    await this.nav('Planner').click();
    await expect(this.page.getByRole('heading', { name: 'Planner', level: 2 })).toBeVisible();
    await this.chooseOption('Squad', squad);
    await expect(this.page.getByRole('combobox', { name: 'Squad' })).toHaveValue(squad);
    await expect(this.page.getByTestId('week-planner')).toBeVisible();
  }

  /** Opens the return-ramp dialog of an athlete listed as returning from a break; returns the dialog. */
  async openReturnRamp(athleteId: string): Promise<Locator> {
    await this.page.getByTestId(`plan-ramp-${athleteId}`).click();
    const dialog = this.page.getByRole('dialog', { name: /^Return-to-training ramp: / });
    await expect(dialog.getByTestId('ramp-weeks')).toBeVisible();
    return dialog;
  }

  /** Adds the open return-ramp dialog's sessions to the plan and waits for the dialog to close. */
  async addReturnRampToPlan(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: 'Add to plan' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByText(/return-ramp sessions? added for /)).toBeVisible();
  }

  /** Opens an athlete's page by id and waits until their charts are on the page. */
  async openAthletePageById(athleteId: string): Promise<void> {
    await this.page.goto(`./#/athletes/${athleteId}`);
    await expect(this.page.getByTestId('chart-load')).toBeVisible();
  }

  /** The dashed projection paths (the plan after today) drawn in one athlete chart. */
  projectionPaths(chart: string): Locator {
    return this.page
      .getByTestId(`chart-${chart}`)
      .locator('.projection-line path.recharts-curve[stroke-dasharray]');
  }

  /**
   * Exports a plan as the app does (ARCHITECTURE.md, "PDF"): opens its print route, waits until the
   * route says it is drawn (or fails with the route's own error), then prints it with the shared
   * PDF options (those Electron's printToPDF gets). Writes the PDF to `path` and returns its bytes.
   */
  async exportPlanPdf(request: PrintRequest, labels: PdfLabels, path: string): Promise<Buffer> {
    await this.page.goto(`index.html#${printRoutePath(request)}`);
    const outcome = await this.page.waitForFunction(
      ([ready, error]) =>
        document.documentElement.getAttribute(error) ??
        (document.documentElement.getAttribute(ready) === 'true' ? 'ready' : null),
      [PRINT_READY_ATTRIBUTE, PRINT_ERROR_ATTRIBUTE] as const,
      { timeout: 30_000 },
    );
    expect(await outcome.jsonValue(), 'the print route').toBe('ready');
    const pdf = await this.page.pdf(toPlaywrightPdfOptions(labels));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, pdf);
    return pdf;
  }

  /** Switches the app to Dutch in Settings, as a coach does. */
  async chooseDutch(): Promise<void> {
    await this.page.goto('index.html#/settings');
    await this.page.getByText('Nederlands', { exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Instellingen' })).toBeVisible();
  }
}
