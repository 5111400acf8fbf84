// fuzz.* figures of `npm run bench -- --only safety` (issue 16), JSON lines as in scripts/bench.mjs:
//   node node_modules/tsx/dist/cli.mjs --tsconfig tsconfig.test.json tests/bench/safety-fuzz.ts [files]
// Mutated files (fast-check, fixed seed) go through the app's own importer and restore, against a real
// Dexie database on fake-indexeddb (Node has no IndexedDB):
// - a CSV file is read and parsed exactly as the import worker does (parseCsvFileRequest on a Blob),
//   then, when the preview has rows, matched to the roster and written by importSessions/importWellness;
// - a backup (the streamed version 2, or the version-1 fixture) is read by readBackupChunks in pieces
//   and written by writeBackup over a database that holds other data.
// Figures:
// - fuzz.files: files tried; fuzz.crashes: an exception other than a refusal the screen shows, a file
//   that takes over 10 s (a watchdog ends the worker and goes on with the next file), a refused file
//   that changed the database, or a write that differs from what the preview counted;
// - fuzz.silent_damage: a damaged file (a cut-off last row, bytes that are not UTF-8, an implausible
//   date, a version-2 backup whose bytes were changed) accepted without a warning or an error.
// The .xlsx reader arrives with issue 17; until then "Excel" files are the CSV a Dutch Excel writes
// (BOM, ';', decimal commas, CRLF).
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fork } from 'node:child_process';
import fc from 'fast-check';
import Papa from 'papaparse';
import { generateDemoTeam } from '@shared/demo';
import type { CsvIssue, CsvKind } from '@shared/csv';
import {
  BACKUP_TABLE_NAMES,
  BackupFileError,
  CoachDatabase,
  DuplicateCheckinError,
  ValidationError,
  importSessions,
  importWellness,
  loadTeam,
  readBackupChunks,
  writeBackup,
  type RestorableBackup,
} from '../../src/renderer/src/db';
import { createRosterResolver } from '../../src/renderer/src/db/athlete-names';
import { exportDatabaseChunks } from '../../src/renderer/src/db/backup-stream';
import { planImport } from '../../src/renderer/src/features/import/import-plan';
import { parseCsvFileRequest } from '../../src/renderer/src/features/import/parse-csv-of-kind';

const SEED = 16_016;
const DEFAULT_FILES = 10_000;
const HANG_MS = 10_000;
const TODAY = '2026-12-02';

type SeedKind =
  'sessions-csv' | 'wellness-csv' | 'excel-sessions-csv' | 'excel-wellness-csv' | 'backup-v2' | 'backup-v1';
const SEED_KINDS: readonly SeedKind[] = [
  'sessions-csv',
  'wellness-csv',
  'excel-sessions-csv',
  'excel-wellness-csv',
  'backup-v2',
  'backup-v1',
];

/** A change to a file's bytes; positions are fractions of the length so they fit any file. */
type Mutation =
  | { op: 'truncate'; at: number }
  | { op: 'invalid-bytes'; at: number; bytes: number[] }
  | { op: 'implausible-date'; nth: number; year: number }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate-line'; at: number }
  | { op: 'swap-lines'; a: number; b: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'flip-byte'; at: number; mask: number }
  | { op: 'replace-number'; nth: number; text: string }
  | { op: 'many-columns'; count: number }
  | { op: 'utf16' }
  | { op: 'cr-only' }
  | { op: 'garbage'; bytes: number[] }
  | { op: 'empty' };

interface FuzzCase {
  kind: SeedKind;
  mutations: Mutation[];
}

/** The damage a single mutation does on purpose; a file with it must not pass without a word. */
type Damage = 'cut-last-row' | 'invalid-bytes' | 'implausible-date' | 'changed-backup';

type Outcome =
  | { result: 'refused' | 'accepted' }
  | { result: 'crash'; why: string }
  | { result: 'silent-damage'; why: string };

