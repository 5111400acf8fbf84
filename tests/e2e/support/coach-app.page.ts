import { expect, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';

/** The app as a coach uses it: verbs, and elements found by role and label. */
export class CoachApp {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('./');
  }

  async loadDemoTeam(): Promise<void> {
    await this.open();
    await this.page.getByRole('button', { name: 'Load demo team' }).click();
    await expect(this.page.getByRole('heading', { name: 'Athletes', level: 2 })).toBeVisible({ timeout: 30_000 });
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
}
