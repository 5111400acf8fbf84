import { z } from 'zod';
import { IdSchema, IsoDateSchema, TextSchema } from './common';

export const SEXES = ['female', 'male', 'other'] as const;

export const AthleteSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1, 'Name is required').max(120),
  birthDate: IsoDateSchema.optional(),
  sex: z.enum(SEXES).optional(),
  squadIds: z.array(IdSchema).default([]),
  position: z.string().trim().max(80).default(''),
  sport: z.string().trim().max(80).default(''),
  trainingAgeYears: z.number().min(0).max(60).default(0),
  notes: TextSchema.default(''),
  isArchived: z.boolean().default(false),
});
export type Athlete = z.infer<typeof AthleteSchema>;
export type AthleteInput = z.input<typeof AthleteSchema>;

export const SquadSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1, 'Name is required').max(80),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Expected a colour as #rrggbb'),
});
export type Squad = z.infer<typeof SquadSchema>;
