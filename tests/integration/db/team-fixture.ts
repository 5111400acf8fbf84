import type { Session } from '@shared/model';
import type { TeamData } from '../../../src/renderer/src/db';

/** A hand-made team of two athletes with one of each record, plus `extraSessions` generated sessions. */
export function smallTeam(extraSessions = 0): TeamData {
  const sessions: Session[] = [
    {
      id: 's1',
      athleteId: 'a1',
      date: '2025-03-01',
      stimulus: 'strength',
      durationMin: 60,
      sessionRpe: 7,
      notes: '',
      source: 'demo',
    },
  ];
  for (let n = 0; n < extraSessions; n++) {
    sessions.push({
      ...sessions[0]!,
      id: `gen-${n}`,
      athleteId: n % 2 === 0 ? 'a1' : 'a2',
      date: '2025-01-01',
    });
  }
  return {
    squads: [{ id: 'q1', name: 'First team', colour: '#aa0000' }],
    athletes: [athlete('a1', 'Anna Smith'), athlete('a2', 'Bob Jones')],
    sessions,
    wellness: [{ id: 'w1', athleteId: 'a1', date: '2025-03-01', mood: 4 }],
    availability: [{ id: 'v1', athleteId: 'a2', kind: 'ill', startDate: '2025-03-01', note: '' }],
    seasons: [{ id: 'season1', name: '2025', startDate: '2025-01-01', endDate: '2025-12-31', notes: '' }],
    blocks: [
      {
        id: 'b1',
        seasonId: 'season1',
        name: 'Base',
        startDate: '2025-01-01',
        endDate: '2025-02-28',
        focus: 'endurance',
        notes: '',
      },
    ],
  };
}

function athlete(id: string, name: string): TeamData['athletes'][number] {
  return {
    id,
    name,
    squadIds: ['q1'],
    position: '',
    sport: 'rugby',
    trainingAgeYears: 3,
    notes: '',
    isArchived: false,
  };
}
