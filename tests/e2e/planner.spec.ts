import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';

/** The edit dialog of a planned session. */
function sessionDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Edit planned session' });
}

test('a season from templates: moving the run to 11:00 after 08:00 strength warns, 15:00 clears it; in Dutch too', async ({
  app,
  page,
}) => {
  // A whole season planned, checked and read in two languages: long, not slow (speed is the bench's job).
  test.setTimeout(180_000);
  await app.loadDemoTeam();
  await app.nav('Planner').click();
  await expect(page.getByRole('heading', { name: 'Planner', level: 2 })).toBeVisible();

  // A new season for the first demo squad, filled from the default templates (6 + 4 + 4 + 2 weeks).
  await page.getByTestId('new-season').first().click();
  const newSeason = page.getByRole('dialog');
  await expect(newSeason.getByTestId('new-season-outcome')).toContainText('16 weeks');
  await newSeason.getByRole('button', { name: 'Create season' }).click();
  await expect(newSeason).toBeHidden();
  await expect(page.getByTestId('timeline-block')).toHaveCount(4);
  await expect(page.getByTestId('planned-session').first()).toBeVisible();

  // Week 11 is the first week of the concurrent block: strength 08:00–09:00 and the run at 16:00 on Monday.
  await page.getByTestId('timeline-week').nth(10).click();
  await expect(page.getByTestId('week-title')).toContainText('Week');
  const monday = page.getByTestId('week-day').first();
  await expect(monday.getByTestId('planned-session')).toHaveCount(2);
  await expect(page.locator('[data-testid="planned-session"][data-warning="strong"]')).toHaveCount(0);

  await monday.getByRole('button', { name: /^Edit Aerobic run at 16:00/ }).click();
  const dialog = sessionDialog(page);
  await dialog.getByLabel('Start time').fill('11:00');
  const draftWarning = dialog.getByTestId('draft-warning').filter({ hasText: 'apart' });
  await expect(draftWarning).toHaveAttribute('data-rule', 'interference-gap');
  // The templates are scaled to the squad's chronic load, so the strength session's length (and the
  // gap and the proposed time) follow the demo squad's load: read the proposed time from the fix.
  await expect(draftWarning).toContainText(/Strength and Endurance only [\d.]+ h apart \(at least 6 h\)/);
  await expect(draftWarning).toContainText(/Move “Aerobic run” to \d\d:\d\d or later/);
  const proposed = /to (\d\d:\d\d) or later/.exec((await draftWarning.textContent()) ?? '')?.[1] ?? '';
  expect(proposed).toMatch(/^1[4-7]:\d\d$/);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  // Saved: the panel lists it with the sessions involved, and both cards are marked.
  const panelWarning = page.getByTestId('plan-warning').filter({ hasText: /only [\d.]+ h apart/ });
  await expect(panelWarning).toHaveAttribute('data-severity', 'strong');
  await expect(panelWarning).toContainText('Lower-body strength');
  await expect(panelWarning).toContainText('Applies to the whole squad');
  await expect(monday.locator('[data-testid="planned-session"][data-warning="strong"]')).toHaveCount(2);
  await panelWarning.getByRole('button', { name: 'Rule and source' }).click();
  await expect(page.getByRole('dialog', { name: 'Strength and endurance too close' })).toContainText(
    'Robineau',
  );
  await page
    .getByRole('dialog', { name: 'Strength and endurance too close' })
    .getByRole('button', { name: 'Close' })
    .click();
  await app.screenshot('planner-warning-en-1440x900');

  // The proposed time is 6 h after the strength session ends: no warning, in the dialog nor on the page.
  await monday.getByRole('button', { name: /^Edit Aerobic run at 11:00/ }).click();
  await dialog.getByLabel('Start time').fill(proposed);
  await expect(dialog.getByTestId('draft-ok')).toBeVisible();
  await expect(dialog.getByTestId('draft-warning')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('plan-warning').filter({ hasText: 'apart' })).toHaveCount(0);
  await expect(monday.locator('[data-testid="planned-session"][data-warning="none"]')).toHaveCount(2);
  await expect(page.getByTestId('projection-chart').locator('.projection-line').first()).toBeVisible();
  await app.screenshot('planner-en-1440x900');

  // Dutch labels.
  await app.nav('Settings').click();
  await page.getByText('Nederlands', { exact: true }).click();
  await app.nav('Planning').click();
  await expect(page.getByRole('heading', { name: 'Planning', level: 2 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Controles van de planning' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Gepland tegenover gedaan' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Training toevoegen', exact: true })).toBeVisible();
  await expect(page.getByTestId('week-day').first()).toContainText('ma');
  await app.screenshot('planner-nl-1440x900');
});
