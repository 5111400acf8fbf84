/**
 * What the plan checks report. A warning carries numbers and ids, never sentences: the renderer
 * words it in English or Dutch (as readiness reasons), the PDF prints the same words.
 */

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
] as const;
export type PlanRule = (typeof PLAN_RULES)[number];

/** "strong" is the < 3 h interference case; everything else is a "warning". */
export type PlanWarningSeverity = 'warning' | 'strong';

/** A concrete fix the coach can apply or copy. */
export type PlanFix =
  /** Start `sessionId` at `earliestTime` or later on `date` (or move it to another day). */
  | { kind: 'move-later'; sessionId: string; date: string; earliestTime: string }
  /** Swap the order of the two sessions on the day (strength first). */
  | { kind: 'swap-order'; firstSessionId: string; secondSessionId: string }
  /** Cut the opposing stimulus of the block to at most `maxOpposingLoadAu`, or change the focus. */
  | { kind: 'reduce-opposing-load'; blockId: string; maxOpposingLoadAu: number }
  /** Plan at most `maxLoadAu` in the week starting `weekStart` (the limit of athlete `athleteId`). */
  | { kind: 'reduce-week-load'; weekStart: string; maxLoadAu: number; athleteId?: string }
  /** Move `sessionId` to `earliestDate` `earliestTime` or later, or make it a non-hard session. */
  | {
      kind: 'move-after-acute';
      sessionId: string;
      earliestDate: string;
      earliestTime: string;
      maxRpe: number;
    }
  /**
   * Lower the planned load in the days before `date`; at most `maxDailyLoadAu` on `date` itself keeps
   * that day's ratio below the threshold (for athlete `athleteId`).
   */
  | { kind: 'reduce-load-before'; date: string; maxDailyLoadAu: number; athleteId?: string };

export interface PlanWarning {
  /**
   * Stable across recomputation while the same sessions (or week, block) are involved: the key of an
   * acknowledgement. Built from the rule and the ids or dates involved, never from values.
   */
  id: string;
  rule: PlanRule;
  severity: PlanWarningSeverity;
  /** The first date the warning is about (for sorting and for the week it belongs to). */
  date: string;
  /** The planned sessions involved (ids), in time order. */
  sessionIds: readonly string[];
  /** The athletes it applies to, by id. */
  athleteIds: readonly string[];
  blockId?: string;
  /** Numbers for the sentence: hours, percent, loads, ratio… named with their units. */
  values: Readonly<Record<string, number | string>>;
  fix: PlanFix;
}
