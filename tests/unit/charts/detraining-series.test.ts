import { describe, expect, it } from 'vitest';
import { buildDetrainingSeries, chartRange } from '../../../src/renderer/src/charts/series';
import { inputOf, metricsOf, session } from './chart-test-support';

describe('buildDetrainingSeries', () => {
  const sessions = [
    session('2025-03-01', 'strength', 60, 6),
    session('2025-03-03', 'hiit', 30, 8),
    session('2025-03-04', 'skill', 30, 3),
  ];
  const metrics = metricsOf({ sessions }, '2025-03-20');
  const series = buildDetrainingSeries(
    metrics,
    inputOf({ sessions }),
    chartRange(metrics, '4w', '2025-03-20'),
  );

  it('counts whole days since the last strength and endurance (endurance or HIIT) session', () => {
    expect(series.reasonIfEmpty).toBeNull();
    expect(series.points).toHaveLength(20);
    expect(series.points[0]).toMatchObject({
      date: '2025-03-01',
      daysSinceStrength: 0,
      daysSinceEndurance: null,
    });
    expect(series.points[3]).toMatchObject({
      date: '2025-03-04',
      daysSinceStrength: 3,
      daysSinceEndurance: 1,
    });
    expect(series.points[19]).toMatchObject({
      date: '2025-03-20',
      daysSinceStrength: 19,
      daysSinceEndurance: 17,
    });
  });

  it('carries the detraining flag of the settings (14 days) and an axis that holds it', () => {
    expect(series.flagDays).toBe(14);
    expect(series.maxDays).toBe(21);
  });

  it('says why it is empty', () => {
    const skill = [session('2025-03-01', 'skill', 30, 3)];
    const onlySkill = metricsOf({ sessions: skill }, '2025-03-20');
    expect(
      buildDetrainingSeries(
        onlySkill,
        inputOf({ sessions: skill }),
        chartRange(onlySkill, '4w', '2025-03-20'),
      ).reasonIfEmpty,
    ).toBe('noStrengthOrEndurance');
    const none = metricsOf({ wellness: [{ date: '2025-03-01', mood: 3 }] }, '2025-03-20');
    expect(buildDetrainingSeries(none, inputOf({}), chartRange(none, '4w', '2025-03-20')).reasonIfEmpty).toBe(
      'noSessions',
    );
  });
});
