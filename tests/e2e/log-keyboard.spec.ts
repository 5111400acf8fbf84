import { test, expect } from './support/fixtures';

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
  const date = page.getByRole('textbox', { name: 'Date' });
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
