import { describe, expect, it } from 'vitest';
import type { PlannedSession } from '@shared/model';
import {
  summariseBlock,
  summariseTemplate,
  weeklyPlannedLoads,
} from '../../../src/renderer/src/features/planner/timeline/block-summary';
import { seasonWeeks } from '../../../src/renderer/src/features/planner/timeline/timeline-geometry';

const stimuli = {
  strengthStimuli: ['strength' as const],
  enduranceStimuli: ['endurance' as const, 'hiit' as const],
};

function planned(id: string, date: string, extra: Partial<PlannedSession> = {}): PlannedSession {
  return {
    id,
    blockId: 'b1',
    date,
    startTime: '17:00',
    stimulus: 'skill',
    durationMin: 60,
    targetRpe: 5,
    title: 'Practice',
    description: '',
    ...extra,
  };
}

describe('summariseBlock', () => {
  const block = { id: 'b1', startDate: '2025-09-01', endDate: '2025-09-14' }; // 2 weeks

  it('gives the mean planned load per week and the strength and endurance shares', () => {
    const sessions = [
      planned('s1', '2025-09-01', { stimulus: 'strength', durationMin: 60, targetRpe: 7 }), // 420
      planned('s2', '2025-09-03', { stimulus: 'endurance', durationMin: 40, targetRpe: 5 }), // 200
      planned('s3', '2025-09-09', { stimulus: 'hiit', durationMin: 30, targetRpe: 8 }), // 240
      planned('s4', '2025-09-10', { stimulus: 'skill', durationMin: 70, targetRpe: 2 }), // 140
      planned('other', '2025-09-10', { blockId: 'b2', stimulus: 'strength' }),
      planned('loose', '2025-09-10', { blockId: undefined, squadId: 'sq' }),
    ];
    const summary = summariseBlock(block, sessions, stimuli);
    expect(summary.sessionCount).toBe(4);
    expect(summary.totalLoadAu).toBe(1000);
    expect(summary.weeklyLoadAu).toBe(500);
    expect(summary.strengthShare).toBeCloseTo(0.42);
    expect(summary.enduranceShare).toBeCloseTo(0.44);
  });

  it('has no shares without planned load, and counts part weeks as fractions', () => {
    expect(summariseBlock(block, [], stimuli)).toEqual({
      sessionCount: 0,
      totalLoadAu: 0,
      weeklyLoadAu: 0,
      strengthShare: null,
      enduranceShare: null,
    });
    const tenDays = { id: 'b1', startDate: '2025-09-01', endDate: '2025-09-10' };
    expect(summariseBlock(tenDays, [planned('s', '2025-09-02')], stimuli).weeklyLoadAu).toBeCloseTo(
      300 / (10 / 7),
    );
  });

  it('follows the settings’ stimulus groups', () => {
    const sessions = [planned('s', '2025-09-02', { stimulus: 'hiit' })];
    const summary = summariseBlock(block, sessions, {
      strengthStimuli: ['hiit'],
      enduranceStimuli: ['endurance'],
    });
    expect(summary.strengthShare).toBe(1);
    expect(summary.enduranceShare).toBe(0);
  });
});

describe('weeklyPlannedLoads', () => {
  it('adds each session once to the week it falls in, Monday first, and ignores sessions outside', () => {
    const weeks = seasonWeeks({ startDate: '2025-09-01', endDate: '2025-09-21' });
    const loads = weeklyPlannedLoads(weeks, [
      planned('a', '2025-09-01'), // Monday week 1
      planned('b', '2025-09-07'), // Sunday week 1
      planned('c', '2025-09-08', { athleteIds: ['x', 'y'] }), // once, not per athlete
      planned('d', '2025-09-22'), // after
      planned('e', '2025-08-31'), // before
    ]);
    expect([...loads]).toEqual([
      ['2025-09-01', 600],
      ['2025-09-08', 300],
      ['2025-09-15', 0],
    ]);
  });

  it('is empty without weeks', () => {
    expect(weeklyPlannedLoads([], [planned('a', '2025-09-01')]).size).toBe(0);
  });
});

describe('summariseTemplate', () => {
  it('gives sessions and load per week of the template', () => {
    const template = {
      weeks: 2,
      sessions: [
        {
          week: 1,
          weekday: 1,
          startTime: '08:00',
          stimulus: 'strength' as const,
          durationMin: 60,
          targetRpe: 7,
          title: 'S',
          description: '',
        },
        {
          week: 2,
          weekday: 3,
          startTime: '17:00',
          stimulus: 'endurance' as const,
          durationMin: 40,
          targetRpe: 5,
          title: 'E',
          description: '',
        },
        {
          week: 2,
          weekday: 5,
          startTime: '17:00',
          stimulus: 'skill' as const,
          durationMin: 60,
          targetRpe: 5,
          title: 'P',
          description: '',
        },
      ],
    };
    const summary = summariseTemplate(template, stimuli);
    expect(summary.sessionsPerWeek).toBe(1.5);
    expect(summary.weeklyLoadAu).toBe(460);
    expect(summary.strengthShare).toBeCloseTo(420 / 920);
    expect(summary.enduranceShare).toBeCloseTo(200 / 920);
  });
});
