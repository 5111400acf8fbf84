import { describe, expect, it } from 'vitest';
import { STIMULI, type Stimulus } from '@shared/model';
import { dayIndex, valueAt, type MetricsSession } from '@shared/metrics';
import { addDays } from '@shared/time/local-date';
import {
  buildTeamLoadView,
  type TeamLoadRequest,
  type TeamLoadView,
} from '../../../src/renderer/src/team/team-load-view';
import type { TeamEntry } from '../../../src/renderer/src/team/team-entry';
import { SETTINGS, athlete, daysBefore, entry, session } from './team-fixtures';

/** A Wednesday: this week is Mon 16 – Wed 18 March; the two weeks before start on 2 and 9 March. */
const DATE = '2026-03-18';
const MONDAY = '2026-03-16';
/** The service computes the series up to today, which may lie after the date shown. */
const AS_OF = '2026-03-22';

const at = (stimulus: Stimulus): number => STIMULI.indexOf(stimulus);

function request(weeks: TeamLoadRequest['weeks'] = 12, date = DATE): TeamLoadRequest {
  return { date, squadId: null, weeks };
}

/** With RPE 1, a session's load (RPE × minutes, Foster 2001) is its minutes. */
function minutes(date: string, durationMin: number, stimulus: Stimulus = 'skill'): MetricsSession {
  return session(date, { durationMin, sessionRpe: 1, stimulus });
}

function view(entries: TeamEntry[], weeks: TeamLoadRequest['weeks'] = 12): TeamLoadView {
  return buildTeamLoadView(entries, request(weeks), SETTINGS);
}

/** 100 days of sessions before the date, a stimulus each, with loads that differ from day to day. */
function variedHistory(seed: number): MetricsSession[] {
  return daysBefore(DATE, 100).map((day, k) =>
    session(day, {
      durationMin: 30 + ((k * 7 + seed) % 50),
      sessionRpe: 2 + ((k + seed) % 7),
      stimulus: STIMULI[(k * 3 + seed) % STIMULI.length] ?? 'other',
    }),
  );
}

describe('Team load view: weekly load by stimulus', () => {
  it('stacks each week by stimulus so that the stacks sum to the engine daily loads of its days', () => {
    const entries = [
      entry(athlete('a'), { sessions: variedHistory(1) }, AS_OF),
      entry(athlete('b'), { sessions: variedHistory(4) }, AS_OF),
    ];
    const result = view(entries);
    for (const week of result.weeks) {
      let engineAu = 0;
      for (const { metrics } of entries) {
        for (let day = 0; day < week.dayCount; day += 1) {
          engineAu += metrics.daily.dailyLoadAu[dayIndex(metrics.axis, addDays(week.weekStart, day))] ?? 0;
        }
      }
      const stackAu = week.stimulusTotalAu.reduce((sum, value) => sum + value, 0);
      expect(stackAu).toBeCloseTo(engineAu, 9);
      expect(week.totalAu).toBeCloseTo(engineAu, 9);
      expect(week.stimulusTotalAu).toHaveLength(STIMULI.length);
    }
    expect(result.weeks.some((week) => week.totalAu > 0)).toBe(true);
  });

  it('counts the date week only up to the date, by stimulus', () => {
    const sessions = [
      session(MONDAY, { stimulus: 'strength', durationMin: 60, sessionRpe: 5 }), // 300 AU
      session('2026-03-17', { stimulus: 'endurance', durationMin: 40, sessionRpe: 6 }), // 240 AU
      session('2026-03-19', { stimulus: 'strength', durationMin: 60, sessionRpe: 9 }), // after the date
    ];
    const last = view([entry(athlete('a'), { sessions }, AS_OF)]).weeks.at(-1);
    expect(last).toMatchObject({ weekStart: MONDAY, endDate: DATE, dayCount: 3, totalAu: 540 });
    expect(last?.stimulusTotalAu[at('strength')]).toBe(300);
    expect(last?.stimulusTotalAu[at('endurance')]).toBe(240);
  });

  it('gives the mean per athlete as the squad total ÷ every athlete of the squad, those without sessions too', () => {
    const entries = [
      entry(athlete('a'), { sessions: [minutes(MONDAY, 90, 'strength')] }, AS_OF),
      entry(athlete('b'), { sessions: [minutes(MONDAY, 60, 'strength'), minutes(DATE, 30, 'match')] }, AS_OF),
      entry(athlete('c'), {}, AS_OF),
    ];
    const last = view(entries).weeks.at(-1);
    expect(last?.totalAu).toBe(180);
    expect(last?.meanAu).toBe(60);
    expect(last?.stimulusMeanAu[at('strength')]).toBe(50);
    expect(last?.stimulusMeanAu[at('match')]).toBe(10);
  });

  it('splits each week into strength, endurance (endurance and HIIT by default) and the rest', () => {
    const sessions = [
      minutes('2026-03-09', 300, 'strength'),
      minutes('2026-03-10', 240, 'endurance'),
      minutes('2026-03-11', 60, 'hiit'),
      minutes('2026-03-12', 100, 'skill'),
    ];
    const result = view([entry(athlete('a'), { sessions }, AS_OF)]);
    const week = result.weeks.find((candidate) => candidate.weekStart === '2026-03-09');
    expect(week).toMatchObject({ totalAu: 700, strengthAu: 300, enduranceAu: 300 });
    expect(week?.strengthShare).toBeCloseTo(3 / 7, 12);
    expect(week?.enduranceShare).toBeCloseTo(3 / 7, 12);
    expect(week?.otherShare).toBeCloseTo(1 / 7, 12);
    const empty = result.weeks[0];
    expect(empty).toMatchObject({ totalAu: 0, strengthShare: null, enduranceShare: null, otherShare: null });
    expect(result.strengthStimuli).toEqual(['strength']);
    expect(result.enduranceStimuli).toEqual(['endurance', 'hiit']);
  });
});

