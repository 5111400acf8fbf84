import { isoWeekNumber } from '../features/planner/timeline/timeline-geometry';
import {
  STIMULI,
  type Block,
  type PlannedSession,
  type Season,
  type Settings,
  type Squad,
} from '@shared/model';
import { comparePlanned, plannedLoadAu, type PlanAthlete } from '@shared/planning/plan-context';
import type { PlanWarning } from '@shared/planning/plan-warnings';
import { addDays, daysBetween, startOfIsoWeek } from '@shared/time/local-date';
import { summariseBlock, type BlockSummary } from '../features/planner/timeline/block-summary';

/**
 * What the print route draws, shaped without React: the weeks of the printed period with their
 * days and sessions, the weekly planned load by stimulus, one summary per block and the warnings.
 */

/** The athlete of an athlete plan: who the sessions are for (as `audienceOf` decides). */
export interface PrintAthlete {
  id: string;
  name: string;
  squadIds: readonly string[];
}

export type PrintScope =
  { kind: 'season' } | { kind: 'block'; block: Block } | { kind: 'athlete'; athlete: PrintAthlete };

export interface PrintSession {
  session: PlannedSession;
  /** Target RPE × minutes (Foster 2001), for one athlete who does it. */
  loadAu: number;
  /** Names of the athletes it is for; null when it is for the whole squad. */
  athleteNames: string[] | null;
}

export interface PrintDay {
  date: string;
  sessions: PrintSession[];
}

export interface PrintWeek {
  /** Week of the season, 1 = the week (Mon–Sun) holding the season's first day. */
  seasonWeek: number;
  /** ISO 8601 week number, as on the planner's timeline (W50). */
  isoWeek: number;
  weekStart: string;
  weekEnd: string;
  /** Blocks with a day in this week, by start date. */
  blocks: Block[];
  /** Monday … Sunday. */
  days: PrintDay[];
  /** Planned load (AU) by stimulus, in STIMULI order: each planned session once, as on the timeline. */
  loadAuByStimulus: number[];
  loadAu: number;
  warnings: PlanWarning[];
}

export interface PrintBlock {
  block: Block;
  /** Whole weeks the block spans (a part week counts). */
  weeks: number;
  /** As the planner's timeline writes it on the block. */
  summary: BlockSummary;
}

export interface PrintPlan {
  scope: PrintScope;
  squad: Squad;
  season: Season;
  /** The printed period: the season, the block, or the weeks holding the athlete's sessions. */
  from: string;
  to: string;
  seasonWeekCount: number;
  athleteCount: number;
  blocks: Block[];
  weeks: PrintWeek[];
  blockSummaries: PrintBlock[];
  warnings: PlanWarning[];
}

export interface PrintPlanInput {
  scope: PrintScope;
  squad: Squad;
  season: Season;
  blocks: readonly Block[];
  plannedSessions: readonly PlannedSession[];
  athletes: readonly PlanAthlete[];
  warnings: readonly PlanWarning[];
  settings: Settings;
}

const DAYS_PER_WEEK = 7;

/** The same rule as `audienceOf`, for one athlete who may not be among the squad's active athletes. */
function isForAthlete(session: PlannedSession, athlete: PrintAthlete): boolean {
  if (session.athleteIds !== undefined && session.athleteIds.length > 0)
    return session.athleteIds.includes(athlete.id);
  return session.squadId === undefined || athlete.squadIds.includes(session.squadId);
}

/** Mondays of the weeks from the week holding `from` to the week holding `to`. */
export function weekStartsBetween(from: string, to: string): string[] {
  const starts: string[] = [];
  for (let monday = startOfIsoWeek(from); monday <= to; monday = addDays(monday, DAYS_PER_WEEK))
    starts.push(monday);
  return starts;
}

function overlaps(range: { startDate: string; endDate: string }, from: string, to: string): boolean {
  return range.startDate <= to && range.endDate >= from;
}

function printedPeriod(
  input: PrintPlanInput,
  sessions: readonly PlannedSession[],
): { from: string; to: string } {
  const { scope, season } = input;
  if (scope.kind === 'block') return { from: scope.block.startDate, to: scope.block.endDate };
  if (scope.kind === 'athlete') {
    // An athlete's own plan (a return ramp) is the weeks of the sessions made for them, with the
    // squad's sessions of those weeks; an athlete without any gets the weeks of the squad's plan.
    const own = sessions.filter((session) => session.athleteIds?.includes(scope.athlete.id) === true);
    const shown = own.length > 0 ? own : sessions;
    const first = shown[0];
    const last = shown.at(-1);
    if (first && last) return { from: startOfIsoWeek(first.date), to: addDays(startOfIsoWeek(last.date), 6) };
  }
  return { from: season.startDate, to: season.endDate };
}

