import { test, expect } from './support/fixtures';

test('a team session typed from the keyboard is saved in one go and survives a reload', async ({
  app,
  page,
}) => {
  await app.loadDemoTeam();
  await app.openTeamSession({
    squad: "Women's first team",
    startTime: '06:15',
    stimulus: 'Strength',
    durationMin: 60,
  });
  const names = await app.gridAthleteNames();
  expect(names).toHaveLength(12);
  // Digits then Enter, down the RPE column: no mouse.
  await page.getByRole('textbox', { name: `RPE for ${names[0]}` }).focus();
  for (const [index] of names.entries()) {
    await page.keyboard.type(String(5 + (index % 4)));
    await page.keyboard.press('Enter');
  }
  // The second athlete trained 10 minutes less.
  await page.getByRole('textbox', { name: `Duration (min) for ${names[1]}` }).fill('50');
  await app.screenshot('log-team-en');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Saved 12 sessions')).toBeVisible();

  await page.reload();
  await app.openAthlete(names[1]!);
  const recent = page.getByRole('table', { name: 'Recent sessions' });
  // RPE 6 × 50 min = 300 AU (Foster 2001).
  await expect(recent.getByRole('row', { name: /06:15 Strength 50 6 300$/ })).toBeVisible();
  await app.openAthlete(names[0]!);
  await expect(recent.getByRole('row', { name: /06:15 Strength 60 5 300$/ })).toBeVisible();
});

test('RPE 11 is refused in place, nothing is saved, and nothing typed is lost', async ({ app, page }) => {
  await app.loadDemoTeam();
  await app.openTeamSession({
    squad: "Men's first team",
    startTime: '06:45',
    stimulus: 'HIIT',
    durationMin: 40,
  });
  const names = await app.gridAthleteNames();
  const first = page.getByRole('textbox', { name: `RPE for ${names[0]}` });
  await first.fill('11');
  await expect(first).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('RPE must be between 0 and 10').first()).toBeVisible();
  for (const name of names.slice(1)) await page.getByRole('textbox', { name: `RPE for ${name}` }).fill('7');
  await page.getByRole('button', { name: /^Save \d+ sessions?$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'need' })).toContainText('1 row');
  await expect(first).toHaveValue('11');
  await expect(page.getByRole('textbox', { name: `RPE for ${names[1]}` })).toHaveValue('7');
  await app.screenshot('log-team-error-en');

  await app.openAthlete(names[1]!);
  await expect(page.getByRole('table', { name: 'Recent sessions' }).getByText('06:45')).toHaveCount(0);
});

test('wellness check-ins: out-of-range items are refused, a second check-in on the same day is not possible', async ({
  app,
  page,
}) => {
  await app.startEmpty();
  await app.addAthlete({ name: 'Lotte Mulder' });
  await app.addAthlete({ name: 'Daan Kok' });
  await app.nav('Wellness check-in').click();
  await app.chooseOption('Squad', 'All athletes');
  await page.getByLabel('Sleep hours for Lotte Mulder').fill('7,5');
  await page.getByLabel('Sleep quality for Lotte Mulder').fill('4');
  const fatigue = page.getByLabel('Fatigue for Lotte Mulder');
  await fatigue.fill('0');
  await expect(fatigue).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Sleep quality for Daan Kok').fill('3');
  await page.getByRole('button', { name: /^Save \d+ check-ins?$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'need' })).toBeVisible();
  await expect(page.getByLabel('Sleep hours for Lotte Mulder')).toHaveValue('7,5');
  await fatigue.fill('3');
  await expect(fatigue).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Save 2 check-ins' }).click();
  await expect(page.getByText('Saved 2 check-ins')).toBeVisible();

  await page.reload();
  await app.chooseOption('Squad', 'All athletes');
  const savedSleep = page.getByLabel('Sleep hours for Lotte Mulder');
  await expect(savedSleep).toHaveAttribute('readonly', '');
  await expect(page.getByText('Already checked in').first()).toBeVisible();
  await savedSleep.press('5');
  await expect(page.getByText(/second check-in on the same day is not possible/).first()).toBeVisible();
  await app.screenshot('log-wellness-en');
});

test('a single session for one athlete', async ({ app, page }) => {
  await app.startEmpty();
  await app.addAthlete({ name: 'Ruben Smits' });
  await app.nav('Single session').click();
  await app.chooseOption('Athlete', 'Ruben Smits');
  await page.getByLabel('Duration (min)', { exact: true }).fill('45');
  await page.getByLabel('RPE (0–10)').fill('6,5');
  await app.screenshot('log-single-en');
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByText('Saved a session for Ruben Smits')).toBeVisible();
  await app.openAthlete('Ruben Smits');
  // 6.5 × 45 = 292.5 AU, shown rounded to a whole AU.
  await expect(
    page.getByRole('table', { name: 'Recent sessions' }).getByRole('row', { name: /45 6\.5 293$/ }),
  ).toBeVisible();
});
