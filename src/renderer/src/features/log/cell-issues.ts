import type { z } from 'zod';
import { parseTypedNumber } from '../../i18n/format';

/** What went wrong in a cell; the page turns it into words in the coach's language. */
export type IssueCode =
  | 'notANumber'
  | 'tooSmall'
  | 'tooBig'
  | 'notWholeNumber'
  | 'required'
  | 'requiredOrAbsent'
  | 'alreadyCheckedIn'
  | 'invalid';

/** One problem in one cell. `message` is the schema's own (English) message, as the importer reports it. */
export interface CellIssue {
  code: IssueCode;
  message: string;
}

/** A typed cell read as a number: empty, a number, or a problem. */
export type ParsedCell = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'issue'; issue: CellIssue };

const NOT_A_NUMBER: CellIssue = { code: 'notANumber', message: 'Expected a number' };

/** An issue for a cell that must be filled in. */
export function requiredIssue(): CellIssue {
  return { code: 'required', message: 'Required' };
}

/** Turns a zod issue into a cell issue, keeping the schema's message. */
export function issueFromZod(issue: z.core.$ZodIssue): CellIssue {
  switch (issue.code) {
    case 'too_small':
      return { code: 'tooSmall', message: issue.message };
    case 'too_big':
      return { code: 'tooBig', message: issue.message };
    case 'invalid_type':
      return { code: issue.expected === 'int' ? 'notWholeNumber' : 'invalid', message: issue.message };
    default:
      return { code: 'invalid', message: issue.message };
  }
}

/**
 * Reads a typed cell ("6,5" and "6.5" alike) and checks it against the field's zod schema, so the
 * grid refuses exactly what the importer refuses.
 */
export function parseCell(text: string, schema: z.ZodType): ParsedCell {
  const value = parseTypedNumber(text);
  if (value === null) return { kind: 'empty' };
  if (Number.isNaN(value)) return { kind: 'issue', issue: NOT_A_NUMBER };
  const result = schema.safeParse(value);
  if (result.success) return { kind: 'number', value };
  const [first] = result.error.issues;
  return { kind: 'issue', issue: first ? issueFromZod(first) : { code: 'invalid', message: result.error.message } };
}

/** Missing values only show once the coach has tried to save; wrong values show at once. */
export function isIssueShown(issue: CellIssue | undefined, hasTriedSave: boolean): issue is CellIssue {
  return issue !== undefined && (hasTriedSave || (issue.code !== 'required' && issue.code !== 'requiredOrAbsent'));
}

/** A parsed record without the placeholder id it was validated with (the repository assigns ids). */
export function withoutId<T extends { id: string }>(record: T): Omit<T, 'id'> {
  const rest: Partial<T> = { ...record };
  delete rest.id;
  return rest as Omit<T, 'id'>;
}
