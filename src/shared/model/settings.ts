import { z } from 'zod';
import { StimulusSchema, type Stimulus } from './common';

/**
 * Every threshold and default of SCIENCE.md in one schema. `SettingsSchema.parse({})` gives the
 * defaults; a coach may change any of them. Values marked "product default" are choices of this
 * product, not published constants, and the UI labels them so.
 */

const positive = () => z.number().positive();
const percent = () => z.number().min(0).max(1000);

const LoadSettingsSchema = z.object({
  /** Rolling acute window, days including today. */
  acuteWindowDays: z.number().int().min(1).max(28).default(7),
  /** Rolling chronic window, days including today (coupled). */
  chronicWindowDays: z.number().int().min(7).max(84).default(28),
  /** Uncoupled chronic window t−27 … t−7: its first and last day offsets (Lolli 2019). */
  uncoupledChronicFromDaysAgo: z.number().int().min(1).default(27),
  uncoupledChronicToDaysAgo: z.number().int().min(1).default(7),
  /** EWMA spans N: λ = 2/(N+1) (Williams 2017). */
  ewmaAcuteSpanDays: z.number().int().min(1).default(7),
  ewmaChronicSpanDays: z.number().int().min(1).default(28),
  /** A ratio carries the "insufficient history" flag while the series is shorter than this. */
  minHistoryDays: z.number().int().min(1).default(28),
  /** Practitioner bands (Gabbett 2016); adjustable flags, not injury predictions. */
  ratioLow: positive().default(0.8),
  ratioHigh: positive().default(1.3),
  ratioDanger: positive().default(1.5),
  /** Monotony (Foster 1998) window and flag (practitioner band). */
  monotonyWindowDays: z.number().int().min(2).default(7),
  monotonyFlagAbove: positive().default(2.0),
  /** Performance Management Chart time constants and start values (Banister 1975). */
  ctlTimeConstantDays: positive().default(42),
  atlTimeConstantDays: positive().default(7),
  ctlStartAu: z.number().min(0).default(0),
  atlStartAu: z.number().min(0).default(0),
  /** Planning warning: weekly load above the mean of the two weeks before by more than this (Nielsen 2014). */
  weeklyRampWarningPercent: percent().default(30),
});

const WellnessSettingsSchema = z.object({
  /** Baseline = the previous N days, today excluded (Saw 2016). */
  baselineWindowDays: z.number().int().min(7).default(28),
  baselineMinCheckins: z.number().int().min(2).default(7),
  /**
   * Readiness (SCIENCE.md, "Readiness today"): composite z ≤ −1.5 amber (product default, about 1 day
   * in 15 under normal noise), ≤ −2 red; a single item z ≤ −2 amber. Judged by how often they fire
   * as well as by their source (Robertson, Bartlett & Gastin 2017).
   */
  compositeZAmberAtOrBelow: z.number().max(0).default(-1.5),
  compositeZRedAtOrBelow: z.number().max(0).default(-2),
  itemZAmberAtOrBelow: z.number().max(0).default(-2),
});

const HrvSettingsSchema = z.object({
  /** ln RMSSD rolling mean (Plews 2014). */
  rollingWindowDays: z.number().int().min(1).default(7),
  rollingMinReadings: z.number().int().min(1).default(3),
  /** Normal range = mean ± factor × SD over the window (Plews 2012; Buchheit 2014). */
  normalRangeWindowDays: z.number().int().min(7).default(60),
  normalRangeMinReadings: z.number().int().min(2).default(14),
  normalRangeSdFactor: positive().default(0.5),
  /** Resting HR: 7-day mean above the 60-day mean + factor × SD = amber. */
  restingHrSdFactor: positive().default(1),
});

/** The recovery classes (SCIENCE.md): neuromuscular and muscle tissue, and metabolic. */
export const RECOVERY_CLASSES = ['strength', 'endurance'] as const;
export const RecoveryClassSchema = z.enum(RECOVERY_CLASSES);
export type RecoveryClass = z.infer<typeof RecoveryClassSchema>;

const classes = (...defaults: RecoveryClass[]) => z.array(RecoveryClassSchema).max(2).default(defaults);

const StimulusClassesSchema = z.object({
  strength: classes('strength'),
  endurance: classes('endurance'),
  hiit: classes('endurance'),
  mixed: classes('strength', 'endurance'),
  skill: classes('strength', 'endurance'),
  recovery: classes(),
  match: classes('strength', 'endurance'),
  other: classes('strength', 'endurance'),
}) satisfies z.ZodType<Record<Stimulus, RecoveryClass[]>>;

