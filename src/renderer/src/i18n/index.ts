import i18next, { type InitOptions } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@shared/model';
import { commonTexts } from './common-texts';
import { welcomeTexts } from '../features/welcome/texts';
import { athletesTexts } from '../features/athletes/texts';
import { logTexts } from '../features/log/texts';
import { importTexts } from '../features/import/texts';
import { settingsTexts } from '../features/settings/texts';
import { readinessTexts } from '../features/readiness/texts';
import { todayTexts } from '../features/today/texts';
import { teamLoadTexts } from '../features/team-load/texts';
import { recoveryMapTexts } from '../features/recovery-map/texts';
import { chartsTexts } from '../charts/texts';
import { plannerTexts } from '../features/planner/texts';
import { planTimelineTexts } from '../features/planner/timeline/texts';
import { planRampTexts } from '../features/planner/ramp/texts';
import { printTexts } from '../print/texts';
import { historyTexts } from '../features/history/texts';
import { shellTexts } from '../app/shell-texts';

/** Every feature's texts, one i18next namespace per feature folder. */
export const TEXT_BUNDLES = {
  common: commonTexts,
  welcome: welcomeTexts,
  athletes: athletesTexts,
  log: logTexts,
  import: importTexts,
  settings: settingsTexts,
  readiness: readinessTexts,
  today: todayTexts,
  teamLoad: teamLoadTexts,
  recoveryMap: recoveryMapTexts,
  charts: chartsTexts,
  planner: plannerTexts,
  planTimeline: planTimelineTexts,
  planRamp: planRampTexts,
  print: printTexts,
  history: historyTexts,
  shell: shellTexts,
};

function resourcesFor(language: Language): Record<string, Record<string, string>> {
  return Object.fromEntries(
    Object.entries(TEXT_BUNDLES).map(([namespace, bundle]) => [namespace, bundle[language]]),
  );
}

/**
 * The options i18next starts with. `showSupportNotice: false`: i18next 25 otherwise prints an
 * advertisement to the console on every page load (the app's console stays for real messages).
 */
export function i18nOptions(language: Language): InitOptions {
  return {
    lng: language,
    fallbackLng: 'en',
    defaultNS: 'common',
    ns: Object.keys(TEXT_BUNDLES),
    resources: { en: resourcesFor('en'), nl: resourcesFor('nl') },
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  };
}

/** Starts i18next once, in `language` (read before the first paint); it then follows the settings row. */
export async function initI18n(language: Language = 'en'): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init(i18nOptions(language));
  return i18next;
}

export { i18next };
