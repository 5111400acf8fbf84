import { describe, expect, it } from 'vitest';
import type { MetricsAvailability, MetricsSession } from '@shared/metrics/inputs';
import { valueAt, createDayAxis } from '@shared/metrics/series';
import type { OptionalSeries } from '@shared/metrics/series';
import {
  computeStimulusRecencySeries,
  findReturnFromBreak,
  stimulusRecencyOn,
} from '@shared/metrics/training-gaps';
import type { Stimulus } from '@shared/model/common';
import { defaultSettings } from '@shared/model/settings';
import type { Settings } from '@shared/model/settings';
import { addDays } from '@shared/time/local-date';

const settings = defaultSettings();

function session(date: string, stimulus: Stimulus, sessionRpe = 5, durationMin = 60): MetricsSession {
  return { date, stimulus, sessionRpe, durationMin };
}

function allValues(series: OptionalSeries): (number | null)[] {
  return Array.from(series.values, (_, index) => valueAt(series, index));
}

describe('stimulusRecencyOn', () => {
  const sessions = [
    session('2026-05-01', 'strength'),
    session('2026-05-05', 'endurance'),
    session('2026-05-10', 'hiit'), // endurance by default
    session('2026-05-12', 'skill'), // neither
    session('2026-05-25', 'strength'), // after the dates below: ignored
  ];

  it.each([
    // [date, days since strength (from 05-01), days since endurance, strength flag, endurance flag]
    ['2026-05-01', 0, null, false, false], // no endurance yet
    ['2026-05-14', 13, 4, false, false], // 14 − 1 = 13 < 14; 14 − 10 = 4
    ['2026-05-15', 14, 5, true, false], // 15 − 1 = 14 ≥ 14
    ['2026-05-24', 23, 14, true, true], // 24 − 10 = 14
  ])('on %s: strength %s d, endurance %s d', (date, strengthDays, enduranceDays, isStrength, isEndurance) => {
    const recency = stimulusRecencyOn(sessions, date, settings);
    expect(recency.daysSinceStrength).toBe(strengthDays);
    expect(recency.daysSinceEndurance).toBe(enduranceDays);
    expect(recency.isStrengthDetraining).toBe(isStrength);
    expect(recency.isEnduranceDetraining).toBe(isEndurance);
  });

  it('names the last dates and follows the stimulus settings', () => {
    expect(stimulusRecencyOn(sessions, '2026-05-15', settings)).toMatchObject({
      lastStrengthDate: '2026-05-01',
      lastEnduranceDate: '2026-05-10',
    });
    const runningOnly: Settings = {
      ...settings,
      interference: { ...settings.interference, enduranceStimuli: ['endurance'] },
    };
    // Without hiit the last endurance session is 05-05: 15 − 5 = 10 days.
    expect(stimulusRecencyOn(sessions, '2026-05-15', runningOnly).daysSinceEndurance).toBe(10);
  });

  it('is null and unflagged without any session', () => {
    expect(stimulusRecencyOn([], '2026-05-15', settings)).toEqual({
      lastStrengthDate: null,
      lastEnduranceDate: null,
      daysSinceStrength: null,
      daysSinceEndurance: null,
      isStrengthDetraining: false,
      isEnduranceDetraining: false,
    });
  });
});

describe('computeStimulusRecencySeries', () => {
  it('counts days since each stimulus per axis day, starting from sessions before the axis', () => {
    const sessions = [
      session('2026-05-01', 'strength'), // before the axis
      session('2026-05-05', 'endurance'),
      session('2026-05-06', 'strength'),
      session('2026-05-10', 'strength'), // after the axis
    ];
    const series = computeStimulusRecencySeries(
      sessions,
      createDayAxis('2026-05-03', '2026-05-08'),
      settings,
    );
    // Axis 05-03 … 05-08. Strength: 3−1, 4−1, 5−1, 0, 1, 2. Endurance: none, none, 0, 1, 2, 3.
    expect(allValues(series.daysSinceStrength)).toEqual([2, 3, 4, 0, 1, 2]);
    expect(allValues(series.daysSinceEndurance)).toEqual([null, null, 0, 1, 2, 3]);
  });
});

