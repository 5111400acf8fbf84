import { SettingsSchema, defaultSettings, type Settings } from '@shared/model';
import type { CoachDatabase, SettingsRow } from './database';
import { parseOne } from './validation';

/** The key of the one settings row. */
export const SETTINGS_ROW_ID: SettingsRow['id'] = 'app';

/**
 * The coach's settings. The stored row is parsed through SettingsSchema so that settings added in a
 * later release take their defaults. With no row, or a row that no longer passes the schema, the
 * defaults of SCIENCE.md are returned (the stored row is left untouched until the next save).
 */
export async function getSettings(db: CoachDatabase): Promise<Settings> {
  const row = await db.settings.get(SETTINGS_ROW_ID);
  if (!row) return defaultSettings();
  const result = SettingsSchema.safeParse(row);
  return result.success ? result.data : defaultSettings();
}

/** Validates and stores the settings; returns them as stored. */
export async function saveSettings(db: CoachDatabase, settings: Settings): Promise<Settings> {
  const parsed = parseOne(SettingsSchema, settings);
  await db.transaction('rw', db.settings, () => db.settings.put({ ...parsed, id: SETTINGS_ROW_ID }));
  return parsed;
}
