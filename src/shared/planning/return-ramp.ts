import type { MetricsSession } from '../metrics/inputs';
import type { ReturnFromBreak } from '../metrics/training-gaps';
import { computeSessionLoadAu } from '../metrics/session-load';
import { PlannedSessionSchema, type PlannedSession } from '../model/plan';
import type { Language, Settings } from '../model/settings';
import { addDays, daysBetween } from '../time/local-date';
import { plannedLoadAu, type PlanAthlete } from './plan-context';
import { returnRampTexts, type ReturnRampPart } from './template-texts';

/**
 * The return-to-training ramp (SCIENCE.md, "Detraining, muscle memory and the return to training";
 * product defaults in settings.returnToTraining, adjustable): week 1 at firstWeekPercentOfChronic %
 * of the pre-break chronic weekly load C (28-day mean × 7), split into strength and other work
 * ("endurance and impact work"); then each part grows by its weekly step (experienced or novice)
 * and is capped at its pre-break level. The weeks become planned sessions for the athlete alone,
 * which the coach edits.
 */

/** Strength share of the pre-break load when the athlete has no load in the window (product default). */
export const DEFAULT_RETURN_STRENGTH_SHARE = 0.3;
export const DEFAULT_RETURN_RAMP_MAX_WEEKS = 8;

/** Session durations of the ramp: rounded to 5 min within 20–120 min. */
const MIN_DURATION_MIN = 20;
const MAX_DURATION_MIN = 120;
const DURATION_STEP_MIN = 5;
/** Strength sessions start at 08:00, other work at 17:00 on days without strength (≥ 13 h apart). */
const STRENGTH_TIME = '08:00';
const OTHER_TIME = '17:00';
/** Day offsets in a ramp week (0 = its first day) for 1, 2 or 3 strength sessions. */
const STRENGTH_OFFSETS: readonly (readonly number[])[] = [[0], [0, 3], [0, 2, 4]];
/** Preferred days for other work, skipping strength days: day 2, 5, 6, 3, 7, … of the week. */
const OTHER_OFFSET_PREFERENCE: readonly number[] = [1, 4, 5, 2, 6, 3, 0];
/** Strength twice a week (three times only past 120 min); other work 2–3 times (more only past 120 min). */
const STRENGTH_SESSIONS = { minCount: 2, preferredMaxCount: 2, comfortableMaxMin: 75, maxCount: 3 };
const OTHER_SESSIONS = { minCount: 2, preferredMaxCount: 3, comfortableMaxMin: 75 };

export interface ReturnRampInput {
  athlete: PlanAthlete;
  returnFromBreak: ReturnFromBreak;
  /** First day of the ramp; its weeks run 7 days from it. */
  startDate: string;
  settings: Settings;
  /** Squad of the sessions; defaults to the athlete's first squad. */
  squadId?: string;
  blockId?: string;
  language: Language;
  newId: () => string;
  maxWeeks?: number;
}

export interface ReturnRampWeek {
  /** 1 = the first week of the ramp. */
  weekIndex: number;
  startDate: string;
  strengthTargetAu: number;
  otherTargetAu: number;
  totalTargetAu: number;
  /** Σ target RPE × duration of the week's planned sessions. */
  plannedLoadAu: number;
  /**
   * Sessions with target RPE ≥ recovery.hardSessionRpeMin. The engine's other criterion (load ≥ 1.5 ×
   * the athlete's mean session load) depends on the record around the ramp and is left to the planner.
   */
  hardSessionCount: number;
}

/** Why a ramp has no weeks: no load in the chronic window before the break, so no level to return to. */
export type ReturnRampEmptyReason = 'no-pre-break-load';

export interface ReturnRamp {
  athleteId: string;
  /** C = the pre-break chronic weekly load (AU). */
  preBreakWeeklyLoadAu: number;
  /** Strength's share of C, 0–1. */
  strengthShare: number;
  isExperienced: boolean;
  stepStrengthPercent: number;
  stepOtherPercent: number;
  weeks: ReturnRampWeek[];
  sessions: PlannedSession[];
  emptyReason: ReturnRampEmptyReason | null;
}

/**
 * Strength's share of the session load (AU) in the chronic window (load.chronicWindowDays, 28) before
 * `breakStartDate`: Σ load of interference.strengthStimuli ÷ Σ load; null without load there.
 */