describe('Team load view: windows', () => {
  it.each([12, 26, 52] as const)(
    'shows %i ISO weeks ending with the date week, and every day up to the date',
    (weeks) => {
      const result = view([entry(athlete('a'), { sessions: [minutes('2026-01-05', 60)] }, AS_OF)], weeks);
      expect(result.weeks).toHaveLength(weeks);
      expect(result.weeks.at(-1)?.weekStart).toBe(MONDAY);
      expect(result.weeks[0]?.weekStart).toBe(addDays(MONDAY, -7 * (weeks - 1)));
      expect(result.weeks.slice(0, -1).every((week) => week.dayCount === 7)).toBe(true);
      expect(result.days).toHaveLength(7 * (weeks - 1) + 3);
      expect(result.days[0]?.date).toBe(result.weeks[0]?.weekStart);
      expect(result.days.at(-1)?.date).toBe(DATE);
      expect(result).toMatchObject({ thisWeekStart: MONDAY, thisWeekDayCount: 3 });
      expect(result.previousWeekStarts).toEqual(['2026-03-02', '2026-03-09']);
      expect(result.firstSessionDate).toBe('2026-01-05');
    },
  );

  it('gives an empty squad zero load, no shares, no ratio and no rows', () => {
    const result = view([]);
    expect(result.athleteCount).toBe(0);
    expect(result.weeks).toHaveLength(12);
    expect(
      result.weeks.every((week) => week.totalAu === 0 && week.meanAu === 0 && week.strengthShare === null),
    ).toBe(true);
    expect(
      result.days.every(
        (day) => day.meanRatio === null && day.meanAcuteAu === 0 && day.ratioAthleteCount === 0,
      ),
    ).toBe(true);
    expect(result.athletes).toEqual([]);
    expect(result.ratioOnDate).toEqual({
      counted: 0,
      insufficientHistory: 0,
      noSessions: 0,
      undefinedRatio: 0,
    });
    expect(result.firstSessionDate).toBeNull();
    expect(result.variant).toBe('ewma');
  });
});

/** Two weeks of `previous` minutes each, then `thisWeek` minutes on Monday of the date week. */
function rampEntry(id: string, before: [number, number], thisWeek: number): TeamEntry {
  const sessions = [minutes('2026-03-02', before[0]), minutes('2026-03-09', before[1])];
  if (thisWeek > 0) sessions.push(minutes(MONDAY, thisWeek));
  return entry(athlete(id), { sessions }, AS_OF);
}

