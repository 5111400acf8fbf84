import { z } from 'zod';
import Dexie from 'dexie';
import { generateDemoTeam } from '@shared/demo';
import { parseSessionsCsv } from '@shared/csv';
import { CoachDatabase, DATABASE_NAME } from '../db/database';
import { createRosterResolver } from '../db/athlete-names';
import { getSettings, importSessions, loadTeam, saveSettings } from '../db';
import { planImport } from '../features/import/import-plan';
import { sessionsToCsv } from './sessions-csv';
import { toPlaywrightPdfOptions, type PdfLabels } from '@shared/print';
import { seedPlannedSeason as writePlannedSeason, type PlannedSeasonOptions } from './planned-season';

z.config({ jitless: true });

const SCALE = { athleteCount: 60, historyDays: 1095 } as const;

type Scale = { athleteCount: number; historyDays: number };

function team(today: string, scale: Scale = SCALE) {
  return generateDemoTeam({ today, ...scale });
}

async function freshDatabase(name: string): Promise<CoachDatabase> {
  await Dexie.delete(name);
  const db = new CoachDatabase(name);
  await db.open();
  return db;
}

/**
 * The Import screen's path against Chromium's real IndexedDB: the file is parsed when the coach picks
 * it (the report), then "Import" matches names and writes every row in one transaction. Both steps
 * are timed apart; a raw bulkAdd of the same rows is the ceiling.
 */
async function benchImport(today: string) {
  const demo = team(today);
  const csv = sessionsToCsv(demo.sessions, demo.athletes);
  const viaApp = await freshDatabase('bench-import');
  const parseStarted = performance.now();
  const parsed = parseSessionsCsv(csv);
  const parseMs = performance.now() - parseStarted;
  const importStarted = performance.now();
  const plan = planImport(parsed.rows, (name) => createRosterResolver([]).resolve(name), true);
  const rows = plan.rows.map(({ line: _line, ...rest }) => rest);
  const result = await importSessions(viaApp, { newAthleteNames: plan.newAthleteNames, rows });
  const importMs = performance.now() - importStarted;
  viaApp.close();

  const raw = await freshDatabase('bench-raw');
  const rawStarted = performance.now();
  await raw.sessions.bulkAdd(demo.sessions);
  const rawMs = performance.now() - rawStarted;
  raw.close();
  await Promise.all([Dexie.delete('bench-import'), Dexie.delete('bench-raw')]);
  return {
    rows: result.rowsWritten,
    rejected: parsed.rejectedRowCount,
    parseMs,
    importMs,
    rawRows: demo.sessions.length,
    rawMs,
  };
}

/**
 * Fills the app's own database with the 60-athlete, three-season team for the screen benchmarks (or
 * a smaller team when a test needs less history).
 */
async function seedAppDatabase(today: string, scale: Scale = SCALE) {
  const db = await freshDatabase(DATABASE_NAME);
  const demo = team(today, scale);
  await loadTeam(db, demo);
  await saveSettings(db, await getSettings(db));
  db.close();
  const squadSizes = Object.fromEntries(
    demo.squads.map((squad) => [
      squad.name,
      demo.athletes.filter((athlete) => athlete.squadIds.includes(squad.id)).length,
    ]),
  );
  return { athletes: demo.athletes.length, sessions: demo.sessions.length, squadSizes };
}

/** Fills the app's database with a 1,000-athlete club (one season) for the long-task benchmark. */
async function seedClubDatabase(today: string) {
  const db = await freshDatabase(DATABASE_NAME);
  const club = generateDemoTeam({ today, athleteCount: 1000, historyDays: 365 });
  await loadTeam(db, club);
  await saveSettings(db, await getSettings(db));
  db.close();
  return { athletes: club.athletes.length, sessions: club.sessions.length, checkins: club.wellness.length };
}

/** Adds a planned season (blocks from the built-in templates, a ramp, warnings) to the seeded app database. */
async function seedPlannedSeason(options: PlannedSeasonOptions) {
  const db = new CoachDatabase(DATABASE_NAME);
  await db.open();
  try {
    return await writePlannedSeason(db, options);
  } finally {
    db.close();
  }
}

/** The app's PDF options (src/shared/print) for the bench, which runs in plain Node and cannot import TypeScript. */
function planPdfOptions(labels: PdfLabels) {
  return toPlaywrightPdfOptions(labels);
}

declare global {
  interface Window {
    coachBench?: {
      benchImport: typeof benchImport;
      seedAppDatabase: typeof seedAppDatabase;
      seedClubDatabase: typeof seedClubDatabase;
      seedPlannedSeason: typeof seedPlannedSeason;
      planPdfOptions: typeof planPdfOptions;
    };
  }
}

window.coachBench = { benchImport, seedAppDatabase, seedClubDatabase, seedPlannedSeason, planPdfOptions };
document.body.dataset.ready = 'true';
