import { useLiveQuery } from 'dexie-react-hooks';
import { defaultSettings, type Settings } from '@shared/model';
import { appDb } from '../db/app-db';
import { getSettings } from '../db/settings-repo';
import { readCachedLanguage } from '../i18n/language-cache';

/**
 * The settings row as last read. A screen that mounts starts from it until its own live query
 * answers, so opening Settings never flashes the defaults (English, decimal points). Before the
 * first read: the defaults in the language cached by the last start.
 */
let lastKnown: Settings = { ...defaultSettings(), language: readCachedLanguage() };

async function readSettings(): Promise<Settings> {
  const settings = await getSettings(appDb);
  lastKnown = settings;
  return settings;
}

/** The coach's settings, live; the last known row (see above) until the row has loaded. */
export function useSettings(): Settings {
  return useLiveQuery(readSettings, [], lastKnown);
}
