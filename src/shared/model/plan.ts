import { z } from 'zod';
import { IdSchema, IsoDateSchema, LocalTimeSchema, StimulusSchema, TextSchema } from './common';

const endNotBeforeStart = {
  check: (range: { startDate: string; endDate: string }) => range.endDate >= range.startDate,
  message: { message: 'The end date cannot be before the start date', path: ['endDate'] },
};

export const SeasonSchema = z
  .object({
    id: IdSchema,
    name: z.string().trim().min(1).max(80),
    startDate: IsoDateSchema,
    endDate: IsoDateSchema,
    notes: TextSchema.default(''),
  })
  .refine(endNotBeforeStart.check, endNotBeforeStart.message);
export type Season = z.infer<typeof SeasonSchema>;

export const BLOCK_FOCUSES = ['strength', 'endurance', 'concurrent', 'taper', 'deload', 'competition', 'return'] as const;

/** A training block of a season (Issurin 2010: accumulation, transmutation, realisation). */
export const BlockSchema = z
  .object({
    id: IdSchema,
    seasonId: IdSchema,
    name: z.string().trim().min(1).max(80),
    startDate: IsoDateSchema,
    endDate: IsoDateSchema,
    focus: z.enum(BLOCK_FOCUSES),
    notes: TextSchema.default(''),
  })
  .refine(endNotBeforeStart.check, endNotBeforeStart.message);
export type Block = z.infer<typeof BlockSchema>;

/** A session in the plan, for a block or a squad, optionally for a subset of athletes. */
export const PlannedSessionSchema = z
  .object({
    id: IdSchema,
    blockId: IdSchema.optional(),
    squadId: IdSchema.optional(),
    date: IsoDateSchema,
    startTime: LocalTimeSchema,
    stimulus: StimulusSchema,
    durationMin: z.number().gt(0).max(600),
    targetRpe: z.number().min(0).max(10),
    title: z.string().trim().min(1).max(120),
    description: TextSchema.default(''),
    athleteIds: z.array(IdSchema).optional(),
  })
  .refine((planned) => planned.blockId !== undefined || planned.squadId !== undefined, {
    message: 'A planned session belongs to a block or a squad',
    path: ['blockId'],
  });
export type PlannedSession = z.infer<typeof PlannedSessionSchema>;
