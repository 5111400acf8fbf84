import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@shared/model';
import { ValidationError, getSettings, saveSettings, type SettingsRow } from '../../../src/renderer/src/db';
import { useFreshDatabase } from './test-database';

const database = useFreshDatabase();

describe('settings', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await getSettings(database())).toEqual(defaultSettings());
  });

  it('round-trips saved settings', async () => {
    const settings = defaultSettings();
    settings.language = 'nl';
    settings.load.ratioHigh = 1.4;
    await saveSettings(database(), settings);
    expect(await getSettings(database())).toEqual(settings);
    expect(await database().settings.count()).toBe(1);
  });

  it('fills settings missing from an older stored row with their defaults', async () => {
    const olderRow = { id: 'app', language: 'nl', load: { ratioHigh: 1.4 } } as unknown as SettingsRow;
    await database().settings.put(olderRow);
    const settings = await getSettings(database());
    expect(settings.language).toBe('nl');
    expect(settings.load.ratioHigh).toBe(1.4);
    expect(settings.load.acuteWindowDays).toBe(7);
    expect(settings.wellness).toEqual(defaultSettings().wellness);
    expect(settings).not.toHaveProperty('id');
  });

  it('refuses invalid settings and keeps the stored ones', async () => {
    const settings = defaultSettings();
    await saveSettings(database(), settings);
    const bad = { ...settings, load: { ...settings.load, acuteWindowDays: 0 } };
    const error: unknown = await saveSettings(database(), bad).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toBe('load.acuteWindowDays');
    expect(await getSettings(database())).toEqual(settings);
  });
});
