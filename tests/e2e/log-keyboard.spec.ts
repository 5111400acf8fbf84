import { test, expect } from './support/fixtures';

/**
 * A save waits for the team metrics worker's read of the whole demo season to finish (IndexedDB
 * orders the transactions); on a busy machine that takes longer than the default 10 s.
 */
const SAVE_TIMEOUT = 30_000;

test('wellness: a date typed into the Date field is taken whole and keeps the focus', async ({
  app,
  page,
}) => {
  await app.loadDemoTeam();
  await app.nav('Wellness check-in').click();
  await expect(page.getByRole('heading', { name: 'Wellness check-in', level: 2 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Wellness check-in' })).toBeVisible();
  // Reach the Date field with Tab, as a coach at the keyboard does, and type the date.
  await page.getByRole('combobox', { name: 'Squad' }).focus();
  await page.keyboard.press('Tab');
  const date = page.getByRole('textbox', { name: 'Date', exact: true });
  await expect(date).toBeFocused();
  await page.keyboard.type('2026-11-30', { delay: 60 });
  await expect(date).toBeFocused();
  await expect(date).toHaveValue('2026-11-30');
  // No cell of the grid received a keystroke meant for the date.
  const sleepCells = page.getByRole('textbox', { name: /^Sleep hours for / });
  for (const value of await sleepCells.evaluateAll((cells) =>
    cells.map((cell) => (cell as HTMLInputElement).value),
  )) {
    expect(value).not.toBe('0');
  }
  await page.keyboard.press('Tab');
  await expect(date).toHaveValue('Mon 30 Nov 2026');
});

/** A local date `days` from today as YYYY-MM-DD (the test runs on the app's computer). */
function localDate(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

test('wellness: a check-in dated after today is refused, with the reason at the Date field', async ({
  app,
  page,
}) => {
  await app.startEmpty();
  await app.addAthlete({ name: 'Lotte Mulder' });
  await app.nav('Wellness check-in').click();
  await app.chooseOption('Squad', 'All athletes');
  const date = page.getByRole('textbox', { name: 'Date', exact: true });
  await date.fill(localDate(1));
  await date.press('Enter');
  await expect(page.getByText(/^A check-in cannot be dated after today/).first()).toBeVisible();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Sleep hours for Lotte Mulder').fill('8');
  await page.getByLabel('Sleep quality for Lotte Mulder').fill('4');
  await page.getByRole('button', { name: 'Save 1 check-in' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'after today' })).toBeVisible();
  await expect(date).toBeFocused();
  await expect(page.getByText('Saved 1 check-in')).toHaveCount(0);
  await app.screenshot('log-wellness-future-en');

  // Today is fine: the same rows are saved.
  await date.fill(localDate(0));
  await date.press('Enter');
  await expect(page.getByText(/^A check-in cannot be dated after today/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Save 1 check-in' }).click();
  await expect(page.getByText('Saved 1 check-in')).toBeVisible({ timeout: SAVE_TIMEOUT });
});

test('wellness: the Squad and Date header stays in sight while the coach types far down the grid', async ({
  app,
  page,
}) => {
  await app.loadDemoTeam();
  await app.nav('Wellness check-in').click();
  await expect(page.getByRole('table', { name: 'Wellness check-in' })).toBeVisible();
  await app.chooseOption('Squad', 'All athletes');
  const sleepCells = page.getByRole('textbox', { name: /^Sleep hours for / });
  await expect(sleepCells.first()).toBeVisible();
  expect(await sleepCells.count()).toBeGreaterThan(20);
  await sleepCells.last().focus();
  await expect(sleepCells.last()).toBeInViewport();
  const header = page.getByTestId('wellness-header');
  await expect(header).toBeInViewport();
  await expect(header.getByRole('textbox', { name: 'Date', exact: true })).toBeInViewport();
  const box = await header.boundingBox();
  expect(box?.y).toBeGreaterThanOrEqual(0);
  await app.screenshot('log-wellness-scrolled-en');
});

test('wellness: row-wise entry, Enter moves along the row and on to the next athlete', async ({
  app,
  page,
}) => {
  await app.startEmpty();
  await app.addAthlete({ name: 'Lotte Mulder' });
  await app.addAthlete({ name: 'Daan Kok' });
  await app.nav('Wellness check-in').click();
  await app.chooseOption('Squad', 'All athletes');
  await page.getByText('Across (per athlete)', { exact: true }).click();
  await page.getByLabel('Sleep hours for Daan Kok').focus();
  for (const value of ['7,5', '4', '3', '2', '4', '5', '61', '52']) {
    await page.keyboard.type(value);
    await page.keyboard.press('Enter');
  }
  // Eight cells, eight Enters: the focus is on the next athlete's first cell.
  await expect(page.getByLabel('Sleep hours for Lotte Mulder')).toBeFocused();
  await expect(page.getByLabel('Fatigue for Daan Kok')).toHaveValue('3');
  await expect(page.getByLabel('HRV for Daan Kok')).toHaveValue('61');
  await expect(page.getByLabel('Resting HR for Daan Kok')).toHaveValue('52');
  await expect(page.getByLabel('Sleep hours for Lotte Mulder')).toHaveValue('');
  await expect(page.getByText(/Enter moves to the next cell/)).toBeVisible();
  await page.keyboard.press('Shift+Enter');
  await expect(page.getByLabel('Resting HR for Daan Kok')).toBeFocused();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Saved 1 check-in')).toBeVisible({ timeout: SAVE_TIMEOUT });

  // The choice holds after a reload; column-wise entry is still there as the other choice.
  await page.reload();
  await app.chooseOption('Squad', 'All athletes');
  await expect(page.getByRole('radio', { name: 'Across (per athlete)' })).toBeChecked();
  await page.getByText('Down (per column)', { exact: true }).click();
  await page.getByLabel('Sleep hours for Lotte Mulder').focus();
  await page.keyboard.type('8');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Save 1 check-in' })).toBeFocused();
});

test('team session: the same session saved twice is asked about first, with what is already logged', async ({
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
  const typeRpes = async (rpe: string) => {
    for (const name of names) await page.getByRole('textbox', { name: `RPE for ${name}` }).fill(rpe);
  };
  await expect(page.getByTestId('already-logged')).toHaveCount(0);
  await typeRpes('6');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Saved 12 sessions')).toBeVisible({ timeout: SAVE_TIMEOUT });
  // What is logged now shows on the page at once, for this squad, date and time.
  const notice = page.getByTestId('already-logged');
  await expect(notice).toContainText('12 sessions are already logged for this squad on');
  await expect(notice).toContainText('at 06:15');
  await expect(notice).toContainText('Strength, 60 min, RPE 6: 12 athletes');

  // The same session again: the coach is asked, and Cancel saves nothing.
  await typeRpes('7');
  await page.keyboard.press('Control+Enter');
  const dialog = page.getByRole('dialog', { name: 'This session is already logged' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Strength, 60 min, RPE 6: 12 athletes');
  await expect(dialog).toContainText(names[0]!);
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await app.screenshot('log-team-duplicate-en');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('textbox', { name: `RPE for ${names[0]}` })).toHaveValue('7');

  // Saved deliberately: both sessions are kept.
  await page.keyboard.press('Control+Enter');
  await dialog.getByRole('button', { name: 'Save 12 sessions anyway' }).click();
  // The first save's notification may still be on screen: the newest one is last.
  await expect(page.getByText('Saved 12 sessions').last()).toBeVisible({ timeout: SAVE_TIMEOUT });
  await expect(notice).toContainText('24 sessions are already logged');
  await app.openAthlete(names[0]!);
  const recent = page.getByRole('table', { name: 'Recent sessions' });
  // Two sessions at 06:15, not three: Cancel saved nothing.
  await expect(recent.getByRole('row', { name: /06:15 Strength 60/ })).toHaveCount(2);
});

test('team session from the keyboard: starts at the header, squad, stimulus type-ahead, Enter on Absent', async ({
  app,
  page,
}) => {
  await app.loadDemoTeam();
  await app.nav('Team session').click();
  await expect(page.getByRole('heading', { name: 'Log a team session', level: 2 })).toBeVisible();
  const squad = page.getByRole('combobox', { name: 'Squad' });
  await expect(squad).toBeFocused();
  await expect(page.getByRole('textbox', { name: /^RPE for / }).first()).toBeVisible();
  await expect(squad).toBeFocused();

  // Choosing the squad with the keyboard keeps the focus on the squad.
  await page.keyboard.press('ArrowDown');
  await page.getByRole('option', { name: "Men's first team", exact: true }).waitFor();
  while ((await page.locator('[data-combobox-selected]').textContent()) !== "Men's first team") {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect(squad).toHaveValue("Men's first team");
  await expect(squad).toBeFocused();

  // Date, start time, then the stimulus: letters pick it as in any list.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Date', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Start time' })).toBeFocused();
  await page.keyboard.type('1830');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Start time' })).toHaveValue('18:30');
  const stimulus = page.getByRole('combobox', { name: 'Stimulus' });
  await expect(stimulus).toBeFocused();
  await page.keyboard.type('s');
  await expect(stimulus).toHaveValue('Strength');
  await page.keyboard.type('s');
  await expect(stimulus).toHaveValue('Skill');
  await page.waitForTimeout(1_000);
  await page.keyboard.type('h');
  await expect(stimulus).toHaveValue('HIIT');

  // Enter on an athlete's Present box marks them absent, and Enter again present.
  const names = await app.gridAthleteNames();
  const present = page.getByRole('checkbox', { name: `Present: ${names[0]}` });
  await expect(present).toBeChecked();
  await present.focus();
  await page.keyboard.press('Enter');
  await expect(present).not.toBeChecked();
  await expect(page.getByRole('textbox', { name: `RPE for ${names[0]}` })).toHaveAttribute(
    'placeholder',
    'Absent',
  );
  await page.keyboard.press('Enter');
  await expect(present).toBeChecked();
  await app.screenshot('log-team-keyboard-en');
});

test.describe('in an en-US browser', () => {
  test.use({ locale: 'en-US' });

  test('team session: the start time is typed and shown on the 24-hour clock', async ({ app, page }) => {
    await app.startEmpty();
    await app.addAthlete({ name: 'Ruben Smits' });
    await app.nav('Team session').click();
    const startTime = page.getByLabel('Start time');
    // A native time input would show hour, minute and AM/PM stops here.
    expect(await startTime.evaluate((input) => (input as HTMLInputElement).type)).toBe('text');
    await expect(startTime).toHaveAttribute('placeholder', 'HH:MM');
    await startTime.focus();
    await page.keyboard.type('18:30');
    await page.keyboard.press('Tab');
    await expect(startTime).toHaveValue('18:30');
    await startTime.fill('6.15');
    await startTime.blur();
    await expect(startTime).toHaveValue('06:15');
    await startTime.fill('6:15 PM');
    await startTime.blur();
    await expect(page.getByText('Use a time as HH:MM (24 h)')).toBeVisible();
    await startTime.fill('18:05');
    await app.chooseOption('Stimulus', 'Endurance');
    await page.getByLabel('Duration (min)', { exact: true }).fill('30');
    await page.getByRole('textbox', { name: 'RPE for Ruben Smits' }).fill('4');
    await page.keyboard.press('Control+Enter');
    await expect(page.getByText('Saved 1 session')).toBeVisible({ timeout: SAVE_TIMEOUT });
    await app.openAthlete('Ruben Smits');
    await expect(
      page
        .getByRole('table', { name: 'Recent sessions' })
        .getByRole('row', { name: /18:05 Endurance 30 4 120$/ }),
    ).toBeVisible();
  });
});

test('log screens in Dutch: duplicate warning, row-wise entry and a date after today', async ({
  app,
  page,
}) => {
  // Two saves of a whole squad and two screens in Dutch: long, not slow.
  test.setTimeout(150_000);
  await app.loadDemoTeam();
  await app.chooseDutch();
  await page.goto('index.html#/log/team');
  await expect(page.getByRole('heading', { name: 'Teamtraining registreren', level: 2 })).toBeVisible();
  await page.getByLabel('Begintijd').fill('06:15');
  await page.getByLabel('Duur (min)', { exact: true }).fill('60');
  const cells = page.getByRole('textbox', { name: /^RPE van / });
  await expect(cells.first()).toBeVisible();
  for (const cell of await cells.all()) await cell.fill('6');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('12 trainingen opgeslagen')).toBeVisible({ timeout: SAVE_TIMEOUT });
  await expect(page.getByTestId('already-logged')).toContainText('al 12 trainingen geregistreerd', {
    timeout: SAVE_TIMEOUT,
  });
  for (const cell of await cells.all()) await cell.fill('7');
  await page.keyboard.press('Control+Enter');
  const dialog = page.getByRole('dialog', { name: 'Deze training is al geregistreerd' });
  await expect(dialog.getByRole('button', { name: 'Toch 12 trainingen opslaan' })).toBeVisible();
  await app.screenshot('log-team-duplicate-nl');
  await dialog.getByRole('button', { name: 'Annuleren' }).click();

  await page.goto('index.html#/log/wellness');
  await expect(page.getByRole('heading', { name: 'Welzijnscheck', level: 2 })).toBeVisible();
  await page.getByText('Opzij (per sporter)', { exact: true }).click();
  const date = page.getByRole('textbox', { name: 'Datum', exact: true });
  await date.fill(localDate(1));
  await date.press('Enter');
  await expect(page.getByText(/^Een check kan niet na vandaag/).first()).toBeVisible();
  await expect(page.getByText(/Enter gaat naar het volgende vak/)).toBeVisible();
  await app.screenshot('log-wellness-nl');
});
