import { z } from 'zod';
import { IdSchema, RecordDateSchema, TextSchema } from './common';

export const AVAILABILITY_KINDS = ['injured', 'ill', 'modified', 'unavailable'] as const;
export type AvailabilityKind = (typeof AVAILABILITY_KINDS)[number];

/** A period in which an athlete cannot train normally; open-ended while `endDate` is absent. */
export const AvailabilityEventSchema = z
  .object({
    id: IdSchema,
    athleteId: IdSchema,
    kind: z.enum(AVAILABILITY_KINDS),
    startDate: RecordDateSchema,
    endDate: RecordDateSchema.optional(),
    note: TextSchema.default(''),
  })
  .refine((event) => event.endDate === undefined || event.endDate >= event.startDate, {
    message: 'The end date cannot be before the start date',
    path: ['endDate'],
    params: { messageKey: 'endBeforeStart' },
  });
export type AvailabilityEvent = z.infer<typeof AvailabilityEventSchema>;