describe('findReturnFromBreak', () => {
  // Before the break. The chronic window on 2026-02-20 is 01-24 … 02-20 (28 days):
  // 100 + 300 + 300 + 400 = 1100 AU → 1100 / 28 × 7 = 275 AU per week. 01-23 (200 AU, 02-20 − 28) is outside it.
  const beforeBreak = [
    session('2026-01-23', 'strength', 5, 40), // 200 AU
    session('2026-01-24', 'strength', 2, 50), // 100 AU
    session('2026-02-01', 'endurance', 5, 60), // 300 AU
    session('2026-02-10', 'strength', 6, 50), // 300 AU
    session('2026-02-20', 'endurance', 4, 100), // 400 AU
  ];
  // Return on 2026-03-23, then a session every 3 days up to 2026-04-22. Gap 02-21 … 03-22 = 8 + 22 = 30 days.
  const afterBreak = Array.from({ length: 11 }, (_, k) =>
    session(addDays('2026-03-23', 3 * k), 'skill', 3, 40),
  );

  it('finds a 30-day gap and the days since the return', () => {
    expect(findReturnFromBreak([...afterBreak, ...beforeBreak], [], '2026-03-25', settings)).toEqual({
      kind: 'gap',
      breakStartDate: '2026-02-21',
      breakEndDate: '2026-03-22',
      breakDays: 30,
      isOngoing: false,
      preBreakChronicWeeklyLoadAu: 275,
      daysSinceReturn: 2, // 03-25 − 03-23
    });
  });

  it.each([
    ['2026-03-23', 0], // the return day itself
    ['2026-04-19', 27], // 03-23 + 27: the 28th day of the return, still returning
    ['2026-04-20', null], // 28 days after the return: no longer (as for an availability event)
  ])('on %s the days since the return are %s', (date, daysSinceReturn) => {
    const found = findReturnFromBreak([...beforeBreak, ...afterBreak], [], date, settings);
    expect(found?.daysSinceReturn ?? null).toBe(daysSinceReturn);
  });

  it.each([
    // Last session 02-20; next session on the date. Days without sessions: 02-21 … date − 1.
    ['2026-03-06', null], // 02-21 … 03-05 = 8 + 5 = 13 days: not a break
    ['2026-03-07', 14], // 02-21 … 03-06 = 14 days: a break
  ])('a gap ending on %s is a break of %s days', (returnDate, breakDays) => {
    const found = findReturnFromBreak(
      [...beforeBreak, session(returnDate, 'strength')],
      [],
      returnDate,
      settings,
    );
    expect(found?.breakDays ?? null).toBe(breakDays);
  });

  it.each([
    ['2026-03-05', null], // 02-21 … 03-05 = 13 days without sessions
    ['2026-03-06', 14], // 02-21 … 03-06 = 14 days
    ['2026-04-01', 40], // 8 + 31 + 1 = 40 days
  ])('an ongoing gap on %s lasts %s days', (date, breakDays) => {
    const later = session('2026-05-01', 'strength'); // after every date: ignored
    const found = findReturnFromBreak([...beforeBreak, later], [], date, settings);
    if (breakDays === null) {
      expect(found).toBeNull();
    } else {
      expect(found).toEqual({
        kind: 'gap',
        breakStartDate: '2026-02-21',
        breakEndDate: null,
        breakDays,
        isOngoing: true,
        preBreakChronicWeeklyLoadAu: 275,
        daysSinceReturn: null,
      });
    }
  });

  it('counts days before the first session as 0 in the pre-break load', () => {
    // Only session 2026-02-15: 5 × 56 = 280 AU → 280 / 28 × 7 = 70 AU per week.
    // Ongoing on 03-05: 02-16 … 03-05 = 13 + 5 = 18 days.
    const found = findReturnFromBreak([session('2026-02-15', 'strength', 5, 56)], [], '2026-03-05', settings);
    expect(found).toMatchObject({ breakDays: 18, isOngoing: true, preBreakChronicWeeklyLoadAu: 70 });
  });

  describe('availability events', () => {
    // Sessions 02-20, 03-04 and 03-13: the longest gap is 02-21 … 03-03 = 11 days, no break.
    const sessions = [
      ...beforeBreak,
      session('2026-03-04', 'skill', 2, 30),
      session('2026-03-13', 'strength'),
    ];
    const event = (
      kind: MetricsAvailability['kind'],
      startDate: string,
      endDate?: string,
    ): MetricsAvailability => ({
      kind,
      startDate,
      ...(endDate === undefined ? {} : { endDate }),
    });

    it.each(['injured', 'ill', 'unavailable'] as const)(
      'an %s event that ended 3 days ago is a break',
      (kind) => {
        // Event 02-25 … 03-10 = 4 + 10 = 14 days. On 03-13 it ended 3 days ago; return day 03-11 → 2 days since.
        // Chronic window on 02-24 is 01-28 … 02-24: 300 + 300 + 400 = 1000 AU → 1000 / 4 = 250 AU per week.
        expect(
          findReturnFromBreak(sessions, [event(kind, '2026-02-25', '2026-03-10')], '2026-03-13', settings),
        ).toEqual({
          kind: 'availability',
          availabilityKind: kind,
          breakStartDate: '2026-02-25',
          breakEndDate: '2026-03-10',
          breakDays: 14,
          isOngoing: false,
          preBreakChronicWeeklyLoadAu: 250,
          daysSinceReturn: 2,
        });
      },
    );

    it.each([
      ['a modified event', event('modified', '2026-02-25', '2026-03-10'), '2026-03-13'],
      ['an open-ended event', event('injured', '2026-02-25'), '2026-03-13'],
      ['an event ending on the date', event('injured', '2026-02-25', '2026-03-13'), '2026-03-13'],
      ['an event that starts after the date', event('injured', '2026-03-14', '2026-03-15'), '2026-03-13'],
    ])('%s is not a return', (_, availabilityEvent, date) => {
      expect(findReturnFromBreak(sessions, [availabilityEvent], date, settings)).toBeNull();
    });

    it.each([
      ['2026-04-07', 27], // 03-10 + 28: within the window, return day 03-11 → 27 days since
      ['2026-04-08', null], // 29 days after the end
    ])('on %s the event gives %s days since the return', (date, daysSinceReturn) => {
      const steady = [
        ...sessions,
        ...Array.from({ length: 10 }, (_, k) => session(addDays('2026-03-16', 3 * k), 'skill')),
      ];
      const found = findReturnFromBreak(steady, [event('ill', '2026-02-25', '2026-03-10')], date, settings);
      expect(found?.daysSinceReturn ?? null).toBe(daysSinceReturn);
    });

    it('is null for an athlete without sessions, even after an event', () => {
      expect(
        findReturnFromBreak([], [event('injured', '2026-02-25', '2026-03-10')], '2026-03-13', settings),
      ).toBeNull();
      expect(findReturnFromBreak([session('2026-03-20', 'strength')], [], '2026-03-13', settings)).toBeNull();
    });
  });

  it('returns the most recent break when several apply', () => {
    // The 30-day gap ended 03-22; an ill event 04-01 … 04-03 ended later → the event wins.
    // Chronic window on 03-31 is 03-04 … 03-31: sessions 03-23, 03-26, 03-29 at 3 × 40 = 120 AU → 360 / 4 = 90.
    const ill: MetricsAvailability = { kind: 'ill', startDate: '2026-04-01', endDate: '2026-04-03' };
    expect(findReturnFromBreak([...beforeBreak, ...afterBreak], [ill], '2026-04-10', settings)).toEqual({
      kind: 'availability',
      availabilityKind: 'ill',
      breakStartDate: '2026-04-01',
      breakEndDate: '2026-04-03',
      breakDays: 3,
      isOngoing: false,
      preBreakChronicWeeklyLoadAu: 90,
      daysSinceReturn: 6, // 04-10 − 04-04
    });
    // An ongoing gap beats an event that ended earlier: last session 02-20, event 02-21 … 02-25
    // (ended 13 days before 03-10, within the 28-day window), date 03-10.
    const injured: MetricsAvailability = { kind: 'injured', startDate: '2026-02-21', endDate: '2026-02-25' };
    expect(findReturnFromBreak(beforeBreak, [injured], '2026-03-10', settings)).toMatchObject({
      kind: 'gap',
      isOngoing: true,
      breakDays: 18, // 02-21 … 03-10 = 8 + 10
    });
  });
});
