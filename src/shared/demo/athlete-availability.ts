import type { AvailabilityEvent } from '../model/availability';
import { fromDayNumber } from '../time/local-date';
import { ROLE_WINDOWS_DAYS_AGO } from './roles';
import type { DemoAthleteProfile } from './roster';

/**
 * The availability events of the athletes with a story: the returning athlete's injury (ended),
 * the modified-training athlete's open-ended event, and a past illness. Others have none.
 */
export function generateAthleteAvailability(
  profile: DemoAthleteProfile,
  todayDay: number,
): AvailabilityEvent[] {
  const base = { id: `demo-a-${profile.key}-1`, athleteId: profile.athlete.id };
  const windows = ROLE_WINDOWS_DAYS_AGO;
  switch (profile.role) {
    case 'returning':
      return [
        {
          ...base,
          kind: 'injured',
          startDate: fromDayNumber(todayDay - windows.injury.from),
          endDate: fromDayNumber(todayDay - windows.injury.to),
          note: 'Hamstring strain (grade 1). Return-to-training ramp afterwards.',
        },
      ];
    case 'modifiedTraining':
      return [
        {
          ...base,
          kind: 'modified',
          startDate: fromDayNumber(todayDay - windows.modified.from),
          note: 'Ankle sprain: no running, no matches; gym and technique only.',
        },
      ];
    case 'recentlyIll':
      return [
        {
          ...base,
          kind: 'ill',
          startDate: fromDayNumber(todayDay - windows.illness.from),
          endDate: fromDayNumber(todayDay - windows.illness.to),
          note: 'Flu.',
        },
      ];
    case 'sustainedFatigue':
    case 'veteran':
    case 'novice':
    case undefined:
      return [];
  }
}
