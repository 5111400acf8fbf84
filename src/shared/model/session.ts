import { z } from 'zod';
import { IdSchema, RecordDateSchema, LocalTimeSchema, StimulusSchema, TextSchema } from './common';

export const SESSION_SOURCES = ['manual', 'team', 'import', 'demo'] as const;

/** Limits shared by the entry grids, the importer and the schema (FORMATS.md). */
export const SESSION_LIMITS = { durationMinMax: 600, rpeMin: 0, rpeMax: 10 } as const;

/** One completed session of one athlete. Session load (AU) = sessionRpe × durationMin (Foster 2001). */
export const SessionSchema = z.object({
  id: IdSchema,
  athleteId: IdSchema,
  /** Local date the session started. */
  date: RecordDateSchema,
  startTime: LocalTimeSchema.optional(),
  stimulus: StimulusSchema.default('other'),
  durationMin: z
    .number()
    .gt(0, 'Duration must be more than 0 min')
    .max(SESSION_LIMITS.durationMinMax, `Duration must be at most ${SESSION_LIMITS.durationMinMax} min`),
  /** CR-10 session RPE, 0–10, decimals allowed. */
  sessionRpe: z
    .number()
    .min(SESSION_LIMITS.rpeMin, 'RPE must be between 0 and 10')
    .max(SESSION_LIMITS.rpeMax, 'RPE must be between 0 and 10'),
  notes: TextSchema.default(''),
  source: z.enum(SESSION_SOURCES).default('manual'),
});
export type Session = z.infer<typeof SessionSchema>;
export type SessionInput = z.input<typeof SessionSchema>;
