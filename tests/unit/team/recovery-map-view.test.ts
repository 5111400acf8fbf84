import { describe, expect, it } from 'vitest';
import {
  buildRecoveryMapView,
  RECOVERY_MAP_FUTURE_DAYS,
  RECOVERY_MAP_PAST_DAYS,
  UNKNOWN_PHASE_CODE,
} from '../../../src/renderer/src/team/recovery-map-view';
import { athlete, checkin, entry, session, SETTINGS } from './team-fixtures';

const DATE = '2026-03-18';
const NO_DATA_DAYS = SETTINGS.readiness.noDataGreyAfterDays;
// A hard session on Sat 14 Mar, 09:00 + 60 min: it ends at 10:00.
const HARD = session('2026-03-14', { startTime: '09:00', sessionRpe: 8, stimulus: 'strength' });
/** A check-in every day from the hard session to the date, so no column is unknown from then on. */
const DAILY_CHECKINS = ['2026-03-14', '2026-03-15', '2026-03-16', '2026-03-17', '2026-03-18'].map((date) =>
  checkin(date),
);

describe('recovery map', () => {
  it('has the last 14 days and the next 3 as columns, the chosen date marked', () => {
    const view = buildRecoveryMapView([], DATE, '08:00', NO_DATA_DAYS);
    expect(view.dates).toHaveLength(RECOVERY_MAP_PAST_DAYS + RECOVERY_MAP_FUTURE_DAYS);
    expect(view.dates[0]).toBe('2026-03-05');
    expect(view.dates[view.dateOffset]).toBe(DATE);
    expect(view.dates.at(-1)).toBe('2026-03-21');
  });

  it('colours each morning by the strength phase and scales the phases for an athlete over 50; endurance stays untouched', () => {
    const records = { sessions: [HARD], wellness: DAILY_CHECKINS };
    const young = entry(athlete('young', { birthDate: '2000-01-01' }), records, DATE);
    const veteran = entry(athlete('veteran', { birthDate: '1974-01-01' }), records, DATE);
    const view = buildRecoveryMapView([young, veteran], DATE, '08:00', NO_DATA_DAYS);
    const codesFrom14 = (name: string, recoveryClass: 'strength' | 'endurance') => {
      const row = view.rows.find((candidate) => candidate.name === name);
      return row?.phaseCodes[recoveryClass].slice(
        view.dates.indexOf('2026-03-14'),
        view.dates.indexOf('2026-03-20'),
      );
    };
    // 08:00 on 14 (before), 15 (22 h: acute), 16 (46 h), 17 (70 h): regeneration, 18 (94 h): adaptation.
    expect(codesFrom14('young', 'strength')).toEqual([0, 1, 2, 2, 3, 3]);
    // Aged 52: boundaries × 1.5 = 36 h and 108 h, so adaptation waits until the 19th.
    expect(codesFrom14('veteran', 'strength')).toEqual([0, 1, 2, 2, 2, 3]);
    // A strength session does not start the endurance clock.
    expect(codesFrom14('young', 'endurance')).toEqual([0, 0, 0, 0, 0, 0]);
    expect(codesFrom14('veteran', 'endurance')).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('shows unknown (code 4), never a phase, where the athlete has no session or check-in in the last 3 days', () => {
    // Only the hard session: 15 and 16 are 1 and 2 days after it; from 17 on (3 days) nothing is known,
    // and before the first record neither.
    const view = buildRecoveryMapView(
      [entry(athlete('quiet'), { sessions: [HARD] }, DATE)],
      DATE,
      '08:00',
      NO_DATA_DAYS,
    );
    const row = view.rows[0];
    const from14 = view.dates.indexOf('2026-03-14');
    const U = UNKNOWN_PHASE_CODE;
    expect(row?.phaseCodes.strength.slice(from14)).toEqual([0, 1, 2, U, U, U, U, U]);
    expect(row?.phaseCodes.endurance.slice(from14)).toEqual([0, 0, 0, U, U, U, U, U]);
    expect(row?.phaseCodes.strength.slice(0, from14).every((code) => code === U)).toBe(true);
    // With a longer window the same days show their phase.
    const patient = buildRecoveryMapView(
      [entry(athlete('quiet'), { sessions: [HARD] }, DATE)],
      DATE,
      '08:00',
      10,
    );
    expect(patient.rows[0]?.phaseCodes.strength.slice(from14)).toEqual([0, 1, 2, 2, 3, 3, 3, 3]);
  });

  it('marks the hard sessions on their day with their details and the classes they load', () => {
    const easy = session('2026-03-15', { sessionRpe: 3 });
    const view = buildRecoveryMapView(
      [entry(athlete('a'), { sessions: [HARD, easy] }, DATE)],
      DATE,
      '08:00',
      NO_DATA_DAYS,
    );
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
        classes: ['strength'],
      }),
    ]);
  });
});