describe('Team load view: the table', () => {
  it('compares this week with the mean of the same days of the two weeks before and flags a rise above 30 % only', () => {
    const rows = view([
      rampEntry('exactly-30', [70, 130], 130),
      rampEntry('above-30', [100, 100], 131),
      rampEntry('falling', [100, 300], 100),
      rampEntry('no-base', [0, 0], 200),
    ]).athletes;
    const byId = new Map(rows.map((row) => [row.athleteId, row]));
    expect(byId.get('exactly-30')).toMatchObject({
      thisWeekAu: 130,
      baselineAu: 100,
      changePercent: 30,
    });
    expect(byId.get('exactly-30')?.flags).not.toContain('ramp');
    expect(byId.get('above-30')?.changePercent).toBeCloseTo(31, 12);
    expect(byId.get('above-30')?.flags).toContain('ramp');
    expect(byId.get('falling')).toMatchObject({ baselineAu: 200, changePercent: -50, isNewLoad: false });
    expect(byId.get('falling')?.flags).not.toContain('ramp');
    // Load on an empty base is "new load", flagged as a rise like a near-empty base is.
    expect(byId.get('no-base')).toMatchObject({ baselineAu: 0, changePercent: null, isNewLoad: true });
    expect(byId.get('no-base')?.flags).toContain('ramp');
  });

  it('compares a partial week with the same weekdays of the two weeks before, not with full weeks', () => {
    // 100 AU every day for five weeks: a steady load. On Wednesday this week holds 3 days (300 AU);
    // the full weeks before held 700 AU each, which read as −57 % for everyone.
    const steady = daysBefore(DATE, 35).map((day) => minutes(day, 100));
    steady.push(minutes(DATE, 100));
    const result = view([entry(athlete('steady'), { sessions: steady }, AS_OF)]);
    expect(result).toMatchObject({ thisWeekDayCount: 3, comparedDayCount: 3 });
    expect(result.previousWeekStarts).toEqual(['2026-03-02', '2026-03-09']);
    expect(result.athletes[0]).toMatchObject({
      thisWeekAu: 300,
      baselineAu: 300,
      changePercent: 0,
      isNewLoad: false,
      flags: [],
    });
  });

  it('takes only Monday to the date of the earlier weeks, so a heavy Thursday there does not count', () => {
    // Mon–Wed 100 AU in each week; Thursday 1000 AU in both earlier weeks.
    const sessions = ['2026-03-02', '2026-03-09', MONDAY].flatMap((monday) => [
      minutes(monday, 100),
      minutes(addDays(monday, 1), 100),
      minutes(addDays(monday, 2), 130),
    ]);
    sessions.push(minutes('2026-03-05', 1000), minutes('2026-03-12', 1000));
    const row = view([entry(athlete('a'), { sessions }, AS_OF)]).athletes[0];
    expect(row).toMatchObject({ thisWeekAu: 330, baselineAu: 330, changePercent: 0 });
  });

  it('compares a complete week (the date a Sunday) with the two full weeks before', () => {
    const sunday = '2026-03-22';
    const sessions = [minutes('2026-03-08', 200), minutes('2026-03-15', 400), minutes(sunday, 450)];
    const result = buildTeamLoadView(
      [entry(athlete('a'), { sessions }, AS_OF)],
      request(12, sunday),
      SETTINGS,
    );
    expect(result).toMatchObject({ thisWeekDayCount: 7, comparedDayCount: 7 });
    expect(result.athletes[0]).toMatchObject({ thisWeekAu: 450, baselineAu: 300, changePercent: 50 });
  });

  it('reads a rise from an almost empty base as new load, not as a percentage', () => {
    const rows = view([
      // 5 AU then 5 AU before, 265 AU now: +5,200 %, which says nothing.
      rampEntry('near-zero', [5, 5], 265),
      // 20 then 20 before, 200 now: tenfold exactly, still a percentage (+900 %).
      rampEntry('tenfold', [20, 20], 200),
      rampEntry('ordinary', [100, 100], 131),
      rampEntry('rest', [100, 100], 0),
    ]).athletes;
    const byId = new Map(rows.map((row) => [row.athleteId, row]));
    expect(byId.get('near-zero')).toMatchObject({ baselineAu: 5, isNewLoad: true });
    expect(byId.get('near-zero')?.flags).toContain('ramp');
    expect(byId.get('tenfold')).toMatchObject({ isNewLoad: false, changePercent: 900 });
    expect(byId.get('ordinary')?.isNewLoad).toBe(false);
    expect(byId.get('rest')).toMatchObject({ thisWeekAu: 0, isNewLoad: false, changePercent: -100 });
  });

  it('reads monotony, strain, ratio, acute and chronic on the date from the engine, sorted by name', () => {
    const teamEntry = entry(athlete('z', { name: 'Zoë' }), { sessions: variedHistory(2) }, AS_OF);
    const other = entry(athlete('a', { name: 'Anna' }), { sessions: variedHistory(3) }, AS_OF);
    const rows = view([teamEntry, other]).athletes;
    expect(rows.map((row) => row.name)).toEqual(['Anna', 'Zoë']);
    const { load } = teamEntry.metrics;
    const index = dayIndex(teamEntry.metrics.axis, DATE);
    expect(rows[1]).toMatchObject({
      monotony: valueAt(load.monotony, index),
      strainAu: valueAt(load.strainAu, index),
      ratio: valueAt(load.acwrEwma, index),
      ewmaAcuteAu: load.ewmaAcuteAu[index],
      ewmaChronicAu: load.ewmaChronicAu[index],
      hasSufficientHistory: true,
    });
    expect(rows[1]?.monotony).not.toBeNull();
  });

  it('flags insufficient history instead of judging the ratio of a new athlete', () => {
    const row = view([
      entry(athlete('new'), { sessions: [minutes('2026-03-10', 30), minutes(DATE, 300)] }, AS_OF),
    ]).athletes[0];
    expect(row).toMatchObject({ historyDays: 9, hasSufficientHistory: false });
    expect(row?.ratio).not.toBeNull();
    // 300 AU against a mean of (0 + 30) / 2: a ramp, but no ratio flag before 28 days of history.
    expect(row?.flags).toEqual(['ramp', 'insufficient-history']);
  });
});

