import { z } from 'zod';
import { IdSchema, RecordDateSchema, LocalTimeSchema, StimulusSchema, TextSchema } from './common';

const endNotBeforeStart = {
  check: (range: { startDate: string; endDate: string }) => range.endDate >= range.startDate,
  message: { message: 'The end date cannot be before the start date', path: ['endDate'] },
};

export const SeasonSchema = z
  .object({
    id: IdSchema,
    name: z.string().trim().min(1).max(80),
    /** The squad the season is planned for; absent for a club-wide season (older data, the demo's history). */
    squadId: IdSchema.optional(),
    startDate: RecordDateSchema,
    endDate: RecordDateSchema,
    notes: TextSchema.default(''),
  })
  .refine(endNotBeforeStart.check, endNotBeforeStart.message);
export type Season = z.infer<typeof SeasonSchema>;

export const BLOCK_FOCUSES = [
  'strength',
  'endurance',
  'concurrent',
  'taper',
  'deload',
  'competition',
  'return',
] as const;
export type BlockFocus = (typeof BLOCK_FOCUSES)[number];

/** A training block of a season (Issurin 2010: accumulation, transmutation, realisation). */
export const BlockSchema = z
  .object({
    id: IdSchema,
    seasonId: IdSchema,
    name: z.string().trim().min(1).max(80),
    startDate: RecordDateSchema,
    endDate: RecordDateSchema,
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
    date: RecordDateSchema,
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

/** One session of a block template: week 1… of the block, ISO weekday 1 (Monday) … 7 (Sunday). */
export const TemplateSessionSchema = z.object({
  week: z.number().int().min(1).max(52),
  weekday: z.number().int().min(1).max(7),
  startTime: LocalTimeSchema,
  stimulus: StimulusSchema,
  durationMin: z.number().gt(0).max(600),
  targetRpe: z.number().min(0).max(10),
  title: z.string().trim().min(1).max(120),
  description: TextSchema.default(''),
});
export type TemplateSession = z.infer<typeof TemplateSessionSchema>;

/** A block template: built in (shared/planning/templates) or saved by the coach (the `blockTemplates` table). */
export const BlockTemplateSchema = z
  .object({
    id: IdSchema,
    name: z.string().trim().min(1).max(80),
    focus: z.enum(BLOCK_FOCUSES),
    weeks: z.number().int().min(1).max(52),
    notes: TextSchema.default(''),
    sessions: z.array(TemplateSessionSchema).max(500),
  })
  .refine((template) => template.sessions.every((session) => session.week <= template.weeks), {
    message: 'A template session lies after the last week of the template',
    path: ['sessions'],
  });
export type BlockTemplate = z.infer<typeof BlockTemplateSchema>;

/** A plan warning the coach has seen and accepted, with their note (kept, printed in the PDF). */
export const PlanAcknowledgementSchema = z.object({
  /** The warning's stable id (shared/planning `PlanWarning.id`). */
  id: z.string().trim().min(1).max(400),
  seasonId: IdSchema.optional(),
  note: TextSchema.default(''),
  /** ISO timestamp of the acknowledgement. */
  acknowledgedAt: z.string().min(1).max(40),
});
export type PlanAcknowledgement = z.infer<typeof PlanAcknowledgementSchema>;