export function preBreakStrengthShare(
  sessions: readonly MetricsSession[],
  breakStartDate: string,
  settings: Settings,
): number | null {
  let strengthAu = 0;
  let totalAu = 0;
  for (const session of sessions) {
    const daysBefore = daysBetween(session.date, breakStartDate);
    if (daysBefore < 1 || daysBefore > settings.load.chronicWindowDays) continue;
    const loadAu = computeSessionLoadAu(session.sessionRpe, session.durationMin);
    totalAu += loadAu;
    if (settings.interference.strengthStimuli.includes(session.stimulus)) strengthAu += loadAu;
  }
  return totalAu > 0 ? strengthAu / totalAu : null;
}

interface WeekTarget {
  strengthAu: number;
  otherAu: number;
}

/**
 * Weekly targets: part(1) = min(cap, cap × first %), part(w + 1) = min(cap, part(w) × (1 + step));
 * the ramp ends in the first week both parts reach their cap, or after maxWeeks.
 */
export function returnRampTargets(
  capStrengthAu: number,
  capOtherAu: number,
  firstWeekPercent: number,
  stepStrengthPercent: number,
  stepOtherPercent: number,
  maxWeeks: number,
): WeekTarget[] {
  // A relative tolerance, so that 0.5 × 2 reaches the cap despite floating-point rounding.
  const grow = (value: number, cap: number, percent: number): number => {
    const next = value * (1 + percent / 100);
    return next >= cap * (1 - 1e-9) ? cap : next;
  };
  const targets: WeekTarget[] = [];
  let strengthAu = grow(capStrengthAu, capStrengthAu, firstWeekPercent - 100);
  let otherAu = grow(capOtherAu, capOtherAu, firstWeekPercent - 100);
  for (let week = 1; week <= maxWeeks; week++) {
    if (week > 1) {
      strengthAu = grow(strengthAu, capStrengthAu, stepStrengthPercent);
      otherAu = grow(otherAu, capOtherAu, stepOtherPercent);
    }
    targets.push({ strengthAu, otherAu });
    if (strengthAu >= capStrengthAu && otherAu >= capOtherAu) break;
  }
  return targets;
}

interface SessionDose {
  durationMin: number;
  targetRpe: number;
}

const roundDown = (minutes: number): number => Math.floor(minutes / DURATION_STEP_MIN) * DURATION_STEP_MIN;
const clampDuration = (minutes: number): number =>
  Math.min(MAX_DURATION_MIN, Math.max(MIN_DURATION_MIN, minutes));

/**
 * Durations for sessions of the given RPEs whose load Σ RPE × duration is nearest `targetAu` without
 * exceeding `capAu`: each duration is the ideal one rounded down or up to 5 min, within 20–120 min.
 * When one 20-min session would overshoot, its RPE drops to target ÷ 20 (to 0.5); below RPE 1 the
 * part gets no session.
 */
function fitDurations(targetAu: number, capAu: number, rpes: readonly number[]): SessionDose[] {
  const rpeSum = rpes.reduce((sum, rpe) => sum + rpe, 0);
  if (targetAu <= 0 || rpeSum <= 0) return [];
  const ideal = targetAu / rpeSum;
  const floor = clampDuration(roundDown(ideal));
  let best: SessionDose[] | null = null;
  let bestError = Infinity;
  for (let mask = 0; mask < 1 << rpes.length; mask++) {
    const doses = rpes.map((targetRpe, index) => ({
      targetRpe,
      durationMin: clampDuration(floor + ((mask >> index) & 1) * DURATION_STEP_MIN),
    }));
    const loadAu = doses.reduce((sum, dose) => sum + plannedLoadAu(dose), 0);
    const error = Math.abs(loadAu - targetAu);
    if (loadAu <= capAu && error < bestError) {
      best = doses;
      bestError = error;
    }
  }
  if (best !== null) return best;
  const loweredRpe = Math.floor((targetAu / MIN_DURATION_MIN) * 2) / 2;
  return loweredRpe >= 1 ? [{ durationMin: MIN_DURATION_MIN, targetRpe: loweredRpe }] : [];
}

interface SessionCountRule {
  minCount: number;
  /** Go up to this many sessions while the ideal duration exceeds `comfortableMaxMin`… */
  preferredMaxCount: number;
  comfortableMaxMin: number;
  /** …and further up to this many only while it exceeds 120 min. */
  maxCount: number;
}

