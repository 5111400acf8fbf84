import { describe, expect, it } from 'vitest';
import { buildDailyLoad, STIMULUS_COUNT, stimulusIndex } from '@shared/metrics/daily-load';
import type { AthleteMetricsInput, MetricsSession } from '@shared/metrics/inputs';
import { createDayAxis } from '@shared/metrics/series';
import { sumStimulusLoadByIsoWeek } from '@shared/metrics/stimulus-weeks';
import {
  aggregateSquad,
  aggregateSquads,
  computeSpread,
  computeTeamMetrics,
} from '@shared/metrics/team-metrics';
import { defaultSettings } from '@shared/model/settings';

const session = (
  date: string,
  durationMin: number,
  sessionRpe: number,
  stimulus: MetricsSession['stimulus'],
): MetricsSession => ({
  date,
  durationMin,
  sessionRpe,
  stimulus,
});

describe('daily load and its split by stimulus', () => {
  it('sums two sessions on one day, and keeps each stimulus apart', () => {
    const axis = createDayAxis('2026-03-02', '2026-03-04');
    const daily = buildDailyLoad(
      [
        session('2026-03-02', 60, 5, 'strength'),
        session('2026-03-02', 30, 8, 'endurance'),
        session('2026-03-04', 45, 4, 'hiit'),
      ],
      axis,
    );
    expect(Array.from(daily.dailyLoadAu)).toEqual([540, 0, 180]); // 5 × 60 + 8 × 30; nothing; 4 × 45
    expect(Array.from(daily.sessionCount)).toEqual([2, 0, 1]);
    expect(daily.stimulusLoadAu[0 * STIMULUS_COUNT + stimulusIndex('strength')]).toBe(300);
    expect(daily.stimulusLoadAu[0 * STIMULUS_COUNT + stimulusIndex('endurance')]).toBe(240);
    expect(daily.stimulusLoadAu[2 * STIMULUS_COUNT + stimulusIndex('hiit')]).toBe(180);
  });

  it('leaves out sessions outside the axis', () => {
    const daily = buildDailyLoad(
      [session('2026-03-01', 60, 5, 'other'), session('2026-03-05', 60, 5, 'other')],
      createDayAxis('2026-03-02', '2026-03-04'),
    );
    expect(Array.from(daily.dailyLoadAu)).toEqual([0, 0, 0]);
  });

  it('sums by ISO week, Monday first, across the March clock change', () => {
    // Axis Wed 25 Mar … Tue 31 Mar 2026: week of Mon 23 Mar (Wed–Sun) and week of Mon 30 Mar (Mon–Tue).
    const axis = createDayAxis('2026-03-25', '2026-03-31');
    const daily = buildDailyLoad(
      [
        session('2026-03-25', 60, 5, 'strength'),
        session('2026-03-29', 30, 6, 'endurance'),
        session('2026-03-30', 40, 5, 'strength'),
      ],
      axis,
    );
    const weeks = sumStimulusLoadByIsoWeek(daily.stimulusLoadAu, axis);
    expect(weeks.weekStarts).toEqual(['2026-03-23', '2026-03-30']);
    expect(weeks.loadAu[0 * STIMULUS_COUNT + stimulusIndex('strength')]).toBe(300);
    expect(weeks.loadAu[0 * STIMULUS_COUNT + stimulusIndex('endurance')]).toBe(180); // Sunday 29 Mar is still week 1
    expect(weeks.loadAu[1 * STIMULUS_COUNT + stimulusIndex('strength')]).toBe(200);
    expect(sumStimulusLoadByIsoWeek(new Float64Array(0), { ...axis, length: 0 }).weekStarts).toEqual([]);
  });
});

describe('team metrics and squad aggregates', () => {
  const athlete = (athleteId: string, sessions: MetricsSession[]): AthleteMetricsInput => ({
    athleteId,
    trainingAgeYears: 1,
    sessions,
    wellness: [],
    availability: [],
  });

  it('computes every athlete in one call, in input order, with or without the series', () => {
    const inputs = [
      // Injured since yesterday → red; her hard strength session (ends 18:00) is in its acute phase at
      // 08:00, which is said per class and never makes the status.
      {
        ...athlete('ann', [session('2026-03-10', 60, 8, 'strength')]),
        availability: [{ kind: 'injured' as const, startDate: '2026-03-10' }],
      },
      athlete('bob', [session('2026-03-11', 30, 3, 'recovery')]), // easy, today → green
      athlete('cat', [session('2026-03-01', 30, 3, 'recovery')]), // 10 days ago → grey
    ];
    const team = computeTeamMetrics(inputs, '2026-03-11', defaultSettings());
    expect(team.map((entry) => entry.summary.athleteId)).toEqual(['ann', 'bob', 'cat']);
    expect(team.map((entry) => entry.summary.readiness.status)).toEqual(['red', 'green', 'grey']);
    expect(team[0]?.summary.readiness.reasons[0]).toMatchObject({ ruleId: 'availability', severity: 'red' });
    expect(team[0]?.summary.readiness.readyFor?.strength).toMatchObject({ phase: 'acute', status: 'red' });
    expect(team[2]?.summary.readiness.readyFor).toBeNull();
    expect(team[0]?.metrics?.axis.length).toBe(2);
    const lean = computeTeamMetrics(inputs, '2026-03-11', defaultSettings(), { keepSeries: false });
    expect(lean.every((entry) => entry.metrics === null)).toBe(true);
    expect(lean.map((entry) => entry.summary)).toEqual(team.map((entry) => entry.summary));

    const squad = aggregateSquad(team.map((entry) => entry.summary));
    expect(squad.athleteCount).toBe(3);
    expect(squad.countsByStatus).toEqual({ red: 1, grey: 1, amber: 0, green: 1 });
    // Daily load on 11 Mar: ann 0, bob 90, cat 0 → mean 30, sample SD √((900 + 3,600 + 900)/2) = √2,700.
    expect(squad.metrics.dailyLoadAu).toEqual({ count: 3, mean: 30, sd: Math.sqrt(2700), min: 0, max: 90 });
    expect(squad.metrics.compositeZ).toEqual({ count: 0, mean: null, sd: null, min: null, max: null });

    const bySquad = aggregateSquads(
      team.map((entry) => entry.summary),
      new Map([
        ['ann', ['first']],
        ['bob', ['first', 'second']],
      ]),
    );
    expect([...bySquad.keys()]).toEqual(['first', 'second']); // cat has no squad
    expect(bySquad.get('first')?.countsByStatus).toEqual({ red: 1, grey: 0, amber: 0, green: 1 });
    expect(bySquad.get('second')?.metrics.dailyLoadAu.mean).toBe(90);
  });

  it('spreads skip undefined values and give SD 0 for one value', () => {
    expect(computeSpread([null, 1.2, null])).toEqual({ count: 1, mean: 1.2, sd: 0, min: 1.2, max: 1.2 });
    expect(computeSpread([1, 2, 3, null])).toEqual({ count: 3, mean: 2, sd: 1, min: 1, max: 3 });
  });
});