/** A position in [0, 1), spread evenly (fc.double favours the extremes). */
const fraction = fc.integer({ min: 0, max: 999_999 }).map((value) => value / 1_000_000);
const NASTY_TEXT = [
  ',',
  ';',
  '"',
  '""',
  '\n',
  '\r',
  '\r\n',
  '\u0000',
  '\uFEFF',
  '=HYPERLINK("x")',
  'NaN',
  'Infinity',
  '1e309',
  '-5',
  '99999999999999999999',
  '\t',
  '{"',
  '}',
  ']',
  '\\u0000',
  'é',
  '😀',
  'x'.repeat(5000),
];
const NASTY_NUMBERS = [
  '0',
  '-1',
  '1e309',
  'NaN',
  '1,5',
  '1.200',
  '10000',
  '0.0001',
  '',
  ' ',
  '7e2',
  '0x10',
  '٣',
];

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fraction }),
  fc.record({
    op: fc.constant('invalid-bytes' as const),
    at: fraction,
    bytes: fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    op: fc.constant('implausible-date' as const),
    nth: fc.nat({ max: 200 }),
    year: fc.oneof(fc.integer({ min: 100, max: 1899 }), fc.integer({ min: 2100, max: 9999 })),
  }),
  fc.record({ op: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ op: fc.constant('duplicate-line' as const), at: fraction }),
  fc.record({ op: fc.constant('swap-lines' as const), a: fraction, b: fraction }),
  fc.record({ op: fc.constant('insert' as const), at: fraction, text: fc.constantFrom(...NASTY_TEXT) }),
  fc.record({ op: fc.constant('flip-byte' as const), at: fraction, mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({
    op: fc.constant('replace-number' as const),
    nth: fc.nat({ max: 400 }),
    text: fc.constantFrom(...NASTY_NUMBERS),
  }),
  fc.record({ op: fc.constant('many-columns' as const), count: fc.integer({ min: 50, max: 10_000 }) }),
  fc.record({ op: fc.constant('utf16' as const) }),
  fc.record({ op: fc.constant('cr-only' as const) }),
  fc.record({
    op: fc.constant('garbage' as const),
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 0, maxLength: 400 }),
  }),
  fc.record({ op: fc.constant('empty' as const) }),
);

/** Half the files carry one mutation (whose damage can be judged), half a chain of up to four. */
const caseArb: fc.Arbitrary<FuzzCase> = fc.record({
  kind: fc.constantFrom(...SEED_KINDS),
  mutations: fc.oneof(
    fc.array(mutationArb, { minLength: 1, maxLength: 1 }),
    fc.array(mutationArb, { minLength: 2, maxLength: 4 }),
  ),
});

// ---------------------------------------------------------------------------------------------
// Seed files

interface Seeds {
  files: Record<SeedKind, Uint8Array>;
  /** What the database holds before every file: a different team than the backups'. */
  baseline: RestorableBackup;
  /** The tables of the team the version-2 backup holds, to tell a faithful restore from a damaged one. */
  backupTables: string;
}

const utf8 = new TextEncoder();

function sessionsCsv(team: ReturnType<typeof generateDemoTeam>, excel: boolean): string {
  const names = new Map(team.athletes.map((athlete) => [athlete.id, athlete.name]));
  const data = team.sessions.map((s) => [
    names.get(s.athleteId) ?? s.athleteId,
    s.date,
    s.startTime ?? '',
    excel ? String(s.durationMin).replace('.', ',') : s.durationMin,
    excel ? String(s.sessionRpe).replace('.', ',') : s.sessionRpe,
    s.stimulus,
    s.notes,
  ]);
  const fields = ['athlete', 'date', 'start_time', 'duration_min', 'rpe', 'stimulus', 'notes'];
  return Papa.unparse({ fields, data }, excel ? { delimiter: ';', newline: '\r\n' } : {});
}

