import { z } from 'zod';
import { IdSchema, RecordDateSchema, WellnessScoreSchema } from './common';

export const WELLNESS_ITEMS = ['sleepQuality', 'fatigue', 'soreness', 'stress', 'mood'] as const;
export type WellnessItem = (typeof WELLNESS_ITEMS)[number];

/** Every value a check-in can hold, in the order the grid and the CSV format list them. */
export const WELLNESS_VALUE_FIELDS = [
  'sleepHours',
  ...WELLNESS_ITEMS,
  'hrvRmssdMs',
  'restingHrBpm',
] as const;
export type WellnessValueField = (typeof WELLNESS_VALUE_FIELDS)[number];

/** Limits shared by the check-in grid, the importer and the schema (FORMATS.md). */
export const WELLNESS_LIMITS = {
  sleepHours: { min: 0, max: 24 },
  hrvRmssdMs: { min: 0, max: 300 },
  restingHrBpm: { min: 25, max: 150 },
} as const;

/**
 * A morning check-in: at most one per athlete per day. Items are 1–5 with 5 = best
 * (slept very well, fully fresh, no soreness, relaxed, very good mood).
 */
export const WellnessEntrySchema = z
  .object({
    id: IdSchema,
    athleteId: IdSchema,
    date: RecordDateSchema,
    sleepHours: z.number().min(WELLNESS_LIMITS.sleepHours.min).max(WELLNESS_LIMITS.sleepHours.max).optional(),
    sleepQuality: WellnessScoreSchema.optional(),
    fatigue: WellnessScoreSchema.optional(),
    soreness: WellnessScoreSchema.optional(),
    stress: WellnessScoreSchema.optional(),
    mood: WellnessScoreSchema.optional(),
    hrvRmssdMs: z
      .number()
      .gt(WELLNESS_LIMITS.hrvRmssdMs.min, 'HRV must be more than 0 ms')
      .max(WELLNESS_LIMITS.hrvRmssdMs.max, 'HRV must be at most 300 ms')
      .optional(),
    restingHrBpm: z
      .number()
      .min(WELLNESS_LIMITS.restingHrBpm.min, 'Resting HR must be 25–150 bpm')
      .max(WELLNESS_LIMITS.restingHrBpm.max, 'Resting HR must be 25–150 bpm')
      .optional(),
  })
  .refine((entry) => WELLNESS_VALUE_FIELDS.some((field) => entry[field] !== undefined), {
    message: 'A check-in needs at least one value',
  });
export type WellnessEntry = z.infer<typeof WellnessEntrySchema>;
