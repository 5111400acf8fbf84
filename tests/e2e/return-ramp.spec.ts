import { test, expect } from './support/fixtures';

/** The demo's returning athlete (src/shared/demo/roles.ts): injured for three weeks, back for two. */
const RETURNING = 'demo-athlete-03';
/** Athletes are spread round-robin over the demo's two squads: athlete 3 is in the first one. */
const SQUAD = "Women's first team";

/** "1,234 AU" (English digits) as a number. */
function auOf(text: string | null): number {
  return Number((text ?? '').replace(/[^\d.]/g, ''));
}

test('the planner lists the returning athlete; their ramp starts at half the pre-break load and lands in the week view', async ({
  app,
  page,
}) => {
  await app.loadDemoTeam();
  await app.openPlanner(SQUAD);
  const panel = page.getByTestId('returning-athletes');
  const row = panel.locator(`[data-testid="returning-athlete"][data-athlete-id="${RETURNING}"]`);
  await expect(row).toContainText(/\d+ days/);
  // The injury, or the longer gap in the sessions around it: whichever ended last.
  await expect(row).toContainText(/Injured|No sessions/);
  await expect(row).toContainText(/[\d,]+ AU\/week/);
  const name = (await row.getByRole('link').textContent()) ?? '';
  await app.screenshot('planner-returning-athletes-en');

  const dialog = await app.openReturnRamp(RETURNING);
  await expect(dialog.getByTestId('break-days')).toHaveText(/^\d+ days$/);
  const preBreak = dialog.getByTestId('ramp-pre-break');
  await expect(preBreak).toHaveText(/^[\d,]+ AU\/week$/);
  const preBreakAu = auOf(await preBreak.textContent());
  expect(preBreakAu).toBeGreaterThan(0);
  await expect(dialog.getByTestId('ramp-training-age')).toHaveText(/^[\d.]+ years?$/);
  await expect(dialog.getByTestId('ramp-rule')).toContainText('Week 1 at 50 % of the pre-break load');
  await expect(dialog.getByRole('link', { name: 'Settings → Return to training' })).toHaveAttribute(
    'href',
    /section=thresholds-return/,
  );
  await expect(dialog.getByTestId('ramp-rule')).toContainText('Mujika & Padilla 2000');

  // Week 1's planned load is about half the pre-break load (sessions are rounded to 5 minutes).
  const weeks = dialog.getByTestId('ramp-week');
  const firstWeek = weeks.first();
  const weekOneAu = auOf(await firstWeek.getByTestId('ramp-week-planned').textContent());
  expect(weekOneAu / preBreakAu).toBeGreaterThan(0.4);
  expect(weekOneAu / preBreakAu).toBeLessThanOrEqual(0.55);
  expect(Number(await firstWeek.getByTestId('ramp-week-hard').textContent())).toBeLessThanOrEqual(1);
  // Never above the pre-break level.
  for (const cell of await dialog.getByTestId('ramp-week-planned').all())
    expect(auOf(await cell.textContent())).toBeLessThanOrEqual(preBreakAu + 1);
  await expect(dialog.getByTestId('ramp-chart').locator('svg .recharts-bar-rectangle').first()).toBeVisible();
  const sessionCount = await dialog.getByTestId('ramp-session').count();
  expect(sessionCount).toBeGreaterThan(0);
  await app.screenshot('planner-return-ramp-dialog-en');

  await app.addReturnRampToPlan(dialog);
  // The week view moves to the ramp's first week, where its sessions are this athlete's alone.
  const rampSessions = page
    .getByTestId('week-planner')
    .getByTestId('planned-session')
    .filter({ hasText: /Return: (strength|aerobic run) \(week 1\)/ });
  await expect(rampSessions.first()).toBeVisible();
  const weekOneCount = await rampSessions.count();
  expect(weekOneCount).toBeGreaterThan(0);
  for (const card of await rampSessions.all()) await expect(card).toContainText(name);
  await app.screenshot('planner-return-ramp-week-en');
});

test('the squad without a returning athlete says so, with the rule', async ({ app, page }) => {
  await app.loadDemoTeam();
  // The demo's only returning athlete is in the women's squad.
  await app.openPlanner("Men's first team");
  const panel = page.getByTestId('returning-athletes');
  await expect(panel.getByTestId('returning-athlete')).toHaveCount(0);
  await expect(panel.getByTestId('no-returning-athletes')).toHaveText(
    "No athlete of Men's first team is returning from a break today. An athlete counts as returning after at least 14 days without sessions, or after an injury, illness or unavailability, for 28 days after the return.",
  );
});
