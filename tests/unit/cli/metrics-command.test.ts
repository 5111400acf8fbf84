import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import type { CommandIo } from '../../../src/cli/metrics-command';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

interface Run {
  exitCode: number;
  out: string;
  error: string;
}

/** Runs the command in-process over an in-memory file system. */
function run(args: readonly string[], files: Record<string, string> = {}, today?: string): Run {
  let out = '';
  let error = '';
  const io: CommandIo = {
    readText: (path) => {
      const text =
        files[path] ??
        (path.startsWith('fixture:') ? readFileSync(resolve(FIXTURES, path.slice(8)), 'utf8') : undefined);
      if (text === undefined) throw new Error(`ENOENT: no such file '${path}'`);
      return text;
    },
    writeOut: (text) => {
      out += text;
    },
    writeError: (text) => {
      error += text;
    },
    ...(today === undefined ? {} : { today: () => today }),
  };
  return { exitCode: main(args, io), out, error };
}

const SESSIONS = [
  'athlete,date,start_time,duration_min,rpe,stimulus',
  'Ann,2026-03-02,08:00,60,5,strength',
  'Ann,2026-03-03,,30,8,endurance',
  'Bob,2026-03-03,17:00,45,4,',
  '',
].join('\n');

describe('metrics command', () => {
  it('prints one daily row per athlete-day from the first session to the as-of date', () => {
    const result = run(['metrics', '--sessions', 's.csv', '--daily', '--as-of', '2026-03-04'], {
      's.csv': SESSIONS,
    });
    expect(result.exitCode).toBe(0);
    const lines = result.out.trim().split('\n');
    expect(lines[0]).toMatch(
      /^athlete,date,daily_load,acute_mean7,chronic_mean28,acwr_rolling,chronic_uncoupled21,/,
    );
    // Ann 2 Mar … 4 Mar (3 rows), Bob 3 Mar … 4 Mar (2 rows).
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 3).join(','))).toEqual([
      'Ann,2026-03-02,300', // 5 × 60
      'Ann,2026-03-03,240', // 8 × 30
      'Ann,2026-03-04,0',
      'Bob,2026-03-03,180', // 4 × 45
      'Bob,2026-03-04,0',
    ]);
  });

  it('defaults the as-of date to the latest date in the input', () => {
    const result = run(['metrics', '--sessions', 's.csv', '--daily'], { 's.csv': SESSIONS });
    expect(result.out.trim().split('\n').at(-1)).toMatch(/^Bob,2026-03-03,180,/);
  });

  it('writes an undefined ratio as an empty CSV cell and as null in JSON', () => {
    const csv = run(['metrics', '--sessions', 's.csv', '--daily'], { 's.csv': SESSIONS });
    // Day one: uncoupled chronic (days t−27 … t−7) is 0, so its ratio is undefined.
    const header = csv.out.split('\n')[0]?.split(',') ?? [];
    const firstRow = csv.out.split('\n')[1]?.split(',') ?? [];
    expect(firstRow[header.indexOf('acwr_rolling_uncoupled')]).toBe('');
    const json = run(['metrics', '--sessions', 's.csv', '--daily', '--format', 'json'], {
      's.csv': SESSIONS,
    });
    const rows = JSON.parse(json.out) as Record<string, unknown>[];
    expect(rows[0]).toMatchObject({ athlete: 'Ann', acwr_rolling_uncoupled: null, acwr_rolling: 4 });
  });

  it('prints one summary row per athlete with readiness, reasons and the recovery phase per class', () => {
    const result = run(['metrics', '--sessions', 's.csv', '--as-of', '2026-03-04', '--format', 'json'], {
      's.csv': SESSIONS,
    });
    const rows = JSON.parse(result.out) as {
      athlete: string;
      readiness_status: string;
      recovery_strength: string | null;
      recovery_endurance: string | null;
      hard_strength_from: string | null;
      hard_endurance_from: string | null;
      readiness_reasons: { ruleId: string; severity: string; params: Record<string, unknown> }[];
    }[];
    expect(rows.map((row) => row.athlete)).toEqual(['Ann', 'Bob']);
    // Ann's RPE 8 endurance session has no start time, so it counts as ended 3 Mar 18:00; at 08:00 on 4 Mar
    // that is 14 h: acute for endurance, and hard endurance work is fine from 6 Mar 18:00 (72 h). Her
    // strength session (RPE 5, the first session: no reference load) was not hard. A phase is a note,
    // never the status.
    expect(rows[0]).toMatchObject({
      readiness_status: 'green',
      recovery_strength: null,
      recovery_endurance: 'acute',
      hard_strength_from: null,
      hard_endurance_from: '2026-03-06T18:00',
    });
    expect(rows[0]?.readiness_reasons.find((reason) => reason.ruleId === 'recovery-acute')).toMatchObject({
      severity: 'info',
      params: { recoveryClass: 'endurance', stimulus: 'endurance' },
    });
    expect(rows[1]).toMatchObject({
      recovery_strength: null,
      recovery_endurance: null,
      hard_endurance_from: null,
    });
  });

  it('adds readiness, compact reasons, composite z and the phase per class to every --daily row; grey rows have no phase', () => {
    const sessions = [SESSIONS, 'Cas,2026-02-20,09:00,60,8,match'].join('\n');
    const result = run(
      ['metrics', '--sessions', 's.csv', '--daily', '--as-of', '2026-03-04', '--format', 'json'],
      {
        's.csv': sessions,
      },
    );
    const rows = JSON.parse(result.out) as Record<string, unknown>[];
    const rowOf = (athlete: string, date: string) =>
      rows.find((row) => row.athlete === athlete && row.date === date);
    expect(rowOf('Ann', '2026-03-04')).toMatchObject({
      readiness_status: 'green',
      composite_wellness_z: null,
      recovery_strength: null,
      recovery_endurance: 'acute',
    });
    expect(String(rowOf('Ann', '2026-03-04')?.readiness_reasons)).toContain(
      'recovery-acute(endurance):info:14/24',
    );
    // The match on 20 Feb (RPE 8, ends 10:00) loads both classes: acute for both the next morning.
    expect(rowOf('Cas', '2026-02-21')).toMatchObject({
      readiness_status: 'green',
      recovery_strength: 'acute',
      recovery_endurance: 'acute',
    });
    // 12 days later nothing is known: grey, no phase, only the no-data reason.
    expect(rowOf('Cas', '2026-03-04')).toMatchObject({
      readiness_status: 'grey',
      recovery_strength: null,
      recovery_endurance: null,
      readiness_reasons: 'no-recent-data:grey:12/3',
    });
    const csv = run(['metrics', '--sessions', 's.csv', '--daily', '--as-of', '2026-03-04'], {
      's.csv': sessions,
    });
    expect(csv.out.split('\n')[0]).toMatch(
      /,readiness_status,readiness_reasons,composite_wellness_z,recovery_strength,recovery_endurance$/,
    );
  });

  it('runs on both PMData sample files', () => {
    const result = run([
      'metrics',
      '--sessions',
      'fixture:pmdata/sessions.csv',
      '--wellness',
      'fixture:pmdata/wellness.csv',
      '--as-of',
      '2020-03-30',
    ]);
    expect(result.exitCode).toBe(0);
    const lines = result.out.trim().split('\n');
    expect(lines).toHaveLength(1 + 16); // p01 … p16 (p16 has check-ins only)
    expect(lines.slice(1).every((line) => /,(red|amber|green|grey),/.test(line))).toBe(true);
  });

  it('exits 1 naming file, line, column and reason for every bad cell, and prints nothing', () => {
    const result = run(['metrics', '--sessions', 'fixture:sessions-with-errors.csv']);
    expect(result.exitCode).toBe(1);
    expect(result.out).toBe('');
    expect(result.error).toContain(
      'fixture:sessions-with-errors.csv:3:rpe: RPE must be between 0 and 10; found "11"',
    );
    expect(result.error).toContain('fixture:sessions-with-errors.csv:10:duration_min:');
  });

  it('exits 1 for a missing file, a missing column and a bad --as-of date', () => {
    expect(run(['metrics', '--sessions', 'nope.csv']).error).toMatch(/^nope\.csv: cannot read the file/);
    const missing = run(['metrics', '--sessions', 'x.csv'], {
      'x.csv': 'athlete,date,rpe\nAnn,2026-03-02,5\n',
    });
    expect(missing.exitCode).toBe(1);
    expect(missing.error).toMatch(/^x\.csv:1:-: .*duration_min/);
    const badDate = run(['metrics', '--sessions', 's.csv', '--as-of', '2026-02-30'], { 's.csv': SESSIONS });
    expect(badDate.exitCode).toBe(1);
    expect(badDate.error).toContain('--as-of');
  });

  it('refuses dates outside 1970–2099, in a file (with line and column) and in --as-of', () => {
    const typo = run(['metrics', '--sessions', 's.csv', '--daily'], {
      's.csv': `${SESSIONS}\nAnn,9999-03-05,08:00,60,5,strength\n`,
    });
    expect(typo.exitCode).toBe(1);
    expect(typo.error).toMatch(
      /s\.csv:\d+:date: Expected a date from 1970-01-01 to 2099-12-31; found "9999-03-05"/,
    );
    const asOf = run(['metrics', '--sessions', 's.csv', '--as-of', '9999-01-01'], { 's.csv': SESSIONS });
    expect(asOf.exitCode).toBe(1);
    expect(asOf.error).toContain(
      '--as-of: expected a date from 1970-01-01 to 2099-12-31, found "9999-01-01"',
    );
  });

  it('warns on stderr when --as-of is long after the last record, and names rows after today', () => {
    const late = run(['metrics', '--sessions', 's.csv', '--as-of', '2062-03-04'], { 's.csv': SESSIONS });
    expect(late.exitCode).toBe(0);
    expect(late.error).toMatch(
      /^warning: --as-of 2062-03-04 is \d+ days after the last record \(2026-03-\d\d\)/,
    );
    expect(
      run(['metrics', '--sessions', 's.csv', '--as-of', '2026-03-20'], { 's.csv': SESSIONS }).error,
    ).toBe('');
    const future = run(['metrics', '--sessions', 's.csv'], { 's.csv': SESSIONS }, '2026-03-02');
    expect(future.exitCode).toBe(0);
    expect(future.error).toMatch(/^warning: s\.csv:3:date: \d+ rows are dated after today \(2026-03-02\)/);
  });

  it('exits 2 with the usage for a wrong command line', () => {
    expect(run([]).exitCode).toBe(2);
    expect(run(['report']).exitCode).toBe(2);
    expect(run(['metrics']).error).toContain('Missing --sessions');
    expect(run(['metrics', '--sessions', 's.csv', '--format', 'xml']).exitCode).toBe(2);
    expect(run(['metrics', '--sessions', 's.csv', '--bogus']).exitCode).toBe(2);
    expect(run(['--help']).exitCode).toBe(0);
  });
});
