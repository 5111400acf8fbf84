import { describe, expect, it } from 'vitest';
import { buildRecoveryMapView, RECOVERY_MAP_FUTURE_DAYS, RECOVERY_MAP_PAST_DAYS } from '../../../src/renderer/src/team/recovery-map-view';
import { athlete, entry, session } from './team-fixtures';

const DATE = '2026-03-18';
// A hard session on Sat 14 Mar, 09:00 + 60 min: it ends at 10:00.
const HARD = session('2026-03-14', { startTime: '09:00', sessionRpe: 8, stimulus: 'strength' });

describe('recovery map', () => {
  it('has the last 14 days and the next 3 as columns, the chosen date marked', () => {
    const view = buildRecoveryMapView([], DATE, '08:00');
    expect(view.dates).toHaveLength(RECOVERY_MAP_PAST_DAYS + RECOVERY_MAP_FUTURE_DAYS);
    expect(view.dates[0]).toBe('2026-03-05');
    expect(view.dates[view.dateOffset]).toBe(DATE);
    expect(view.dates.at(-1)).toBe('2026-03-21');
  });

  it('colours each morning by phase and scales the phases for an athlete over 50', () => {
    const young = entry(athlete('young', { birthDate: '2000-01-01' }), { sessions: [HARD] }, DATE);
    const veteran = entry(athlete('veteran', { birthDate: '1974-01-01' }), { sessions: [HARD] }, DATE);
    const view = buildRecoveryMapView([young, veteran], DATE, '08:00');
    const codesFrom14 = (name: string) => {
      const row = view.rows.find((candidate) => candidate.name === name);
      return row?.phaseCodes.slice(view.dates.indexOf('2026-03-14'), view.dates.indexOf('2026-03-20'));
    };
    // 08:00 on 14 (before), 15 (22 h: acute), 16 (46 h), 17 (70 h): regeneration, 18 (94 h): adaptation.
    expect(codesFrom14('young')).toEqual([0, 1, 2, 2, 3, 3]);
    // Aged 52: boundaries × 1.5 = 36 h and 108 h, so adaptation waits until the 19th.
    expect(codesFrom14('veteran')).toEqual([0, 1, 2, 2, 2, 3]);
  });

  it('marks the hard sessions on their day with their details', () => {
    const easy = session('2026-03-15', { sessionRpe: 3 });
    const view = buildRecoveryMapView([entry(athlete('a'), { sessions: [HARD, easy] }, DATE)], DATE, '08:00');
    expect(view.rows[0]?.hardSessions).toEqual([
      expect.objectContaining({
        dayOffset: view.dates.indexOf('2026-03-14'),
        startTime: '09:00',
        endDate: '2026-03-14',
        endTime: '10:00',
        stimulus: 'strength',
        sessionRpe: 8,
        loadAu: 480,
        ageFactor: 1,
      }),
    ]);
  });
});
