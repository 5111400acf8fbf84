import { test, expect } from './support/fixtures';

test('first run offers the demo team, which lists 24 athletes in two squads', async ({ app, page }) => {
  await app.open();
  await expect(page.getByRole('heading', { name: 'Welcome to your coach dashboard' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start empty' })).toBeVisible();
  await app.screenshot('welcome-en');
  await app.loadDemoTeam();
  await app.nav('Athletes').click();
  await expect(page.getByText('24 athletes', { exact: true })).toBeVisible();
  const tables = page.getByRole('table');
  await expect(tables).toHaveCount(2);
  const names = new Set(await page.locator('table tbody tr td:nth-child(2) a').allInnerTexts());
  expect(names.size).toBe(24);
  await app.screenshot('athletes-en');
});

test('a coach adds an athlete, finds them by search and archives them', async ({ app, page }) => {
  await app.startEmpty();
  await expect(page.getByText('No athletes yet')).toBeVisible();
  await app.addAthlete({ name: 'Femke Visser', position: 'Midfielder', trainingAgeYears: 3 });
  await expect(page.getByRole('link', { name: 'Femke Visser' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Search' }).fill('visser');
  await expect(app.rosterRows()).toHaveCount(1);
  await app.openAthlete('Femke Visser');
  await expect(page.getByText('Midfielder')).toBeVisible();
  await page.getByRole('button', { name: 'Archive' }).click();
  await app.nav('Athletes').click();
  await expect(page.getByRole('link', { name: 'Femke Visser' })).toHaveCount(0);
  await page.getByLabel('Show archived').check();
  await expect(page.getByRole('link', { name: 'Femke Visser' })).toBeVisible();
});

test('availability: an injury is recorded, shown on the roster, and ended', async ({ app, page }) => {
  await app.startEmpty();
  await app.addAthlete({ name: 'Noah Peeters' });
  await app.openAthlete('Noah Peeters');
  await expect(page.getByText('No availability events')).toBeVisible();
  await page.getByLabel('Note').fill('Hamstring strain');
  await page.getByRole('button', { name: 'Add event' }).click();
  const history = page.getByRole('table', { name: 'History' });
  await expect(history.getByText('Hamstring strain')).toBeVisible();
  await expect(history.getByText('ongoing')).toBeVisible();
  await app.nav('Athletes').click();
  await expect(page.getByRole('row', { name: /Noah Peeters/ }).getByText('Injured')).toBeVisible();
  await app.openAthlete('Noah Peeters');
  await page.getByRole('button', { name: 'End today' }).click();
  await expect(history.getByText('ongoing')).toHaveCount(0);
  await app.screenshot('athlete-detail-en');
});