function loadByStimulus(sessions: readonly PlannedSession[]): number[] {
  const load = STIMULI.map(() => 0);
  for (const session of sessions) {
    const index = STIMULI.indexOf(session.stimulus);
    load[index] = (load[index] ?? 0) + plannedLoadAu(session);
  }
  return load;
}

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

/**
 * A block's row: its sessions are those dated within it (for an athlete plan, theirs), whether or
 * not they carry its id, summed as the planner's timeline sums a block.
 */
function printBlock(input: PrintPlanInput, block: Block, sessions: readonly PlannedSession[]): PrintBlock {
  const inBlock = sessions
    .filter((session) => session.date >= block.startDate && session.date <= block.endDate)
    .map((session) => ({ ...session, blockId: block.id }));
  return {
    block,
    weeks: Math.ceil((daysBetween(block.startDate, block.endDate) + 1) / DAYS_PER_WEEK),
    summary: summariseBlock(block, inBlock, input.settings.interference),
  };
}

function athleteNamesOf(session: PlannedSession, namesById: ReadonlyMap<string, string>): string[] | null {
  if (session.athleteIds === undefined || session.athleteIds.length === 0) return null;
  return session.athleteIds
    .map((id) => namesById.get(id))
    .filter((name): name is string => name !== undefined);
}

function buildWeek(
  input: PrintPlanInput,
  weekStart: string,
  context: {
    sessions: readonly PlannedSession[];
    warnings: readonly PlanWarning[];
    namesById: ReadonlyMap<string, string>;
  },
): PrintWeek {
  const weekEnd = addDays(weekStart, DAYS_PER_WEEK - 1);
  const inWeek = context.sessions.filter((session) => session.date >= weekStart && session.date <= weekEnd);
  const days = Array.from({ length: DAYS_PER_WEEK }, (_, offset): PrintDay => {
    const date = addDays(weekStart, offset);
    const sessions = inWeek
      .filter((session) => session.date === date)
      .map((session) => ({
        session,
        loadAu: plannedLoadAu(session),
        athleteNames: athleteNamesOf(session, context.namesById),
      }));
    return { date, sessions };
  });
  const loadAuByStimulus = loadByStimulus(inWeek);
  return {
    seasonWeek: daysBetween(startOfIsoWeek(input.season.startDate), weekStart) / DAYS_PER_WEEK + 1,
    isoWeek: isoWeekNumber(weekStart),
    weekStart,
    weekEnd,
    blocks: input.blocks.filter((block) => overlaps(block, weekStart, weekEnd)),
    days,
    loadAuByStimulus,
    loadAu: sum(loadAuByStimulus),
    warnings: context.warnings.filter((warning) => warning.date >= weekStart && warning.date <= weekEnd),
  };
}

/** The print route's content for a season, a block or an athlete, from the planner's records and checks. */
export function buildPrintPlan(input: PrintPlanInput): PrintPlan {
  const { scope, season } = input;
  const athlete = scope.kind === 'athlete' ? scope.athlete : null;
  const inSeason = input.plannedSessions
    .filter((session) => session.date >= season.startDate && session.date <= season.endDate)
    .filter((session) => athlete === null || isForAthlete(session, athlete))
    .sort(comparePlanned);
  const { from, to } = printedPeriod(input, inSeason);
  const sessions = inSeason.filter((session) => session.date >= from && session.date <= to);
  const blocks = [...input.blocks]
    .filter((block) => overlaps(block, from, to))
    .sort((a, b) => a.startDate.localeCompare(b.startDate));
  const warnings = input.warnings
    .filter((warning) => warning.date >= from && warning.date <= to)
    .filter(
      (warning) =>
        athlete === null || warning.athleteIds.length === 0 || warning.athleteIds.includes(athlete.id),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const namesById = new Map(input.athletes.map((planAthlete) => [planAthlete.athleteId, planAthlete.name]));
  if (athlete) namesById.set(athlete.id, athlete.name);
  const hasWeeks = athlete === null || sessions.length > 0;
  const weeks = hasWeeks
    ? weekStartsBetween(from, to).map((weekStart) =>
        buildWeek(input, weekStart, { sessions, warnings, namesById }),
      )
    : [];
  return {
    scope,
    squad: input.squad,
    season,
    from,
    to,
    seasonWeekCount: weekStartsBetween(season.startDate, season.endDate).length,
    athleteCount: input.athletes.length,
    blocks,
    weeks,
    blockSummaries: blocks.map((block) => printBlock(input, block, inSeason)),
    warnings,
  };
}