describe('Team load view: the squad mean ratio', () => {
  it('averages the defined ratios of athletes with 28 days of history and leaves out the others', () => {
    const seasoned = entry(athlete('seasoned'), { sessions: variedHistory(5) }, AS_OF);
    const alsoSeasoned = entry(athlete('also'), { sessions: variedHistory(6) }, AS_OF);
    const newcomer = entry(
      athlete('new'),
      { sessions: daysBefore(DATE, 10).map((day) => minutes(day, 60)) },
      AS_OF,
    );
    // Sessions of RPE 0 for 40 days: history enough, but a chronic load of 0, so an undefined ratio.
    const zeroLoad = entry(
      athlete('zero'),
      { sessions: daysBefore(DATE, 40).map((day) => session(day, { sessionRpe: 0 })) },
      AS_OF,
    );
    const idle = entry(athlete('idle'), {}, AS_OF);
    const entries = [seasoned, alsoSeasoned, newcomer, zeroLoad, idle];
    const result = view(entries);
    const ratioOf = (teamEntry: TeamEntry): number | null =>
      valueAt(teamEntry.metrics.load.acwrEwma, dayIndex(teamEntry.metrics.axis, DATE));
    expect(ratioOf(newcomer)).not.toBeNull();
    expect(ratioOf(zeroLoad)).toBeNull();
    const last = result.days.at(-1);
    expect(last?.ratioAthleteCount).toBe(2);
    expect(last?.meanRatio).toBeCloseTo(((ratioOf(seasoned) ?? 0) + (ratioOf(alsoSeasoned) ?? 0)) / 2, 12);
    const acuteOf = (teamEntry: TeamEntry): number =>
      teamEntry.metrics.load.ewmaAcuteAu[dayIndex(teamEntry.metrics.axis, DATE)] ?? 0;
    expect(last?.meanAcuteAu).toBeCloseTo(
      (acuteOf(seasoned) + acuteOf(alsoSeasoned) + acuteOf(newcomer)) / 5,
      9,
    );
    expect(result.ratioOnDate).toEqual({
      counted: 2,
      insufficientHistory: 1,
      noSessions: 1,
      undefinedRatio: 1,
    });
  });

  it('has no mean ratio on days when nobody has enough history', () => {
    const result = view([
      entry(athlete('new'), { sessions: daysBefore(DATE, 10).map((day) => minutes(day, 60)) }, AS_OF),
    ]);
    expect(result.days.every((day) => day.meanRatio === null)).toBe(true);
    expect(result.days.at(-1)?.meanAcuteAu).toBeGreaterThan(0);
    expect(result.days.at(-1)?.meanChronicAu).toBeGreaterThan(0);
  });
});