function wellnessCsv(team: ReturnType<typeof generateDemoTeam>, excel: boolean): string {
  const names = new Map(team.athletes.map((athlete) => [athlete.id, athlete.name]));
  const number = (value: number | undefined) =>
    value === undefined ? '' : excel ? String(value).replace('.', ',') : String(value);
  const fields = [
    'athlete',
    'date',
    'sleep_hours',
    'sleep_quality',
    'fatigue',
    'soreness',
    'stress',
    'mood',
    'hrv_rmssd_ms',
    'resting_hr_bpm',
  ];
  const data = team.wellness.map((w) => [
    names.get(w.athleteId) ?? w.athleteId,
    w.date,
    number(w.sleepHours),
    number(w.sleepQuality),
    number(w.fatigue),
    number(w.soreness),
    number(w.stress),
    number(w.mood),
    number(w.hrvRmssdMs),
    number(w.restingHrBpm),
  ]);
  return Papa.unparse({ fields, data }, excel ? { delimiter: ';', newline: '\r\n' } : {});
}

async function tablesOf(db: CoachDatabase): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  for (const name of BACKUP_TABLE_NAMES) tables[name] = await db.table(name).toArray();
  return JSON.stringify(tables);
}

async function joined(pieces: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const piece of pieces) text += piece;
  return text;
}

/** A text as the pieces a File's stream gives, for readBackupChunks. */
function inPieces(text: string, size = 4096): AsyncIterable<string> {
  return {
    [Symbol.asyncIterator]: () => {
      let at = 0;
      return {
        next: () => {
          const piece = text.slice(at, at + size);
          at += size;
          return Promise.resolve(
            piece === '' ? { done: true, value: undefined } : { done: false, value: piece },
          );
        },
      };
    },
  };
}

async function makeSeeds(db: CoachDatabase): Promise<Seeds> {
  const importTeam = generateDemoTeam({ today: TODAY, athleteCount: 4, historyDays: 21 });
  const backupTeam = generateDemoTeam({ today: '2026-10-01', athleteCount: 3, historyDays: 14 });
  const baselineTeam = generateDemoTeam({ today: '2026-06-01', athleteCount: 3, historyDays: 10 });

  await loadTeam(db, backupTeam);
  const backupTables = await tablesOf(db);
  const backupV2 = await joined(exportDatabaseChunks(db, { exportedAt: '2026-10-01T08:00:00.000Z' }));
  await db.delete();
  await db.open();
  // The demo's names repeat, so the import team's first athletes are known and its fourth is new.
  await loadTeam(db, baselineTeam);
  const baselineText = await joined(exportDatabaseChunks(db, { exportedAt: '2026-06-01T08:00:00.000Z' }));
  const baseline = await readBackupChunks(db, inPieces(baselineText));

  const v1Path = fileURLToPath(new URL('../fixtures/backup-v1.json', import.meta.url));
  const bom = '\uFEFF';
  return {
    files: {
      'sessions-csv': utf8.encode(sessionsCsv(importTeam, false)),
      'wellness-csv': utf8.encode(wellnessCsv(importTeam, false)),
      'excel-sessions-csv': utf8.encode(bom + sessionsCsv(importTeam, true) + '\r\n'),
      'excel-wellness-csv': utf8.encode(bom + wellnessCsv(importTeam, true) + '\r\n'),
      'backup-v2': utf8.encode(backupV2),
      'backup-v1': new Uint8Array(readFileSync(v1Path)),
    },
    baseline,
    backupTables,
  };
}

// ---------------------------------------------------------------------------------------------
// Mutations

const latin1 = new TextDecoder('latin1');

function at(length: number, where: number): number {
  return Math.min(length, Math.floor(where * (length + 1)));
}

function splice(bytes: Uint8Array, start: number, deleteCount: number, insert: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - deleteCount + insert.length);
  out.set(bytes.subarray(0, start), 0);
  out.set(insert, start);
  out.set(bytes.subarray(start + deleteCount), start + insert.length);
  return out;
}

/** Line boundaries of bytes (a byte-level view; lines end after '\n'). */
function lineStarts(bytes: Uint8Array): number[] {
  const starts = [0];
  for (let index = 0; index < bytes.length; index += 1) if (bytes[index] === 10) starts.push(index + 1);
  return starts;
}

