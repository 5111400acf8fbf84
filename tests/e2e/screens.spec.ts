import { test, expect } from './support/fixtures';

/** Every screen in both languages at the two laptop sizes, saved for a person to look at. */
const SCREENS = [
  { route: 'today', en: 'Today', nl: 'Vandaag', ready: '[data-testid="today-row"]' },
  { route: 'team-load', en: 'Team load', nl: 'Teambelasting', ready: '[data-testid^="chart-"] svg' },
  { route: 'recovery-map', en: 'Recovery map', nl: 'Herstelkaart', ready: '[data-testid="recovery-row"]' },
  // The athlete with sustained fatigue: the fullest athlete page of the demo team.
  {
    route: 'athletes/demo-athlete-04',
    en: 'Kenji Schmidt',
    nl: 'Kenji Schmidt',
    ready: '[data-testid^="chart-"] svg',
  },
  { route: 'athletes', en: 'Athletes', nl: 'Sporters' },
  { route: 'log/team', en: 'Log a team session', nl: 'Teamtraining registreren' },
  { route: 'log/single', en: 'Log a single session', nl: 'Losse training registreren' },
  { route: 'log/wellness', en: 'Wellness check-in', nl: 'Welzijnscheck' },
  { route: 'import', en: 'Import', nl: 'Importeren' },
  { route: 'settings', en: 'Settings', nl: 'Instellingen' },
] as const;
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
] as const;

test('every screen renders its heading in English and Dutch at 1440×900 and 1280×720', async ({
  app,
  page,
}) => {
  test.setTimeout(240_000);
  await app.loadDemoTeam();
  for (const language of ['en', 'nl'] as const) {
    if (language === 'nl') {
      await app.nav('Settings').click();
      await page.getByText('Nederlands', { exact: true }).click();
    }
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const screen of SCREENS) {
        await page.goto(`./#/${screen.route}`);
        await expect(page.getByRole('heading', { name: screen[language], level: 2 })).toBeVisible();
        // The dashboard screens fill in once the team service has answered: wait for their content.
        if ('ready' in screen) await expect(page.locator(screen.ready).first()).toBeVisible();
        await app.screenshot(
          `screen-${screen.route.replaceAll('/', '-')}-${language}-${size.width}x${size.height}`,
        );
      }
    }
  }
});
