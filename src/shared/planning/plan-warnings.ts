/**
 * What the plan checks report. A warning carries numbers and ids, never sentences: the renderer
 * words it in English or Dutch (as readiness reasons), the PDF prints the same words.
 */

import type { Stimulus } from '../model/common';
import type { BlockFocus } from '../model/plan';

export const PLAN_RULES = [
  /** Strength and endurance/HIIT closer than interference.minGapHours (Robineau 2016). */
  'interference-gap',
  /** Endurance before strength on the same day (Murlasits 2018). */
  'endurance-before-strength',
  /** More than focusDilutionPercent of a block's planned load from the opposing stimulus. */
  'focus-diluted',
  /** Weekly load more than weeklyRampWarningPercent above the mean of the two weeks before (Nielsen 2014). */
  'weekly-ramp',
  /** A hard session planned inside the acute phase of an earlier hard one (age-scaled). */
  'hard-in-acute-phase',
  /** Projected EWMA ratio at or above load.ratioDanger (Gabbett 2016). */
  'projected-ratio',
  /** A week's mean projected EWMA ratio below load.ratioLow, the lower end of the planning band (Gabbett 2016). */
  'projected-ratio-low',
] as const;
export type PlanRule = (typeof PLAN_RULES)[number];

/** "strong" is the < 3 h interference case; everything else is a "warning". */
export type PlanWarningSeverity = 'warning' | 'strong';

/** Start `sessionId` at `earliestTime` or later on `date` (or move it to another day). */
export interface MoveLaterFix {
  kind: 'move-later';
  sessionId: string;
  date: string;
  earliestTime: string;
}

/** Swap the order of the two sessions on the day (strength first). */
export interface SwapOrderFix {
  kind: 'swap-order';
  firstSessionId: string;
  secondSessionId: string;
}

/** Cut the opposing stimulus of the block to at most `maxOpposingLoadAu`, or change the focus. */
export interface ReduceOpposingLoadFix {
  kind: 'reduce-opposing-load';
  blockId: string;
  maxOpposingLoadAu: number;
}

/** Plan at most `maxLoadAu` in the week starting `weekStart` (the limit of athlete `athleteId`). */
export interface ReduceWeekLoadFix {
  kind: 'reduce-week-load';
  weekStart: string;
  maxLoadAu: number;
  athleteId: string;
}

/**
 * Move `sessionId` to `earliestDate` `earliestTime` or later, or make it a non-hard session: at
 * `maxRpe` or lower (below the hard-session RPE and below its planned RPE, and low enough that its
 * load is under the hard-load criterion at its duration), or, when only its load makes it hard, at
 * most `maxDurationMin` minutes. Each alternative is left out (null) when it would not change the plan
 * or could not make the session non-hard.
 */
export interface MoveAfterAcuteFix {
  kind: 'move-after-acute';
  sessionId: string;
  earliestDate: string;
  earliestTime: string;
  maxRpe: number | null;
  maxDurationMin: number | null;
}

/**
 * Lower the planned load in the days before `date`; at most `maxDailyLoadAu` on `date` itself keeps
 * that day's ratio below the threshold (for athlete `athleteId`).
 */
export interface ReduceLoadBeforeFix {
  kind: 'reduce-load-before';
  date: string;
  maxDailyLoadAu: number;
  athleteId: string;
}

/**
 * Plan at least `minLoadAu` in the week starting `weekStart` (the need of athlete `athleteId`): the
 * week's load that brings the mean ratio of its days back into the planning band.
 */
export interface RaiseWeekLoadFix {
  kind: 'raise-week-load';
  weekStart: string;
  minLoadAu: number;
  athleteId: string;
}

/** A concrete fix the coach can apply or copy; each changes the plan. */
export type PlanFix =
  | MoveLaterFix
  | SwapOrderFix
  | ReduceOpposingLoadFix
  | ReduceWeekLoadFix
  | MoveAfterAcuteFix
  | ReduceLoadBeforeFix
  | RaiseWeekLoadFix;

/**
 * The numbers and names of each rule's warning, typed per rule: a wrong key is a compile error. Hours,
 * percent, loads and ratios are named with their units; dates are yyyy-MM-dd, times HH:mm.
 */
export interface PlanWarningParams {
  'interference-gap': {
    gapHours: number;
    minGapHours: number;
    strongWarningGapHours: number;
    earlierStimulus: Stimulus;
    laterStimulus: Stimulus;
    /** The logged session of the pair, when one of the two is logged. */
    actualDate?: string;
    actualStartTime?: string;
    actualStimulus?: Stimulus;
  };
  'endurance-before-strength': {
    enduranceStimulus: Stimulus;
    enduranceStartTime: string;
    strengthStimulus: Stimulus;
    strengthStartTime: string;
  };
  'focus-diluted': {
    focus: BlockFocus;
    percent: number;
    opposingLoadAu: number;
    totalLoadAu: number;
    focusDilutionPercent: number;
  };
  'weekly-ramp': {
    percentAbove: number;
    weekLoadAu: number;
    previousMeanAu: number;
    athleteId: string;
    weeklyRampWarningPercent: number;
  };
  'hard-in-acute-phase': {
    hoursSinceEnd: number;
    acutePhaseHours: number;
    earlierDate: string;
    earlierStimulus: Stimulus;
    earlierStartTime?: string;
    /** Set when the earlier session is a planned one; a logged one is named by date, time and stimulus. */
    earlierPlannedSessionId?: string;
  };
  'projected-ratio': {
    peakRatio: number;
    peakDate: string;
    peakAthleteId: string;
    acuteAu: number;
    chronicAu: number;
    ratioDanger: number;
  };
  'projected-ratio-low': {
    /** The mean EWMA ratio of the week's days checked (from today, up to the last planned session). */
    meanRatio: number;
    athleteId: string;
    /** The athlete's projected load of the week. */
    weekLoadAu: number;
    /** Their chronic EWMA load the day before the week, per week (× 7). */
    chronicWeekAu: number;
    ratioLow: number;
  };
}

/** The fix each rule suggests. */
export interface PlanFixByRule {
  'interference-gap': MoveLaterFix;
  'endurance-before-strength': SwapOrderFix;
  'focus-diluted': ReduceOpposingLoadFix;
  'weekly-ramp': ReduceWeekLoadFix;
  'hard-in-acute-phase': MoveAfterAcuteFix;
  'projected-ratio': ReduceLoadBeforeFix;
  'projected-ratio-low': RaiseWeekLoadFix;
}

interface PlanWarningOf<R extends PlanRule> {
  /**
   * Stable across recomputation while the same sessions (or week, block) are involved: the key of an
   * acknowledgement. Built from the rule and the ids or dates involved, never from values.
   */
  id: string;
  rule: R;
  severity: PlanWarningSeverity;
  /** The first date the warning is about (for sorting and for the week it belongs to). */
  date: string;
  /** The planned sessions involved (ids), in time order. */
  sessionIds: readonly string[];
  /** The athletes it applies to, by id. */
  athleteIds: readonly string[];
  blockId?: string;
  values: Readonly<PlanWarningParams[R]>;
  fix: PlanFixByRule[R];
}

/** A warning of one of the rules, discriminated by `rule`. */
export type PlanWarning = { [R in PlanRule]: PlanWarningOf<R> }[PlanRule];

/** The warning of rule `R`. */
export type PlanWarningFor<R extends PlanRule> = Extract<PlanWarning, { rule: R }>;
