import { describe, expect, it } from 'vitest';
import { valueAt, dayIndex } from '@shared/metrics';
import { buildTodayRow, buildTodayRows, countByStatus, SPARKLINE_DAYS } from '../../../src/renderer/src/team/today-view';
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
  it('says the red, amber, green and grey athletes apart and sorts them in that order', () => {
    const steady = steadyHistory();
    const acute = { ...steady, sessions: [...steady.sessions, session('2026-03-17', { startTime: '17:00', sessionRpe: 8 })] };
    const regenerating = { ...steady, sessions: [...steady.sessions, session('2026-03-16', { startTime: '10:00', sessionRpe: 8 })] };
    const entries = [
      entry(athlete('green', { name: 'Gwen' }), steady, DATE),
      entry(athlete('grey', { name: 'Abe' }), { sessions: [session('2026-02-01')] }, DATE),
      entry(athlete('amber', { name: 'Zara' }), regenerating, DATE),
      entry(athlete('red', { name: 'Rob' }), acute, DATE),
    ];
    const rows = buildTodayRows(entries, DATE);
    expect(rows.map((row) => [row.name, row.status])).toEqual([
      ['Rob', 'red'],
      ['Zara', 'amber'],
      ['Gwen', 'green'],
      ['Abe', 'grey'],
    ]);
    expect(rows[0]?.reasons[0]?.ruleId).toBe('recovery-acute');
    // Ended 18:00 yesterday; 14 h later at 08:00; regeneration from 18:00 today.
    expect(rows[0]?.recovery).toMatchObject({ phase: 'acute', nextPhase: 'regeneration', hoursSinceEnd: 14, hoursUntilNextPhase: 10, ageFactor: 1 });
    expect(countByStatus(rows)).toEqual({ red: 1, amber: 1, green: 1, grey: 1 });
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
    const hurt = { ...teamEntry, input: { ...teamEntry.input, availability: [{ kind: 'injured' as const, startDate: '2026-03-10' }] } };
    const row = buildTodayRow(hurt, DATE);
    expect(row.availability).toBe('injured');
    expect(row.status).toBe('red');
    expect(buildTodayRow(teamEntry, DATE).availability).toBeNull();
  });
});
