import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@shared/model';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  exportDatabase,
  loadTeam,
  saveSettings,
  type DatabaseBackup,
} from '../../../src/renderer/src/db';
import { smallTeam } from './team-fixture';
import { useFreshDatabase } from './test-database';

const database = useFreshDatabase();

describe('exportDatabase', () => {
  it('contains every table with its rows, the format version and the export time given', async () => {
    const db = database();
    await loadTeam(db, smallTeam());
    await saveSettings(db, defaultSettings());
    await db.plannedSessions.add({
      id: 'p1',
      squadId: 'q1',
      date: '2025-03-04',
      startTime: '18:00',
      stimulus: 'skill',
      durationMin: 60,
      targetRpe: 5,
      title: 'Skills',
      description: '',
    });
    await db.blockTemplates.add({
      id: 't1',
      name: 'My block',
      focus: 'strength',
      weeks: 1,
      notes: '',
      sessions: [],
    });
    await db.planAcknowledgements.add({
      id: 'weekly-ramp:2025-03-03',
      note: 'Cup week',
      acknowledgedAt: '2025-03-01T09:00:00.000Z',
    });
    const backup = JSON.parse(await exportDatabase(db, '2025-03-05T10:00:00.000Z')) as DatabaseBackup;
    expect(backup).toMatchObject({
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      schemaVersion: 2,
      exportedAt: '2025-03-05T10:00:00.000Z',
    });
    expect(Object.keys(backup.tables).sort()).toEqual(db.tables.map((table) => table.name).sort());
    for (const table of db.tables) {
      expect(backup.tables[table.name], table.name).toHaveLength(await table.count());
      expect(backup.tables[table.name]?.length, table.name).toBeGreaterThan(0);
    }
    expect(backup.tables.athletes).toEqual(await db.athletes.toArray());
  });
});
