import type { Block, BlockTemplate, PlannedSession, Settings, Stimulus } from '@shared/model';
import { plannedLoadAu } from '@shared/planning/plan-context';
import { addDays, daysBetween } from '@shared/time/local-date';
import { DAYS_PER_WEEK, type TimelineWeek } from './timeline-geometry';

/**
 * What the timeline writes on a block and under the weeks: planned load (target RPE × duration,
 * Foster 2001) of the plan's sessions, each session once (the plan, not per athlete).
 */

export interface BlockSummary {
  sessionCount: number;
  totalLoadAu: number;
  /** Mean planned load per week of the block: total ÷ (days ÷ 7). */
  weeklyLoadAu: number;
  /** Share (0–1) of the block's planned load from the strength stimuli; null without planned load. */
  strengthShare: number | null;
  /** Share (0–1) from the endurance stimuli (SCIENCE.md: endurance and HIIT by default). */
  enduranceShare: number | null;
}

type StimulusGroups = Pick<Settings['interference'], 'strengthStimuli' | 'enduranceStimuli'>;

/** The block's sessions (those with its id), their load per week and the strength/endurance shares. */
export function summariseBlock(
  block: Pick<Block, 'id' | 'startDate' | 'endDate'>,
  plannedSessions: readonly PlannedSession[],
  stimuli: StimulusGroups,
): BlockSummary {
  const sessions = plannedSessions.filter((session) => session.blockId === block.id);
  const weeks = (daysBetween(block.startDate, block.endDate) + 1) / DAYS_PER_WEEK;
  return { sessionCount: sessions.length, ...loadShares(sessions, weeks, stimuli) };
}

function loadShares(
  sessions: readonly Pick<PlannedSession, 'stimulus' | 'durationMin' | 'targetRpe'>[],
  weeks: number,
  stimuli: StimulusGroups,
): Omit<BlockSummary, 'sessionCount'> {
  const strength = new Set<Stimulus>(stimuli.strengthStimuli);
  const endurance = new Set<Stimulus>(stimuli.enduranceStimuli);
  let totalLoadAu = 0;
  let strengthLoadAu = 0;
  let enduranceLoadAu = 0;
  for (const session of sessions) {
    const load = plannedLoadAu(session);
    totalLoadAu += load;
    if (strength.has(session.stimulus)) strengthLoadAu += load;
    if (endurance.has(session.stimulus)) enduranceLoadAu += load;
  }
  return {
    totalLoadAu,
    weeklyLoadAu: weeks > 0 ? totalLoadAu / weeks : 0,
    strengthShare: totalLoadAu > 0 ? strengthLoadAu / totalLoadAu : null,
    enduranceShare: totalLoadAu > 0 ? enduranceLoadAu / totalLoadAu : null,
  };
}

/** What a template plans: weeks, sessions a week, planned load a week and the shares. */
export interface TemplateSummary extends Omit<BlockSummary, 'sessionCount'> {
  weeks: number;
  sessionsPerWeek: number;
}

export function summariseTemplate(
  template: Pick<BlockTemplate, 'weeks' | 'sessions'>,
  stimuli: StimulusGroups,
): TemplateSummary {
  return {
    weeks: template.weeks,
    sessionsPerWeek: template.sessions.length / template.weeks,
    ...loadShares(template.sessions, template.weeks, stimuli),
  };
}

/** Planned load of every week of the timeline (all the plan's sessions, each once), by Monday. */
export function weeklyPlannedLoads(
  weeks: readonly TimelineWeek[],
  plannedSessions: readonly Pick<PlannedSession, 'date' | 'durationMin' | 'targetRpe'>[],
): Map<string, number> {
  const loads = new Map<string, number>(weeks.map((week) => [week.weekStart, 0]));
  const first = weeks[0]?.weekStart;
  const last = weeks.at(-1)?.weekStart;
  if (first === undefined || last === undefined) return loads;
  const end = addDays(last, DAYS_PER_WEEK - 1);
  for (const session of plannedSessions) {
    if (session.date < first || session.date > end) continue;
    const weekStart = addDays(
      first,
      Math.floor(daysBetween(first, session.date) / DAYS_PER_WEEK) * DAYS_PER_WEEK,
    );
    loads.set(weekStart, (loads.get(weekStart) ?? 0) + plannedLoadAu(session));
  }
  return loads;
}
