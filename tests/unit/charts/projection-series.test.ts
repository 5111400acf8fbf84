import { describe, expect, it } from 'vitest';
import { valueAt } from '@shared/metrics';
import { STIMULI, type PlannedSession, type Stimulus } from '@shared/model';
import type { PlanAthlete } from '@shared/planning/plan-context';
import { projectAthlete } from '@shared/planning/projection';
import { addDays, toDayNumber } from '@shared/time/local-date';
import {
  buildFitnessProjection,
  buildFitnessSeries,
  buildLoadProjection,
  buildLoadSeries,
  chartRange,
  extendRangeToHorizon,
  MAX_PROJECTION_DAYS,
  projectionHorizon,
} from '../../../src/renderer/src/charts/series';
import { SETTINGS, checkin, datesFrom, inputOf, metricsOf, session } from './chart-test-support';

const TODAY = '2025-03-28';

function planned(
  date: string,
  durationMin: number,
  targetRpe: number,
  stimulus: Stimulus = 'strength',
): PlannedSession {
  return {
    id: `p-${date}-${stimulus}`,
    squadId: 's1',
    date,
    startTime: '10:00',
    stimulus,
    durationMin,
    targetRpe,
    title: 'Planned',
    description: '',
  };
}

// Four weeks of record (a session every other day, check-ins from two days before the first session).
const sessions = datesFrom('2025-03-01', 28)
  .filter((_, index) => index % 2 === 0)
  .map((date, index) => session(date, index % 3 === 0 ? 'endurance' : 'strength', 60, 5 + (index % 3)));
const wellness = [checkin('2025-02-27', 4), checkin('2025-03-10', 3)];
const input = inputOf({ sessions, wellness });
const athlete: PlanAthlete = { ...input, name: 'A', squadIds: ['s1'] };
const plan = [
  planned('2025-03-31', 60, 6),
  planned('2025-04-02', 45, 7, 'endurance'),
  planned('2025-04-09', 90, 5),
];
const horizon = '2025-04-09';
const projection = projectAthlete(athlete, plan, TODAY, horizon, SETTINGS);
const metrics = metricsOf({ sessions, wellness }, TODAY);

describe('projectionHorizon', () => {
  it('is the last planned date after today, null without one', () => {
    expect(projectionHorizon(plan, TODAY)).toBe('2025-04-09');
    expect(projectionHorizon([planned(TODAY, 60, 5), planned('2025-03-01', 60, 5)], TODAY)).toBeNull();
    expect(projectionHorizon([], TODAY)).toBeNull();
  });

  it('looks at most 12 weeks ahead', () => {
    expect(projectionHorizon([planned('2026-01-01', 60, 5)], TODAY)).toBe(
      addDays(TODAY, MAX_PROJECTION_DAYS),
    );
  });
});

describe('extendRangeToHorizon', () => {
  const range = chartRange(metrics, '4w', TODAY);

  it('runs the x range on to the horizon and keeps the record indices', () => {
    const extended = extendRangeToHorizon(range, TODAY, horizon);
    expect(extended.endDay).toBe(toDayNumber(horizon));
    expect(extended.endDate).toBe(horizon);
    expect(extended.projectedAfterDay).toBe(toDayNumber(TODAY));
    expect([extended.startIndex, extended.endIndex, extended.startDay]).toEqual([
      range.startIndex,
      range.endIndex,
      range.startDay,
    ]);
  });

  it('leaves the range alone without a horizon or when it does not end today', () => {
    expect(extendRangeToHorizon(range, TODAY, null)).toBe(range);
    expect(extendRangeToHorizon(range, TODAY, TODAY)).toBe(range);
    expect(extendRangeToHorizon(range, '2025-03-29', horizon)).toBe(range);
  });
});