function replaceNth(bytes: Uint8Array, pattern: RegExp, nth: number, replace: (found: string) => string) {
  // latin1 maps every byte to one character, so string offsets are byte offsets.
  const text = latin1.decode(bytes);
  const matches = [...text.matchAll(pattern)];
  if (matches.length === 0) return { bytes, offset: -1 };
  const match = matches[nth % matches.length];
  const offset = match?.index ?? 0;
  const found = match?.[0] ?? '';
  return { bytes: splice(bytes, offset, found.length, utf8.encode(replace(found))), offset };
}

interface Mutated {
  bytes: Uint8Array;
  /** Set when the one mutation damaged the data on purpose (see Damage). */
  damage: { kind: Damage; line: number } | null;
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < bytes.length; index += 1) if (bytes[index] === 10) line += 1;
  return line;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function mutate(original: Uint8Array, mutation: Mutation): Mutated {
  const bytes = original;
  switch (mutation.op) {
    case 'truncate': {
      const cut = at(bytes.length, mutation.at);
      const out = bytes.slice(0, cut);
      const lineStart = out.lastIndexOf(10) + 1;
      const rest = latin1.decode(out.subarray(lineStart)).replace(/\r$/, '');
      const nextEnd = bytes.indexOf(10, lineStart);
      const whole = latin1.decode(bytes.subarray(lineStart, nextEnd === -1 ? bytes.length : nextEnd));
      const isCut = rest !== '' && rest !== whole.replace(/\r$/, '');
      return { bytes: out, damage: isCut ? { kind: 'cut-last-row', line: lineOf(out, out.length) } : null };
    }
    case 'invalid-bytes': {
      const offset = at(bytes.length, mutation.at);
      const out = splice(bytes, offset, 0, Uint8Array.from(mutation.bytes));
      const isDamage = isValidUtf8(bytes) && !isValidUtf8(out);
      return { bytes: out, damage: isDamage ? { kind: 'invalid-bytes', line: lineOf(out, offset) } : null };
    }
    case 'implausible-date': {
      const year = String(mutation.year).padStart(4, '0');
      const { bytes: out, offset } = replaceNth(
        bytes,
        /\b\d{4}-\d{2}-\d{2}\b/g,
        mutation.nth,
        (found) => year + found.slice(4),
      );
      return {
        bytes: out,
        damage: offset < 0 ? null : { kind: 'implausible-date', line: lineOf(out, offset) },
      };
    }
    case 'delete': {
      const start = at(bytes.length, mutation.at);
      return {
        bytes: splice(bytes, start, Math.min(mutation.length, bytes.length - start), new Uint8Array()),
        damage: null,
      };
    }
    case 'duplicate-line':
    case 'swap-lines': {
      const starts = lineStarts(bytes);
      const lineBytes = (index: number) =>
        bytes.subarray(starts[index] ?? 0, starts[index + 1] ?? bytes.length);
      const a = Math.floor((mutation.op === 'duplicate-line' ? mutation.at : mutation.a) * starts.length);
      if (mutation.op === 'duplicate-line') {
        return { bytes: splice(bytes, starts[a] ?? 0, 0, lineBytes(a).slice()), damage: null };
      }
      const b = Math.floor(mutation.b * starts.length);
      const lines = starts.map((_, index) => lineBytes(index).slice());
      const first = lines[a];
      const second = lines[b];
      if (first === undefined || second === undefined) return { bytes, damage: null };
      lines[a] = second;
      lines[b] = first;
      return { bytes: concat(lines), damage: null };
    }
    case 'insert':
      return {
        bytes: splice(bytes, at(bytes.length, mutation.at), 0, utf8.encode(mutation.text)),
        damage: null,
      };
    case 'flip-byte': {
      if (bytes.length === 0) return { bytes, damage: null };
      const out = bytes.slice();
      const index = Math.min(bytes.length - 1, Math.floor(mutation.at * bytes.length));
      out[index] = (out[index] ?? 0) ^ mutation.mask;
      return { bytes: out, damage: null };
    }
    case 'replace-number':
      return {
        bytes: replaceNth(bytes, /\b\d+(?:[.,]\d+)?\b/g, mutation.nth, () => mutation.text).bytes,
        damage: null,
      };
    case 'many-columns': {
      const end = bytes.indexOf(10);
      const extra = utf8.encode(Array.from({ length: mutation.count }, (_, index) => `,c${index}`).join(''));
      const headerEnd = end === -1 ? bytes.length : end > 0 && bytes[end - 1] === 13 ? end - 1 : end;
      return { bytes: splice(bytes, headerEnd, 0, extra), damage: null };
    }
    case 'utf16': {
      const text = new TextDecoder().decode(bytes);
      const out = new Uint8Array(2 + text.length * 2);
      out[0] = 0xff;
      out[1] = 0xfe;
      for (let index = 0; index < text.length; index += 1) {
        const code = text.charCodeAt(index);
        out[2 + index * 2] = code & 0xff;
        out[3 + index * 2] = code >> 8;
      }
      return { bytes: out, damage: null };
    }
    case 'cr-only':
      return { bytes: bytes.map((byte) => (byte === 10 ? 13 : byte)), damage: null };
    case 'garbage':
      return { bytes: Uint8Array.from(mutation.bytes), damage: null };
    case 'empty':
      return { bytes: new Uint8Array(), damage: null };
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Applies a case's mutations; only a file with exactly one mutation has its damage judged. */
export function applyCase(seed: Uint8Array, mutations: readonly Mutation[]): Mutated {
  let bytes = seed;
  let damage: Mutated['damage'] = null;
  for (const mutation of mutations) {
    const next = mutate(bytes, mutation);
    bytes = next.bytes;
    damage = mutations.length === 1 ? next.damage : null;
  }
  return { bytes, damage };
}

// ---------------------------------------------------------------------------------------------
// One file through the app's code

function isRefusal(error: unknown): boolean {
  return (
    error instanceof ValidationError ||
    error instanceof DuplicateCheckinError ||
    error instanceof BackupFileError
  );
}

function csvKindOf(kind: SeedKind): CsvKind {
  return kind.includes('sessions') ? 'sessions' : 'wellness';
}

function warns(issues: readonly CsvIssue[], code: CsvIssue['code']): boolean {
  return issues.some((issue) => issue.code === code);
}

async function tryCsv(db: CoachDatabase, seeds: Seeds, kind: SeedKind, file: Mutated): Promise<Outcome> {
  const parsed = await parseCsvFileRequest({
    file: new Blob([new Uint8Array(file.bytes)]),
    kind: csvKindOf(kind),
    isKindFromHeader: true,
    today: TODAY,
  });
  const { result } = parsed;
  const isAccepted = result.fileErrorCode === null && result.rows.length > 0;
  const damage = file.damage;
  if (isAccepted && damage !== null) {
    const lineAccepted = (result.rows as readonly { line: number }[]).some((row) => row.line === damage.line);
    if (damage.kind === 'cut-last-row' && lineAccepted && !warns(result.warnings, 'last-row-unterminated'))
      return { result: 'silent-damage', why: `cut-off line ${damage.line} accepted without a warning` };
    if (damage.kind === 'invalid-bytes' && !warns(result.warnings, 'invalid-characters'))
      return { result: 'silent-damage', why: `invalid UTF-8 at line ${damage.line} without a warning` };
    if (damage.kind === 'implausible-date' && lineAccepted && !warns(result.warnings, 'future-dates'))
      return { result: 'silent-damage', why: `implausible date at line ${damage.line} accepted` };
  }
  if (!isAccepted) return { result: 'refused' };

  const roster = createRosterResolver(await db.athletes.toArray());
  const resolve = (name: string) => roster.resolve(name);
  const before = await tablesOf(db);
  try {
    let planned: number;
    let written: number;
    if (parsed.kind === 'sessions') {
      const plan = planImport(parsed.result.rows, resolve, true);
      const rows = plan.rows.map(({ line: _line, ...rest }) => rest);
      planned = rows.length;
      written = (await importSessions(db, { newAthleteNames: plan.newAthleteNames, rows })).rowsWritten;
    } else {
      const plan = planImport(parsed.result.rows, resolve, true);
      const rows = plan.rows.map(({ line: _line, ...rest }) => rest);
      planned = rows.length;
      written = (await importWellness(db, { newAthleteNames: plan.newAthleteNames, rows })).rowsWritten;
    }
    if (written !== planned) return { result: 'crash', why: `preview ${planned} rows, wrote ${written}` };
    await writeBackup(db, seeds.baseline);
    return { result: 'accepted' };
  } catch (error) {
    if (!isRefusal(error)) throw error;
    if ((await tablesOf(db)) !== before)
      return { result: 'crash', why: 'a refused import changed the database' };
    return { result: 'refused' };
  }
}

async function tryBackup(
  db: CoachDatabase,
  seeds: Seeds,
  kind: SeedKind,
  file: Mutated,
  isChanged: boolean,
): Promise<Outcome> {
  const before = await tablesOf(db);
  const text = new TextDecoder().decode(file.bytes);
  try {
    const backup = await readBackupChunks(db, inPieces(text));
    await writeBackup(db, backup);
  } catch (error) {
    if (!isRefusal(error)) throw error;
    if ((await tablesOf(db)) !== before)
      return { result: 'crash', why: 'a refused restore changed the database' };
    return { result: 'refused' };
  }
  const restored = await tablesOf(db);
  await writeBackup(db, seeds.baseline);
  if (kind === 'backup-v2' && isChanged && restored !== seeds.backupTables)
    return { result: 'silent-damage', why: 'a changed backup restored different data without an error' };
  return { result: 'accepted' };
}

async function tryFile(db: CoachDatabase, seeds: Seeds, fuzzCase: FuzzCase): Promise<Outcome> {
  const seed = seeds.files[fuzzCase.kind];
  const file = applyCase(seed, fuzzCase.mutations);
  if (fuzzCase.kind === 'backup-v1' || fuzzCase.kind === 'backup-v2') {
    const isChanged =
      file.bytes.length !== seed.length || file.bytes.some((byte, index) => byte !== seed[index]);
    return tryBackup(db, seeds, fuzzCase.kind, file, isChanged);
  }
  return tryCsv(db, seeds, fuzzCase.kind, file);
}

function casesFor(count: number): FuzzCase[] {
  return fc.sample(caseArb, { seed: SEED, numRuns: count });
}

// ---------------------------------------------------------------------------------------------
// Child process: runs files from `start`, posting one message per file

interface WorkerInput {
  start: number;
  count: number;
}

type WorkerMessage =
  { type: 'ready' } | { type: 'begin'; index: number } | { type: 'done'; index: number; outcome: Outcome };

async function runWorker({ start, count }: WorkerInput): Promise<void> {
  const port = { postMessage: (message: WorkerMessage) => process.send?.(message) };
  const db = new CoachDatabase(`fuzz-${start}`);
  await db.open();
  const seeds = await makeSeeds(db);
  await writeBackup(db, seeds.baseline);
  const cases = casesFor(count);
  port.postMessage({ type: 'ready' } satisfies WorkerMessage);
  for (let index = start; index < count; index += 1) {
    const fuzzCase = cases[index];
    if (fuzzCase === undefined) break;
    port.postMessage({ type: 'begin', index } satisfies WorkerMessage);
    let outcome: Outcome;
    try {
      outcome = await tryFile(db, seeds, fuzzCase);
    } catch (error) {
      const why = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      outcome = { result: 'crash', why: why.slice(0, 300) };
      // A crash may leave the database anywhere: start the next file from the baseline.
      await writeBackup(db, seeds.baseline).catch(() => undefined);
    }
    port.postMessage({ type: 'done', index, outcome } satisfies WorkerMessage);
  }
}

// ---------------------------------------------------------------------------------------------
// Parent: a watchdog per file; a file over HANG_MS is a hang, the child is killed and replaced

function report(bench: string, value: number, unit: string, target: number | null, isHigherBetter = false) {
  const ok = target === null ? null : isHigherBetter ? value >= target : value <= target;
  console.log(JSON.stringify({ bench, value: Math.round(value * 10) / 10, unit, target, ok }));
}

interface Tally {
  files: number;
  refused: number;
  accepted: number;
  crashes: { index: number; why: string; fuzzCase: FuzzCase }[];
  silentDamage: { index: number; why: string; fuzzCase: FuzzCase }[];
}

function runFrom(
  start: number,
  count: number,
  tally: Tally,
  cases: readonly FuzzCase[],
): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const worker = fork(fileURLToPath(import.meta.url), ['--child', String(start), String(count)], {
      execArgv: process.execArgv,
    });
    let current = start;
    let timer: NodeJS.Timeout | undefined;
    const arm = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const fuzzCase = cases[current];
        if (fuzzCase) tally.crashes.push({ index: current, why: `no answer within ${ms} ms`, fuzzCase });
        tally.files += 1;
        worker.kill('SIGKILL');
        resolve(current + 1);
      }, ms);
    };
    arm(60_000); // the worker's start-up: building the seed files
    let isReady = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'ready') isReady = true;
      if (message.type === 'begin') {
        current = message.index;
        arm(HANG_MS);
        return;
      }
      if (message.type !== 'done') return;
      const fuzzCase = cases[message.index];
      if (fuzzCase === undefined) return;
      tally.files += 1;
      const { outcome } = message;
      if (outcome.result === 'crash')
        tally.crashes.push({ index: message.index, why: outcome.why, fuzzCase });
      else if (outcome.result === 'silent-damage')
        tally.silentDamage.push({ index: message.index, why: outcome.why, fuzzCase });
      else if (outcome.result === 'refused') tally.refused += 1;
      else tally.accepted += 1;
      if (tally.files % 1000 === 0) process.stderr.write(`fuzz: ${tally.files} of ${count} files\n`);
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      const fuzzCase = cases[current];
      if (fuzzCase) tally.crashes.push({ index: current, why: `worker error: ${error.message}`, fuzzCase });
      tally.files += 1;
      resolve(current + 1);
    });
    worker.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (!isReady) reject(new Error(`the fuzz child stopped before its first file (${code ?? signal})`));
      else if (code !== 0 && signal === null) {
        // An exception that escaped the file's try (an unhandled rejection) ends the child.
        const fuzzCase = cases[current];
        if (fuzzCase) tally.crashes.push({ index: current, why: `child exited with ${code}`, fuzzCase });
        tally.files += 1;
        resolve(current + 1);
      } else resolve(null);
    });
    worker.on('messageerror', reject);
  });
}

