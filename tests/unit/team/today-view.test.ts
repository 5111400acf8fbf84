import { describe, expect, it } from 'vitest';
import { valueAt, dayIndex } from '@shared/metrics';
import {
  buildTodayRow,
  buildTodayRows,
  countByStatus,
  SPARKLINE_DAYS,
} from '../../../src/renderer/src/team/today-view';
import { toLocalMinute } from '@shared/time/local-date';
import type { TeamEntry } from '../../../src/renderer/src/team/team-entry';
import { athlete, checkin, daysBefore, entry, session } from './team-fixtures';

const DATE = '2026-03-18';

/** 40 days of easy, varied sessions (RPE 3, 4, 5: none hard) and good check-ins: nothing to flag. */
function steadyHistory() {
  const days = daysBefore(DATE, 40);
  return {
    sessions: days.map((day, k) => session(day, { startTime: '10:00', sessionRpe: 3 + (k % 3) })),
    wellness: [...days, DATE].map((day) => checkin(day, day.endsWith('7') ? 3 : 4)),
  };
}

describe('Today rows', () => {
  it('says the red, amber, green and grey athletes apart and sorts them by status, then severity, then name', () => {
    const steady = steadyHistory();
    // Composite wellness z ≤ −2 today (all items 1 against a baseline of 3s and 4s): red.
    const badMorning = { ...steady, wellness: [...steady.wellness.slice(0, -1), checkin(DATE, 1)] };
    // A hard strength session yesterday 17:00–18:00: acute for strength, but a phase never makes the status.
    const hardStrength = {
      ...steady,
      sessions: [
        ...steady.sessions,
        session('2026-03-17', { startTime: '17:00', sessionRpe: 8, stimulus: 'strength' }),
      ],
    };
    // Three days of 600 AU after 40 days of 180–300 AU: an EWMA ratio ≥ 1.5 with full history (amber, load).
    const spike = {
      ...steady,
      sessions: [
        ...steady.sessions.filter((one) => one.date < '2026-03-16'),
        ...['2026-03-16', '2026-03-17', '2026-03-18'].map((day) =>
          session(day, { startTime: '10:00', durationMin: 120, sessionRpe: 5, stimulus: 'endurance' }),
        ),
      ],
    };
    const modified = (teamEntry: TeamEntry): TeamEntry => ({
      ...teamEntry,
      input: { ...teamEntry.input, availability: [{ kind: 'modified' as const, startDate: '2026-03-15' }] },
    });
    const entries = [
      entry(athlete('green', { name: 'Gwen' }), hardStrength, DATE),
      entry(athlete('grey', { name: 'Abe' }), { sessions: [session('2026-02-01')] }, DATE),
      modified(entry(athlete('amber-modified', { name: 'Yves' }), steady, DATE)),
      modified(entry(athlete('amber-modified-and-spike', { name: 'Zara' }), spike, DATE)),
      entry(athlete('red', { name: 'Rob' }), badMorning, DATE),
    ];
    const rows = buildTodayRows(entries, DATE);
    expect(rows.map((row) => [row.name, row.status])).toEqual([
      ['Rob', 'red'],
      // Zara has two amber reasons (modified, load spike), Yves one: Zara first although Y < Z.
      ['Zara', 'amber'],
      ['Yves', 'amber'],
      ['Gwen', 'green'],
      ['Abe', 'grey'],
    ]);
    const [rob, zara, yves, gwen, abe] = rows;
    expect(rob?.reasons[0]).toMatchObject({ ruleId: 'wellness-composite', severity: 'red' });
    expect(zara?.reasons.map((reason) => reason.ruleId)).toEqual(
      expect.arrayContaining(['availability', 'acwr-danger']),
    );
    expect(zara?.severityScore).toBeGreaterThan(yves?.severityScore ?? Infinity);
    // Ended 18:00 yesterday: not ready for hard strength until 20 Mar 18:00 (72 h); endurance is fine.
    expect(gwen?.readyFor).toEqual({
      strength: {
        recoveryClass: 'strength',
        phase: 'acute',
        status: 'red',
        hardFromMinute: toLocalMinute('2026-03-20', '18:00'),
      },
      endurance: { recoveryClass: 'endurance', phase: null, status: 'green', hardFromMinute: null },
    });
    expect(gwen?.reasons.find((reason) => reason.ruleId === 'recovery-acute')?.severity).toBe('info');
    expect(gwen?.severityScore).toBe(0);
    // Grey is unknown: no ratio, no phase, and when the athlete was last heard of.
    expect(abe?.readyFor).toBeNull();
    expect(abe?.acwrEwma).toBeNull();
    expect(abe?.lastRecordDate).toBe('2026-02-01');
    expect(abe?.reasons.map((reason) => reason.ruleId)).toEqual(['no-recent-data']);
    expect(countByStatus(rows)).toEqual({ red: 1, amber: 2, green: 1, grey: 1 });
  });

  it('sorts athletes of one status by name when their severity is equal', () => {
    const steady = steadyHistory();
    const rows = buildTodayRows(
      ['Mia', 'bob', 'Ada'].map((name) => entry(athlete(name.toLowerCase(), { name }), steady, DATE)),
      DATE,
    );
    expect(rows.map((row) => [row.name, row.status, row.severityScore])).toEqual([
      ['Ada', 'green', 0],
      ['bob', 'green', 0],
      ['Mia', 'green', 0],
    ]);
  });

  it('carries the EWMA ratio, acute and chronic of the engine and a 28-day sparkline ending on the date', () => {
    const teamEntry = entry(athlete('a'), steadyHistory(), DATE);
    const row = buildTodayRow(teamEntry, DATE);
    const index = dayIndex(teamEntry.metrics.axis, DATE);
    expect(row.acwrEwma).toBe(valueAt(teamEntry.metrics.load.acwrEwma, index));
    expect(row.acwrEwma).not.toBeNull();
    expect(row.ewmaAcuteAu).toBe(teamEntry.metrics.load.ewmaAcuteAu[index]);
    expect(row.sparkline.acuteAu).toHaveLength(SPARKLINE_DAYS);
    expect(row.sparkline.acuteAu.at(-1)).toBe(teamEntry.metrics.load.ewmaAcuteAu[index]);
    expect(row.sparkline.chronicAu.at(-2)).toBe(teamEntry.metrics.load.ewmaChronicAu[index - 1]);
  });

  it('pads the sparkline with zeros before the first record and leaves the ratio undefined on day one', () => {
    const row = buildTodayRow(entry(athlete('new'), { sessions: [session(DATE)] }, DATE), DATE);
    expect(row.sparkline.acuteAu.slice(0, SPARKLINE_DAYS - 1).every((value) => value === 0)).toBe(true);
    expect(row.sparkline.acuteAu.at(-1)).toBe(60);
    expect(row.hasSufficientHistory).toBe(false);
    expect(row.reasons.map((reason) => reason.ruleId)).toContain('insufficient-history');
  });

  it('shows the availability event covering the date', () => {
    const teamEntry = entry(athlete('hurt'), steadyHistory(), DATE);
    const hurt = {
      ...teamEntry,
      input: { ...teamEntry.input, availability: [{ kind: 'injured' as const, startDate: '2026-03-10' }] },
    };
    const row = buildTodayRow(hurt, DATE);
    expect(row.availability).toBe('injured');
    expect(row.status).toBe('red');
    expect(buildTodayRow(teamEntry, DATE).availability).toBeNull();
  });
});
