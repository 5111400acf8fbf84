import { fromDayNumber, fromLocalMinute, toLocalMinute } from '../../time/local-date';
import type { MoveLaterFix, PlanWarningFor, PlanWarningParams } from '../plan-warnings';
import type { ProjectedSession } from '../projection';
import {
  groupFindings,
  MINUTES_PER_DAY,
  MINUTES_PER_HOUR,
  sessionKey,
  stimulusClasses,
  worstOf,
  type AthletePlanView,
  type RuleInput,
  type StimulusClasses,
} from './rule-input';

/**
 * Interference (SCIENCE.md, "Strength and endurance"; Robineau 2016): for one athlete, a strength
 * and an endurance/HIIT session with gap = start of the later − end (start + duration) of the earlier
 * below interference.minGapHours is a warning, below strongWarningGapHours (overlap included) strong.
 * At least one of the two is a planned session still to come; the other may be a logged session.
 */

/** Product choice: a proposed start after 22:00 (or before 08:00) moves to the next morning at 08:00. */
const LATEST_PROPOSED_MINUTE_OF_DAY = 22 * MINUTES_PER_HOUR;
const MORNING_MINUTE_OF_DAY = 8 * MINUTES_PER_HOUR;
const QUARTER_HOUR_MIN = 15;

interface TimedSession {
  session: ProjectedSession;
  key: string;
  startMinute: number;
  endMinute: number;
  isStrength: boolean;
  isEndurance: boolean;
}

interface GapFinding {
  id: string;
  athleteId: string;
  earlier: TimedSession;
  later: TimedSession;
  gapMin: number;
  /** The planned session to move, and the earliest moment it may start. */
  moved: TimedSession;
  earliestMinute: number;
}

/** Strength and endurance sessions with a start time that can pair with a planned session, by start. */
function timedSessions(view: AthletePlanView, fromDay: number, classes: StimulusClasses): TimedSession[] {
  // Compared as strings: years of logged sessions are skipped without parsing their dates.
  const fromDate = fromDayNumber(fromDay);
  const timed: TimedSession[] = [];
  for (const session of view.projection.sessions) {
    if (session.startTime === undefined) continue;
    if (session.plannedSessionId === undefined && session.date < fromDate) continue;
    const isStrength = classes.isStrength(session.stimulus);
    const isEndurance = classes.isEndurance(session.stimulus);
    if (!isStrength && !isEndurance) continue;
    const startMinute = toLocalMinute(session.date, session.startTime);
    timed.push({
      session,
      key: sessionKey(session),
      startMinute,
      endMinute: startMinute + session.durationMin,
      isStrength,
      isEndurance,
    });
  }
  return timed.sort((a, b) => a.startMinute - b.startMinute || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** `minute` rounded up to the quarter hour; after 22:00 or before 08:00 the next 08:00. */
export function proposedStartMinute(minute: number): number {
  const rounded = Math.ceil(minute / QUARTER_HOUR_MIN) * QUARTER_HOUR_MIN;
  const dayStart = Math.floor(rounded / MINUTES_PER_DAY) * MINUTES_PER_DAY;
  const minuteOfDay = rounded - dayStart;
  if (minuteOfDay > LATEST_PROPOSED_MINUTE_OF_DAY) return dayStart + MINUTES_PER_DAY + MORNING_MINUTE_OF_DAY;
  if (minuteOfDay < MORNING_MINUTE_OF_DAY) return dayStart + MORNING_MINUTE_OF_DAY;
  return rounded;
}

function findGaps(view: AthletePlanView, input: RuleInput, classes: StimulusClasses): GapFinding[] {
  const minGapMin = input.context.settings.interference.minGapHours * MINUTES_PER_HOUR;
  // A logged session pairs with a planned one only when it ends less than minGapHours before it.
  const lookbackDays = Math.ceil(minGapMin / MINUTES_PER_DAY) + 1;
  const timed = timedSessions(view, input.todayDay - lookbackDays, classes);
  let longestMin = 0;
  for (const session of timed) longestMin = Math.max(longestMin, session.session.durationMin);
  const findings: GapFinding[] = [];
  for (let j = 1; j < timed.length; j += 1) {
    const later = timed[j];
    if (!later) continue;
    // Sorted by start: earlier sessions that started this long before cannot end within the gap.
    for (let i = j - 1; i >= 0; i -= 1) {
      const earlier = timed[i];
      if (!earlier || later.startMinute - earlier.startMinute >= minGapMin + longestMin) break;
      const isPair = (earlier.isStrength && later.isEndurance) || (earlier.isEndurance && later.isStrength);
      const gapMin = later.startMinute - earlier.endMinute;
      if (!isPair || gapMin >= minGapMin) continue;
      const isLaterPlanned = later.session.plannedSessionId !== undefined;
      if (!isLaterPlanned && earlier.session.plannedSessionId === undefined) continue;
      const [moved, other] = isLaterPlanned ? [later, earlier] : [earlier, later];
      findings.push({
        id: `interference-gap:${earlier.key}:${later.key}`,
        athleteId: view.athlete.athleteId,
        earlier,
        later,
        gapMin,
        moved,
        earliestMinute: proposedStartMinute(other.endMinute + minGapMin),
      });
    }
  }
  return findings;
}

type ActualValues = Pick<
  PlanWarningParams['interference-gap'],
  'actualDate' | 'actualStartTime' | 'actualStimulus'
>;

function actualValues(session: TimedSession): ActualValues {
  if (session.session.plannedSessionId !== undefined) return {};
  return {
    actualDate: session.session.date,
    actualStartTime: session.session.startTime ?? '',
    actualStimulus: session.session.stimulus,
  };
}

export function checkInterferenceGap(input: RuleInput): PlanWarningFor<'interference-gap'>[] {
  const classes = stimulusClasses(input.context.settings);
  const { minGapHours, strongWarningGapHours } = input.context.settings.interference;
  const findings = input.views.flatMap((view) => findGaps(view, input, classes));
  return [...groupFindings(findings).values()].map(({ athleteIds, findings: group }) => {
    const worst = worstOf(group, (finding) => -finding.gapMin);
    const latestFix = worstOf(group, (finding) => finding.earliestMinute);
    const moment = fromLocalMinute(latestFix.earliestMinute);
    const fix: MoveLaterFix = {
      kind: 'move-later',
      sessionId: latestFix.moved.session.plannedSessionId ?? '',
      date: moment.date,
      earliestTime: moment.time,
    };
    const { earlier, later } = worst;
    const sessionIds = [earlier, later].flatMap((session) => session.session.plannedSessionId ?? []);
    const plannedDates = [earlier, later]
      .filter((session) => session.session.plannedSessionId !== undefined)
      .map((session) => session.session.date);
    return {
      id: worst.id,
      rule: 'interference-gap' as const,
      severity: worst.gapMin < strongWarningGapHours * MINUTES_PER_HOUR ? 'strong' : 'warning',
      date: plannedDates[0] ?? later.session.date,
      sessionIds,
      athleteIds,
      values: {
        gapHours: worst.gapMin / MINUTES_PER_HOUR,
        minGapHours,
        strongWarningGapHours,
        earlierStimulus: earlier.session.stimulus,
        laterStimulus: later.session.stimulus,
        ...actualValues(earlier),
        ...actualValues(later),
      },
      fix,
    };
  });
}