async function main(count: number): Promise<void> {
  const cases = casesFor(count);
  const tally: Tally = { files: 0, refused: 0, accepted: 0, crashes: [], silentDamage: [] };
  const started = performance.now();
  let next: number | null = 0;
  while (next !== null && next < count) next = await runFrom(next, count, tally, cases);
  const seconds = (performance.now() - started) / 1000;
  for (const found of [...tally.crashes, ...tally.silentDamage].slice(0, 20)) {
    process.stderr.write(
      `fuzz #${found.index}: ${found.why}\n  ${JSON.stringify(found.fuzzCase).slice(0, 400)}\n`,
    );
  }
  report('fuzz.files', tally.files, 'files', 10_000, true);
  report('fuzz.crashes', tally.crashes.length, 'files', 0);
  report('fuzz.silent_damage', tally.silentDamage.length, 'files', 0);
  report('fuzz.accepted', tally.accepted, 'files', null);
  report('fuzz.refused', tally.refused, 'files', null);
  report('fuzz.wall_s', seconds, 's', null);
}

const childAt = process.argv.indexOf('--child');
if (childAt === -1) {
  const count = Number(process.argv[2] ?? DEFAULT_FILES);
  await main(Number.isInteger(count) && count > 0 ? count : DEFAULT_FILES);
} else {
  await runWorker({ start: Number(process.argv[childAt + 1]), count: Number(process.argv[childAt + 2]) });
  process.disconnect();
}