const RecoverySettingsSchema = z.object({
  /** Hard session: RPE at or above this … */
  hardSessionRpeMin: z.number().min(0).max(10).default(7),
  /** … or load at least this factor × the athlete's mean session load of the last N days. */
  hardSessionLoadFactor: positive().default(1.5),
  hardSessionLoadWindowDays: z.number().int().min(1).default(28),
  /** Session end assumed when no start time is known (local time). */
  assumedSessionEndTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).default('18:00'),
  acutePhaseEndHours: positive().default(24),
  regenerationPhaseEndHours: positive().default(72),
  /** Product default, not a published constant: phase boundaries scaled by age. */
  /**
   * Which recovery classes a hard session of each stimulus loads (SCIENCE.md, "Recovery phases, per
   * stimulus class"; product default): the phases run per class, so a hard strength day does not
   * hold back endurance work the next day.
   */
  stimulusClasses: StimulusClassesSchema.prefault({}),
  ageScaling: z
    .array(z.object({ fromAgeYears: z.number().int().min(0), factor: positive() }))
    .min(1)
    .default([
      { fromAgeYears: 0, factor: 1 },
      { fromAgeYears: 35, factor: 1.25 },
      { fromAgeYears: 50, factor: 1.5 },
    ]),
}).refine((recovery) => recovery.acutePhaseEndHours < recovery.regenerationPhaseEndHours, {
  message: 'The acute phase must end before the regeneration phase',
  path: ['regenerationPhaseEndHours'],
});

const InterferenceSettingsSchema = z.object({
  /** Strength and endurance/HIIT closer than this = warning (Robineau 2016). */
  minGapHours: positive().default(6),
  /** Closer than this = strong warning. */
  strongWarningGapHours: positive().default(3),
  /** Block focus diluted when more than this share of planned load is the opposite stimulus. */
  focusDilutionPercent: percent().default(30),
  /** Which stimuli count as strength and as endurance (interference, detraining). */
  strengthStimuli: z.array(StimulusSchema).min(1).default(['strength']),
  enduranceStimuli: z.array(StimulusSchema).min(1).default(['endurance', 'hiit']),
});

const FatigueSettingsSchema = z.object({
  /** "Sustained fatigue": on at least `minFlaggedDays` of the last `windowCheckinDays` check-in days. */
  windowCheckinDays: z.number().int().min(1).default(7),
  minFlaggedDays: z.number().int().min(1).default(5),
  compositeZAtOrBelow: z.number().max(0).default(-1),
  /** Fatigue or soreness z against the athlete's own baseline (never an absolute score: squads answer at different levels). */
  itemZAtOrBelow: z.number().max(0).default(-1.5),
  /** Only check-ins of the last N days count, so an old run of bad days does not linger. */
  lookbackDays: z.number().int().min(1).default(28),
});

const ReturnSettingsSchema = z.object({
  /** Detraining flag after this many days without a strength or endurance stimulus (Mujika 2000). */
  detrainingFlagDays: z.number().int().min(1).default(14),
  /** Product defaults for the return-to-training ramp. */
  breakDays: z.number().int().min(1).default(14),
  firstWeekPercentOfChronic: percent().default(50),
  experiencedTrainingAgeYears: z.number().min(0).default(2),
  weeklyStepStrengthPercentExperienced: percent().default(20),
  weeklyStepEndurancePercentExperienced: percent().default(10),
  weeklyStepStrengthPercentNovice: percent().default(10),
  weeklyStepEndurancePercentNovice: percent().default(5),
  maxHardSessionsFirstWeek: z.number().int().min(0).default(1),
  /** Product default: an athlete counts as returning for this many days after the break ended. */
  returningWindowDays: z.number().int().min(1).default(28),
});

const ReadinessSettingsSchema = z.object({
  /** Grey when the athlete has neither a check-in nor a session in this many days. */
  noDataGreyAfterDays: z.number().int().min(1).default(3),
  /** The moment of the morning decision: recovery phases are judged at this local time. */
  morningTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).default('08:00'),
  /** How an availability event that covers the day counts (SCIENCE.md: injured or unavailable = red). */
  availabilitySeverity: z
    .object({
      injured: z.enum(['red', 'amber']).default('red'),
      ill: z.enum(['red', 'amber']).default('red'),
      unavailable: z.enum(['red', 'amber']).default('red'),
      modified: z.enum(['red', 'amber']).default('amber'),
    })
    .prefault({}),
});

export const LANGUAGES = ['en', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

export const SettingsSchema = z.object({
  language: z.enum(LANGUAGES).default('en'),
  load: LoadSettingsSchema.prefault({}),
  wellness: WellnessSettingsSchema.prefault({}),
  hrv: HrvSettingsSchema.prefault({}),
  recovery: RecoverySettingsSchema.prefault({}),
  interference: InterferenceSettingsSchema.prefault({}),
  fatigue: FatigueSettingsSchema.prefault({}),
  returnToTraining: ReturnSettingsSchema.prefault({}),
  readiness: ReadinessSettingsSchema.prefault({}),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** The defaults of SCIENCE.md. */
export function defaultSettings(): Settings {
  return SettingsSchema.parse({});
}
