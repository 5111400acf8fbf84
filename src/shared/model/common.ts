import { z } from 'zod';
import { isIsoDate, isLocalTime, RECORD_DATE_RANGE } from '../time/local-date';

/** A record id: a UUID for records made in the app, a stable readable id for demo records. */
export const IdSchema = z.string().trim().min(1).max(100);

/** A local calendar date `YYYY-MM-DD` (SCIENCE.md, "Calendar"). */
export const IsoDateSchema = z.string().refine(isIsoDate, { message: 'Expected a date as YYYY-MM-DD' });

/** Tells the CSV importer which of its codes a refinement's failure is (csv-cell-rules.ts). */
export const DATE_OUT_OF_RANGE_PARAMS = { csvIssueCode: 'date-out-of-range', ...RECORD_DATE_RANGE } as const;

/** The date of a training record: a real date within RECORD_DATE_RANGE. */
export const RecordDateSchema = IsoDateSchema.refine(
  (text) => !isIsoDate(text) || (text >= RECORD_DATE_RANGE.earliest && text <= RECORD_DATE_RANGE.latest),
  {
    message: `Expected a date from ${RECORD_DATE_RANGE.earliest} to ${RECORD_DATE_RANGE.latest}`,
    params: DATE_OUT_OF_RANGE_PARAMS,
  },
);

/** A local 24-hour time `HH:MM`. */
export const LocalTimeSchema = z.string().refine(isLocalTime, { message: 'Expected a time as HH:MM (24 h)' });

/** What a session trains; strength and endurance are kept apart by the planner. */
export const STIMULI = [
  'strength',
  'endurance',
  'hiit',
  'mixed',
  'skill',
  'recovery',
  'match',
  'other',
] as const;
export const StimulusSchema = z.enum(STIMULI);
export type Stimulus = z.infer<typeof StimulusSchema>;

/** A 1–5 wellness item where 5 is best (FORMATS.md). */
export const WellnessScoreSchema = z.number().int().min(1).max(5);

export const TextSchema = z.string().max(2000);