/** The session count for a part's weekly target: see SessionCountRule; fewer when sessions would be < 20 min. */
function sessionCount(
  targetAu: number,
  rpesFor: (count: number) => number[],
  rule: SessionCountRule,
): number {
  const ideal = (count: number): number => targetAu / rpesFor(count).reduce((sum, rpe) => sum + rpe, 0);
  let count = rule.minCount;
  while (count < rule.preferredMaxCount && ideal(count) > rule.comfortableMaxMin) count++;
  while (count < rule.maxCount && ideal(count) > MAX_DURATION_MIN) count++;
  while (count > 1 && ideal(count) < MIN_DURATION_MIN) count--;
  return count;
}

interface RpePlan {
  easyStrengthRpe: number;
  hardStrengthRpe: number;
  otherRpe: number;
}

/**
 * RPEs (product choices): strength at 7 and other work at 5; in week 1 strength at 6 except for at
 * most maxHardSessionsFirstWeek sessions. "Easy" stays below recovery.hardSessionRpeMin (but ≥ 1:
 * a threshold ≤ 1 makes every session hard), "hard" at least at it.
 */
function rpePlan(settings: Settings): RpePlan {
  const hardMin = settings.recovery.hardSessionRpeMin;
  const easy = (preferred: number): number => Math.max(1, Math.min(preferred, hardMin - 1));
  return {
    easyStrengthRpe: easy(6),
    hardStrengthRpe: Math.min(10, Math.max(7, hardMin)),
    otherRpe: easy(5),
  };
}

interface WeekPlanInput {
  weekIndex: number;
  target: WeekTarget;
  caps: WeekTarget;
  rpes: RpePlan;
  maxHardFirstWeek: number;
}

interface PlannedDose extends SessionDose {
  part: ReturnRampPart;
  offsetDays: number;
}

/** One ramp week as sessions: strength 1–3× at 08:00, other work 1–(7 − strength)× at 17:00 on other days. */
function planWeek({ weekIndex, target, caps, rpes, maxHardFirstWeek }: WeekPlanInput): PlannedDose[] {
  const strengthRpes = (count: number): number[] => {
    const hardCount = weekIndex === 1 ? Math.min(maxHardFirstWeek, count) : count;
    return Array.from({ length: count }, (_, index) =>
      index >= count - hardCount ? rpes.hardStrengthRpe : rpes.easyStrengthRpe,
    );
  };
  const strengthCount = sessionCount(target.strengthAu, strengthRpes, STRENGTH_SESSIONS);
  const strength = fitDurations(target.strengthAu, caps.strengthAu, strengthRpes(strengthCount));
  const strengthOffsets = STRENGTH_OFFSETS[strength.length - 1] ?? [];
  const otherOffsets = OTHER_OFFSET_PREFERENCE.filter((offset) => !strengthOffsets.includes(offset));
  const otherRpes = (count: number): number[] => Array.from({ length: count }, () => rpes.otherRpe);
  const otherCount = sessionCount(target.otherAu, otherRpes, {
    ...OTHER_SESSIONS,
    maxCount: otherOffsets.length,
  });
  const other = fitDurations(target.otherAu, caps.otherAu, otherRpes(otherCount));
  const otherDays = otherOffsets.slice(0, other.length).sort((a, b) => a - b);
  return [
    ...strength.map((dose, index) => ({
      ...dose,
      part: 'strength' as const,
      offsetDays: strengthOffsets[index] ?? 0,
    })),
    ...other.map((dose, index) => ({ ...dose, part: 'other' as const, offsetDays: otherDays[index] ?? 0 })),
  ].sort((a, b) => a.offsetDays - b.offsetDays);
}

/** Weekly steps: the experienced ones when trainingAgeYears ≥ experiencedTrainingAgeYears, else the novice ones. */
function rampSteps(
  trainingAgeYears: number,
  rules: Settings['returnToTraining'],
): Pick<ReturnRamp, 'isExperienced' | 'stepStrengthPercent' | 'stepOtherPercent'> {
  const isExperienced = trainingAgeYears >= rules.experiencedTrainingAgeYears;
  return {
    isExperienced,
    stepStrengthPercent: isExperienced
      ? rules.weeklyStepStrengthPercentExperienced
      : rules.weeklyStepStrengthPercentNovice,
    stepOtherPercent: isExperienced
      ? rules.weeklyStepEndurancePercentExperienced
      : rules.weeklyStepEndurancePercentNovice,
  };
}

interface SessionContext {
  input: ReturnRampInput;
  squadId: string | undefined;
  weekIndex: number;
  weekStart: string;
  target: WeekTarget;
  caps: WeekTarget;
}

