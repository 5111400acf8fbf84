import { useLiveQuery } from 'dexie-react-hooks';
import { defaultSettings, type Settings } from '@shared/model';
import { appDb } from '../db/app-db';
import { getSettings } from '../db/settings-repo';

const DEFAULTS = defaultSettings();

/** The coach's settings, live; the defaults of SCIENCE.md until the row has loaded. */
export function useSettings(): Settings {
  return useLiveQuery(() => getSettings(appDb), [], DEFAULTS);
}
