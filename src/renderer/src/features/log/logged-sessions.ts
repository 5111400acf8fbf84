import type { Session, Stimulus } from '@shared/model';

/** Sessions already logged at one date and time, alike in stimulus and duration. */
export interface LoggedSessionGroup {
  stimulus: Stimulus;
  durationMin: number;
  rpeMin: number;
  rpeMax: number;
  /** The athletes of these sessions, by name; an athlete logged twice is named twice. */
  athleteNames: string[];
}

/**
 * Groups the sessions a team session would log a second time by stimulus and duration (a team
 * session gives its athletes one stimulus and mostly one duration), the largest group first.
 */
export function groupLoggedSessions(
  sessions: readonly Session[],
  nameOf: (athleteId: string) => string,
): LoggedSessionGroup[] {
  const groups = new Map<string, LoggedSessionGroup>();
  for (const session of sessions) {
    const key = `${session.stimulus}|${session.durationMin}`;
    const group = groups.get(key);
    const name = nameOf(session.athleteId);
    if (group) {
      group.rpeMin = Math.min(group.rpeMin, session.sessionRpe);
      group.rpeMax = Math.max(group.rpeMax, session.sessionRpe);
      group.athleteNames.push(name);
    } else {
      groups.set(key, {
        stimulus: session.stimulus,
        durationMin: session.durationMin,
        rpeMin: session.sessionRpe,
        rpeMax: session.sessionRpe,
        athleteNames: [name],
      });
    }
  }
  const byName = (a: string, b: string) => a.localeCompare(b);
  return [...groups.values()]
    .map((group) => ({ ...group, athleteNames: [...group.athleteNames].sort(byName) }))
    .sort((a, b) => b.athleteNames.length - a.athleteNames.length || a.durationMin - b.durationMin);
}
