import { describe, expect, it } from 'vitest';
import type { Block, PlannedSession, Season } from '@shared/model';
import { projectAthlete } from '@shared/planning/projection';
import {
  plannedSessionsForAthlete,
  projectAthletePlan,
  toPlanAthlete,
} from '../../../src/renderer/src/features/athletes/athlete-plan';
import { SETTINGS, inputOf, session } from './chart-test-support';

const TODAY = '2025-03-28';
const athlete = toPlanAthlete(
  inputOf({ athleteId: 'a1', sessions: [session('2025-03-20', 'strength', 60, 6)] }),
  {
    name: 'Anna',
    squadIds: ['squad-a'],
  },
);

function planned(id: string, date: string, parts: Partial<PlannedSession>): PlannedSession {
  return {
    id,
    date,
    startTime: '10:00',
    stimulus: 'strength',
    durationMin: 60,
    targetRpe: 6,
    title: id,
    description: '',
    ...parts,
  };
}

const seasons: Pick<Season, 'id' | 'squadId'>[] = [
  { id: 'club', squadId: undefined },
  { id: 'season-a', squadId: 'squad-a' },
  { id: 'season-b', squadId: 'squad-b' },
];
const blocks: Pick<Block, 'id' | 'seasonId'>[] = [
  { id: 'block-club', seasonId: 'club' },
  { id: 'block-a', seasonId: 'season-a' },
  { id: 'block-b', seasonId: 'season-b' },
];

describe('plannedSessionsForAthlete', () => {
  it('keeps the sessions naming the athlete, their squad’s, and their season’s blocks’, in date order', () => {
    const sessions = [
      planned('named', '2025-04-02', { squadId: 'squad-b', athleteIds: ['a1'] }),
      planned('other-athlete', '2025-04-01', { squadId: 'squad-a', athleteIds: ['a2'] }),
      planned('own-squad', '2025-04-01', { squadId: 'squad-a' }),
      planned('other-squad', '2025-04-01', { squadId: 'squad-b' }),
      planned('club-block', '2025-03-30', { blockId: 'block-club' }),
      planned('own-block', '2025-03-31', { blockId: 'block-a' }),
      planned('other-block', '2025-03-31', { blockId: 'block-b' }),
    ];
    expect(plannedSessionsForAthlete(sessions, athlete, blocks, seasons).map((s) => s.id)).toEqual([
      'club-block',
      'own-block',
      'own-squad',
      'named',
    ]);
  });
});

describe('projectAthletePlan', () => {
  it('is null when nothing is planned after today', () => {
    const onToday = [planned('today', TODAY, { squadId: 'squad-a' })];
    expect(projectAthletePlan(athlete, onToday, TODAY, SETTINGS)).toBeNull();
    expect(projectAthletePlan(athlete, [], TODAY, SETTINGS)).toBeNull();
  });

  it('projects the sessions after today to the last of them (today’s plan is left to the record)', () => {
    const sessions = [
      planned('today', TODAY, { squadId: 'squad-a' }),
      planned('next', '2025-04-03', { squadId: 'squad-a' }),
    ];
    const result = projectAthletePlan(athlete, sessions, TODAY, SETTINGS);
    expect(result?.horizon).toBe('2025-04-03');
    const expected = projectAthlete(athlete, sessions.slice(1), TODAY, '2025-04-03', SETTINGS);
    expect(result?.projection.load.ewmaAcuteAu).toEqual(expected.load.ewmaAcuteAu);
    expect(result?.projection.planned.map((status) => status.planned.id)).toEqual(['next']);
  });
});
