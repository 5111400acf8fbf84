import { describe, expect, it } from 'vitest';
import { STIMULI } from '@shared/model';
import { toDayNumber } from '@shared/time/local-date';
import { buildLoadSeries, chartRange, MAX_DRAWN_POINTS } from '../../../src/renderer/src/charts/series';
import { datesFrom, metricsOf, session } from './chart-test-support';

const strength = STIMULI.indexOf('strength');
const endurance = STIMULI.indexOf('endurance');

describe('buildLoadSeries', () => {
  // Day 1: strength 60 min × RPE 5 = 300 AU; day 2: none; day 3: endurance 40 × 6 = 240 and strength 30 × 4 = 120.
  const metrics = metricsOf(
    {
      sessions: [
        session('2025-03-01', 'strength', 60, 5),
        session('2025-03-03', 'endurance', 40, 6),
        session('2025-03-03', 'strength', 30, 4),
      ],
    },
    '2025-03-03',
  );
  const series = buildLoadSeries(metrics, chartRange(metrics, '4w', '2025-03-03'));

  it('draws one point per day with the daily load split by stimulus (session RPE × minutes)', () => {
    expect(series.reasonIfEmpty).toBeNull();
    expect(series.points.map((point) => point.date)).toEqual(['2025-03-01', '2025-03-02', '2025-03-03']);
    expect(series.points.map((point) => point.totalAu)).toEqual([300, 0, 360]);
    const [first, second, third] = series.points;
    expect(first?.stimulusAu[strength]).toBe(300);
    expect(second?.stimulusAu.every((load) => load === 0)).toBe(true);
    expect(third?.stimulusAu[endurance]).toBe(240);
    expect(third?.stimulusAu[strength]).toBe(120);
    expect(third?.sessionCount).toBe(2);
    expect(first?.day).toBe(toDayNumber('2025-03-01'));
  });

  it('draws the EWMA acute and chronic loads and their ratio as the engine computed them', () => {
    // λ = 0.25 and 2/29 (Williams 2017), from 0.
    const acute = [0.25 * 300, 0.75 * 0.25 * 300, 0.25 * 360 + 0.75 * 0.75 * 75];
    const lambda = 2 / 29;
    const chronic1 = lambda * 300;
    const chronic3 = lambda * 360 + (1 - lambda) * (1 - lambda) * chronic1;
    series.points.forEach((point, index) => {
      expect(point.acuteAu).toBe(metrics.load.ewmaAcuteAu[index]);
      expect(point.chronicAu).toBe(metrics.load.ewmaChronicAu[index]);
      expect(point.acuteAu).toBeCloseTo(acute[index] ?? Number.NaN, 9);
    });
    expect(series.points[0]?.chronicAu).toBeCloseTo(chronic1, 9);
    expect(series.points[2]?.chronicAu).toBeCloseTo(chronic3, 9);
    expect(series.points[2]?.ratio).toBeCloseTo(acute[2]! / chronic3, 9);
    expect(series.variant).toBe('ewma');
    expect(series.bands).toEqual({ low: 0.8, high: 1.3, danger: 1.5 });
    expect(series.maxLoadAu).toBe(360);
  });

  it('says why it is empty without sessions', () => {
    const none = metricsOf({ wellness: [{ date: '2025-03-01', mood: 4 }] }, '2025-03-03');
    const empty = buildLoadSeries(none, chartRange(none, '4w', '2025-03-03'));
    expect(empty.reasonIfEmpty).toBe('noSessions');
    expect(empty.points).toEqual([]);
  });

  it('downsamples a range longer than the maximum and keeps the peak day', () => {
    const dates = datesFrom('2022-01-01', 1500);
    const sessions = dates.map((date, index) =>
      session(date, index % 2 ? 'skill' : 'endurance', 30 + (index % 17), 3 + (index % 5)),
    );
    sessions.push(session('2023-05-17', 'match', 120, 10));
    const long = metricsOf({ sessions }, dates[dates.length - 1]!);
    const range = chartRange(long, 'all', dates[dates.length - 1]!);
    const drawn = buildLoadSeries(long, range);
    expect(drawn.dayCount).toBe(1500);
    expect(drawn.isDownsampled).toBe(true);
    expect(drawn.points.length).toBeLessThanOrEqual(MAX_DRAWN_POINTS);
    expect(drawn.points.length).toBeGreaterThan(MAX_DRAWN_POINTS * 0.6);
    const peak = drawn.points.find((point) => point.date === '2023-05-17');
    expect(peak?.totalAu).toBe(long.daily.dailyLoadAu[range.startIndex + 501]);
    expect(drawn.maxLoadAu).toBe(peak?.totalAu);
    expect(drawn.points[0]?.date).toBe('2022-01-01');
    expect(drawn.points[drawn.points.length - 1]?.date).toBe(dates[dates.length - 1]);
    const days = drawn.points.map((point) => point.day);
    expect(days.every((day, index) => index === 0 || day > (days[index - 1] ?? Infinity))).toBe(true);
  });

  it('keeps every day at or below the maximum', () => {
    const dates = datesFrom('2024-01-01', 300);
    const long = metricsOf({ sessions: dates.map((date) => session(date, 'other', 30, 4)) }, dates[299]!);
    const drawn = buildLoadSeries(long, chartRange(long, 'all', dates[299]!), 300);
    expect(drawn.points).toHaveLength(300);
    expect(drawn.isDownsampled).toBe(false);
  });
});
