import type { Session } from '../model/session';
import type { DemoContext } from './context';
import { extraConditioningSession, individualSession, type IndividualSession } from './individual-session';
import type { Random } from './random';
import { dayConditionOf, type DayCondition } from './roles';
import type { DemoAthleteProfile } from './roster';
import type { AthleteTraits } from './traits';
import { computeSessionLoadAu } from '../metrics/session-load';

/** An athlete's sessions and what the wellness model needs from them, per day of history. */
export interface AthleteSessionHistory {
  sessions: Session[];
  /** Daily load (AU) = Σ session RPE × minutes (Foster 2001), index 0 = first day of history. */
  dailyLoadAu: Float64Array;
  /** 1 on days the athlete played a match. */
  matchDays: Uint8Array;
  /** The athlete's condition on each day. */
  conditions: DayCondition[];
}

/**
 * On the generation date only sessions that have ended by 08:00 are recorded: the app judges the
 * morning at settings.readiness.morningTime (08:00), and a session with its RPE "today" at 17:00
 * would be a finished session in the future.
 */
const LAST_DAY_ENDED_BY_MIN = 8 * 60;

let timeLabels: readonly string[] | undefined;

/** `HH:MM` of minutes after midnight, from a table built once. */
function timeLabel(minutes: number): string {
  timeLabels ??= Array.from(
    { length: 24 * 60 },
    (_, m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`,
  );
  const label = timeLabels[Math.min(24 * 60 - 1, Math.max(0, Math.round(minutes)))];
  if (label === undefined) throw new RangeError(`No time label for ${minutes} min`);
  return label;
}

function sessionsOfDay(
  context: DemoContext,
  profile: DemoAthleteProfile,
  offset: number,
  condition: DayCondition,
  traits: AthleteTraits,
  random: Random,
): IndividualSession[] {
  const calendar = context.squadCalendars[profile.squad.index];
  const teamSlots = calendar?.[offset] ?? [];
  const sessions: IndividualSession[] = [];
  for (const slot of teamSlots) {
    const session = individualSession(slot, condition, traits, random);
    if (session !== undefined) sessions.push(session);
  }
  if (condition === 'overloaded' && teamSlots.length === 0)
    sessions.push(extraConditioningSession(traits, random));
  return sessions;
}

/**
 * The athlete's completed sessions over the history: the squad's plan, individualised, minus
 * missed sessions and the days the athlete's story rules out (injury, illness).
 */
export function generateAthleteSessions(
  context: DemoContext,
  profile: DemoAthleteProfile,
  traits: AthleteTraits,
  random: Random,
): AthleteSessionHistory {
  const { dayCount, dates } = context;
  const sessions: Session[] = [];
  const dailyLoadAu = new Float64Array(dayCount);
  const matchDays = new Uint8Array(dayCount);
  const conditions: DayCondition[] = [];
  for (let offset = 0; offset < dayCount; offset += 1) {
    const condition = dayConditionOf(profile.role, dayCount - 1 - offset);
    conditions.push(condition);
    const date = dates[offset] ?? '';
    const isLastDay = offset === dayCount - 1;
    for (const session of sessionsOfDay(context, profile, offset, condition, traits, random)) {
      if (isLastDay && session.startMin + session.durationMin > LAST_DAY_ENDED_BY_MIN) continue;
      sessions.push({
        id: `demo-s-${profile.key}-${String(sessions.length + 1).padStart(4, '0')}`,
        athleteId: profile.athlete.id,
        date,
        startTime: timeLabel(session.startMin),
        stimulus: session.stimulus,
        durationMin: session.durationMin,
        sessionRpe: session.sessionRpe,
        notes: session.notes,
        source: 'demo',
      });
      dailyLoadAu[offset] =
        (dailyLoadAu[offset] ?? 0) + computeSessionLoadAu(session.sessionRpe, session.durationMin);
      if (session.stimulus === 'match') matchDays[offset] = 1;
    }
  }
  return { sessions, dailyLoadAu, matchDays, conditions };
}