/** A planned session for the athlete alone; strength as "strength" (or the first strength stimulus), other work as endurance. */
function toPlannedSession(dose: PlannedDose, context: SessionContext): PlannedSession {
  const { input, squadId, weekIndex } = context;
  const isStrength = dose.part === 'strength';
  const targetAu = isStrength ? context.target.strengthAu : context.target.otherAu;
  const capAu = isStrength ? context.caps.strengthAu : context.caps.otherAu;
  const { strengthStimuli } = input.settings.interference;
  const texts = returnRampTexts(input.language);
  return PlannedSessionSchema.parse({
    id: input.newId(),
    ...(input.blockId === undefined ? {} : { blockId: input.blockId }),
    ...(squadId === undefined ? {} : { squadId }),
    date: addDays(context.weekStart, dose.offsetDays),
    startTime: isStrength ? STRENGTH_TIME : OTHER_TIME,
    stimulus: isStrength
      ? strengthStimuli.includes('strength')
        ? 'strength'
        : strengthStimuli[0]
      : 'endurance',
    durationMin: dose.durationMin,
    targetRpe: dose.targetRpe,
    title: texts.title(dose.part, weekIndex),
    description: texts.description(dose.part, weekIndex, targetAu, Math.round((targetAu / capAu) * 100)),
    athleteIds: [input.athlete.athleteId],
  });
}

/**
 * The ramp for one athlete (see the file comment). Planned load per week is within rounding (5 min)
 * of its target and never above the pre-break level of either part. C = 0 (no load in the 28 days
 * before the break) gives an empty ramp with `emptyReason`: "never above the pre-break level" leaves
 * nothing to plan, and a fixed starter ramp would be a number without a source, so the coach plans
 * by hand. Sessions need a squad (input.squadId, else the athlete's first squad) or a block: the
 * schema refuses a planned session with neither, and so does this function.
 */
export function generateReturnRamp(input: ReturnRampInput): ReturnRamp {
  const { athlete, returnFromBreak, settings } = input;
  const rules = settings.returnToTraining;
  const preBreakAu = Math.max(0, returnFromBreak.preBreakChronicWeeklyLoadAu);
  const strengthShare =
    preBreakStrengthShare(athlete.sessions, returnFromBreak.breakStartDate, settings) ??
    DEFAULT_RETURN_STRENGTH_SHARE;
  const steps = rampSteps(athlete.trainingAgeYears, rules);
  const ramp: ReturnRamp = {
    athleteId: athlete.athleteId,
    preBreakWeeklyLoadAu: preBreakAu,
    strengthShare,
    ...steps,
    weeks: [],
    sessions: [],
    emptyReason: preBreakAu > 0 ? null : 'no-pre-break-load',
  };
  if (preBreakAu <= 0) return ramp;

  const caps: WeekTarget = {
    strengthAu: preBreakAu * strengthShare,
    otherAu: preBreakAu * (1 - strengthShare),
  };
  const maxWeeks = Math.max(1, Math.floor(input.maxWeeks ?? DEFAULT_RETURN_RAMP_MAX_WEEKS));
  const targets = returnRampTargets(
    caps.strengthAu,
    caps.otherAu,
    rules.firstWeekPercentOfChronic,
    steps.stepStrengthPercent,
    steps.stepOtherPercent,
    maxWeeks,
  );
  const rpes = rpePlan(settings);
  const squadId = input.squadId ?? athlete.squadIds[0];
  targets.forEach((target, index) => {
    const weekIndex = index + 1;
    const weekStart = addDays(input.startDate, index * 7);
    const maxHardFirstWeek = rules.maxHardSessionsFirstWeek;
    const doses = planWeek({ weekIndex, target, caps, rpes, maxHardFirstWeek });
    const context: SessionContext = { input, squadId, weekIndex, weekStart, target, caps };
    ramp.sessions.push(...doses.map((dose) => toPlannedSession(dose, context)));
    ramp.weeks.push({
      weekIndex,
      startDate: weekStart,
      strengthTargetAu: target.strengthAu,
      otherTargetAu: target.otherAu,
      totalTargetAu: target.strengthAu + target.otherAu,
      plannedLoadAu: doses.reduce((sum, dose) => sum + plannedLoadAu(dose), 0),
      hardSessionCount: doses.filter((dose) => dose.targetRpe >= settings.recovery.hardSessionRpeMin).length,
    });
  });
  return ramp;
}
