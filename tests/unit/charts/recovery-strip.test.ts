import { describe, expect, it } from 'vitest';
import { recoveryPhaseByDay, RECOVERY_PHASES, type AthleteMetrics } from '@shared/metrics';
import { RECOVERY_CLASSES, type RecoveryClass } from '@shared/model/settings';
import { toDayNumber } from '@shared/time/local-date';
import {
  buildRecoveryStrip,
  buildRecoveryStrips,
  chartRange,
  type PhaseSegment,
} from '../../../src/renderer/src/charts/series';
import { datesFrom, metricsOf, session } from './chart-test-support';

const at = (date: string, time: string): number => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return toDayNumber(date) + (hours * 60 + minutes) / 1440;
};

/** The phase code (0 none, 1 acute, 2 regeneration, 3 adaptation) the strip shows at a moment. */
function codeAt(segments: readonly PhaseSegment[], moment: number): number {
  const segment = segments.find((candidate) => candidate.fromDay <= moment && moment < candidate.toDay);
  return segment ? RECOVERY_PHASES.indexOf(segment.phase) + 1 : 0;
}

/** hiit loads the endurance class (SCIENCE.md, "Recovery phases, per stimulus class"). */
function stripOf(metrics: AthleteMetrics, today: string, recoveryClass: RecoveryClass = 'endurance') {
  return buildRecoveryStrip(metrics, chartRange(metrics, '4w', today), recoveryClass);
}

describe('buildRecoveryStrip', () => {
  it('acute 24 h, regeneration to 72 h, then adaptation after a hard session (RPE ≥ 7) that ended 19:00', () => {
    const metrics = metricsOf({ sessions: [session('2025-03-03', 'hiit', 60, 8, '18:00')] }, '2025-03-10');
    const strip = stripOf(metrics, '2025-03-10');
    expect(strip.reasonIfEmpty).toBeNull();
    expect(strip.segments).toEqual([
      { phase: 'acute', fromDay: at('2025-03-03', '19:00'), toDay: at('2025-03-04', '19:00') },
      { phase: 'regeneration', fromDay: at('2025-03-04', '19:00'), toDay: at('2025-03-06', '19:00') },
      { phase: 'adaptation', fromDay: at('2025-03-06', '19:00'), toDay: toDayNumber('2025-03-11') },
    ]);
    expect(strip.marks).toEqual([
      { endDay: at('2025-03-03', '19:00'), date: '2025-03-03', loadAu: 480, sessionRpe: 8 },
    ]);
    // The strength lane has no hard session of its class.
    const strength = stripOf(metrics, '2025-03-10', 'strength');
    expect(strength.reasonIfEmpty).toBe('noHardSessions');
    expect(strength.segments).toEqual([]);
  });

  it('scales the boundaries by age (×1.25 from 35: a product default)', () => {
    const metrics = metricsOf(
      { birthDate: '1980-01-01', sessions: [session('2025-03-03', 'hiit', 60, 8, '18:00')] },
      '2025-03-10',
    );
    const [acute, regeneration] = stripOf(metrics, '2025-03-10').segments;
    expect((acute?.toDay ?? 0) - (acute?.fromDay ?? 0)).toBeCloseTo(30 / 24, 9);
    expect((regeneration?.toDay ?? 0) - (acute?.fromDay ?? 0)).toBeCloseTo(90 / 24, 9);
  });

  it('restarts each class’s clock at its next hard session and agrees with recoveryPhaseByDay at 08:00 every day', () => {
    const sessions = [
      session('2025-02-20', 'strength', 60, 8, '10:00'),
      session('2025-02-21', 'skill', 45, 3, '10:00'),
      session('2025-02-22', 'match', 90, 9),
      session('2025-02-27', 'endurance', 50, 7, '07:00'),
      session('2025-03-05', 'hiit', 40, 8, '17:30'),
    ];
    const metrics = metricsOf({ sessions }, '2025-03-10');
    const range = chartRange(metrics, 'all', '2025-03-10');
    const strips = buildRecoveryStrips(metrics, range);
    for (const recoveryClass of RECOVERY_CLASSES) {
      const strip = strips[recoveryClass];
      expect(strip).toEqual(buildRecoveryStrip(metrics, range, recoveryClass));
      const codes = recoveryPhaseByDay(metrics.hardSessionsByClass[recoveryClass], metrics.axis, '08:00');
      datesFrom(range.startDate, range.endIndex - range.startIndex + 1).forEach((date, offset) => {
        expect(codeAt(strip.segments, at(date, '08:00')), `${recoveryClass} ${date}`).toBe(
          codes[range.startIndex + offset],
        );
      });
    }
    // Strength: the strength session and the match (it loads both classes; without a start time it
    // ends at 18:00 and cuts the first session's regeneration short).
    expect(strips.strength.segments.filter((segment) => segment.phase === 'acute')).toHaveLength(2);
    expect(strips.strength.marks.map((mark) => mark.date)).toEqual(['2025-02-20', '2025-02-22']);
    // Endurance: the match, the hard endurance session and the HIIT; the strength session is not in its lane.
    expect(strips.endurance.segments.filter((segment) => segment.phase === 'acute')).toHaveLength(3);
    expect(strips.endurance.marks.map((mark) => mark.date)).toEqual([
      '2025-02-22',
      '2025-02-27',
      '2025-03-05',
    ]);
    // After 27 Feb the strength lane is in adaptation while endurance restarts: the clocks are apart.
    expect(codeAt(strips.strength.segments, at('2025-02-27', '12:00'))).toBe(3);
    expect(codeAt(strips.endurance.segments, at('2025-02-27', '12:00'))).toBe(1);
  });

  it('clips the phases to the range and leaves out marks before it', () => {
    const metrics = metricsOf(
      { sessions: [session('2025-01-01', 'hiit', 60, 8, '18:00'), session('2025-03-01', 'skill', 30, 3)] },
      '2025-03-10',
    );
    const strip = stripOf(metrics, '2025-03-10');
    expect(strip.marks).toEqual([]);
    expect(strip.segments).toEqual([
      { phase: 'adaptation', fromDay: toDayNumber('2025-02-11'), toDay: toDayNumber('2025-03-11') },
    ]);
  });

  it('says why it is empty', () => {
    const easy = metricsOf({ sessions: [session('2025-03-01', 'skill', 30, 3)] }, '2025-03-10');
    expect(stripOf(easy, '2025-03-10').reasonIfEmpty).toBe('noHardSessions');
    const none = metricsOf({ wellness: [{ date: '2025-03-01', mood: 3 }] }, '2025-03-10');
    expect(stripOf(none, '2025-03-10').reasonIfEmpty).toBe('noSessions');
  });
});