describe('buildLoadProjection', () => {
  const range = extendRangeToHorizon(chartRange(metrics, '4w', TODAY), TODAY, horizon);
  const load = buildLoadProjection(projection, range);
  const record = buildLoadSeries(metrics, range);

  it('is null unless the range was extended', () => {
    expect(buildLoadProjection(projection, chartRange(metrics, '4w', TODAY))).toBeNull();
  });

  it('draws today (the join) and every day to the horizon', () => {
    expect(load?.todayDay).toBe(toDayNumber(TODAY));
    expect(load?.points.map((point) => point.date)).toEqual(datesFrom(TODAY, 13));
    expect(load?.points[0]?.plannedAu).toBe(0);
  });

  it('up to today the projection is the engine: the solid and dashed lines meet', () => {
    for (let index = 0; index < metrics.axis.length; index += 1) {
      expect(projection.load.ewmaAcuteAu[index]).toBe(metrics.load.ewmaAcuteAu[index]);
      expect(projection.load.ewmaChronicAu[index]).toBe(metrics.load.ewmaChronicAu[index]);
      expect(projection.load.ctlAu[index]).toBe(metrics.load.ctlAu[index]);
    }
    const lastRecord = record.points.at(-1);
    const join = load?.points[0];
    expect(lastRecord?.date).toBe(TODAY);
    expect(join?.projectedAcuteAu).toBe(lastRecord?.acuteAu);
    expect(join?.projectedChronicAu).toBe(lastRecord?.chronicAu);
    expect(join?.projectedRatio).toBe(lastRecord?.ratio);
  });

  it('after today every value is the projection’s series, with the planned load as bars', () => {
    for (const point of load?.points.slice(1) ?? []) {
      const index = point.day - projection.axis.startDay;
      expect(point.projectedAcuteAu).toBe(projection.load.ewmaAcuteAu[index]);
      expect(point.projectedChronicAu).toBe(projection.load.ewmaChronicAu[index]);
      expect(point.projectedRatio).toBe(valueAt(projection.load.acwrEwma, index));
      expect(point.plannedAu).toBe(projection.daily.dailyLoadAu[index]);
    }
    const byDate = new Map(load?.points.map((point) => [point.date, point]));
    expect(byDate.get('2025-03-31')?.plannedAu).toBe(360);
    expect(byDate.get('2025-03-31')?.plannedStimulusAu[STIMULI.indexOf('strength')]).toBe(360);
    expect(byDate.get('2025-04-02')?.plannedStimulusAu[STIMULI.indexOf('endurance')]).toBe(315);
    expect(byDate.get('2025-04-02')?.plannedCount).toBe(1);
    expect(byDate.get('2025-04-01')?.plannedAu).toBe(0);
    expect(load?.maxLoadAu).toBe(450);
  });

  it('stops at the range’s end when the horizon lies beyond the projection', () => {
    const short = projectAthlete(athlete, plan, TODAY, '2025-04-01', SETTINGS);
    expect(buildLoadProjection(short, range)?.points.at(-1)?.date).toBe('2025-04-01');
  });
});

describe('buildFitnessProjection', () => {
  const range = extendRangeToHorizon(chartRange(metrics, '12w', TODAY), TODAY, horizon);
  const fitness = buildFitnessProjection(projection, range);
  const record = buildFitnessSeries(metrics, range);

  it('starts where the record ends and follows the projection’s CTL, ATL and TSB', () => {
    const lastRecord = record.points.at(-1);
    expect(fitness?.points[0]).toMatchObject({
      date: TODAY,
      projectedCtlAu: lastRecord?.ctlAu,
      projectedAtlAu: lastRecord?.atlAu,
      projectedTsbAu: lastRecord?.tsbAu,
    });
    for (const point of fitness?.points ?? []) {
      const index = point.day - projection.axis.startDay;
      expect(point.projectedCtlAu).toBe(projection.load.ctlAu[index]);
      expect(point.projectedAtlAu).toBe(projection.load.atlAu[index]);
      expect(point.projectedTsbAu).toBe(projection.load.tsbAu[index]);
    }
    expect(fitness?.points.at(-1)?.date).toBe(horizon);
  });
});
