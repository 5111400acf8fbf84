import type { z } from 'zod';

/** The outcome of checking one cell. */
export type CellCheck<Value> = { isValid: true; value: Value } | { isValid: false; reason: string };

type SchemaVerdict<Value> = { isValid: true; value: Value } | { isValid: false; message: string };

/** How one column's text is checked: a shared model schema and the coach's name for the column. */
export interface CsvCellRule<Value> {
  label: string;
  schema: z.ZodType<Value>;
  /** Plain messages for schema issues that carry no message of their own. */
  errorMap: z.core.$ZodErrorMap;
  /**
   * Verdicts by value. Cells repeat a lot (RPE, dates, names) and a schema is a pure function, so
   * each distinct value goes through zod once; this keeps 100,000 rows well under a second.
   */
  verdictByValue: Map<unknown, SchemaVerdict<Value>> | null;
}

/** Bounds the memory of a cache; a full cache starts again. */
const VERDICT_CACHE_LIMIT = 10_000;

/**
 * A rule that validates through `schema`, so the importer and the app accept the same values.
 * `isCached: false` for columns whose values rarely repeat (free text).
 */
export function createCellRule<Value>(
  label: string,
  schema: z.ZodType<Value>,
  { isCached = true }: { isCached?: boolean } = {},
): CsvCellRule<Value> {
  return {
    label,
    schema,
    errorMap: (issue) => describeSchemaIssue(label, issue),
    verdictByValue: isCached ? new Map() : null,
  };
}

/** Checks `value` (already converted from the cell text `cellText`) against the rule's schema. */
export function checkCell<Value>(
  rule: CsvCellRule<Value>,
  value: unknown,
  cellText: string,
): CellCheck<Value> {
  const verdict = rule.verdictByValue?.get(value) ?? judgeValue(rule, value);
  return verdict.isValid ? verdict : { isValid: false, reason: withFoundText(verdict.message, cellText) };
}

function judgeValue<Value>(rule: CsvCellRule<Value>, value: unknown): SchemaVerdict<Value> {
  const result = rule.schema.safeParse(value, { error: rule.errorMap });
  const verdict: SchemaVerdict<Value> = result.success
    ? { isValid: true, value: result.data }
    : { isValid: false, message: result.error.issues[0]?.message ?? `${rule.label} is not valid` };
  const cache = rule.verdictByValue;
  if (cache !== null) {
    if (cache.size >= VERDICT_CACHE_LIMIT) cache.clear();
    cache.set(value, verdict);
  }
  return verdict;
}

const DECIMAL_POINT_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * The number written in a cell: digits with an optional '.' decimal point, or with a ',' decimal
 * mark when `isDecimalCommaAllowed` (files separated by ';'). No thousands separators, no exponents.
 */
export function parseDecimalText(
  text: string,
  isDecimalCommaAllowed: boolean,
): { value: number; hasDecimalComma: boolean } | null {
  const commaIndex = text.indexOf(',');
  const hasDecimalComma =
    isDecimalCommaAllowed && commaIndex !== -1 && commaIndex === text.lastIndexOf(',') && !text.includes('.');
  const pointText = hasDecimalComma ? text.replace(',', '.') : text;
  if (!DECIMAL_POINT_NUMBER.test(pointText)) return null;
  return { value: Number(pointText), hasDecimalComma };
}

/** The reason for a cell that holds no number. */
export function describeNotANumber(label: string, cellText: string, isDecimalCommaAllowed: boolean): string {
  const hint = !isDecimalCommaAllowed && cellText.includes(',') ? ' with a decimal point' : '';
  return withFoundText(`${label} must be a number${hint}`, cellText);
}

/** Adds what the cell held, shortened, so the coach can find it. */
export function withFoundText(message: string, cellText: string): string {
  const shown = cellText.length > 40 ? `${cellText.slice(0, 37)}...` : cellText;
  return `${message}; found "${shown}"`;
}

function describeSchemaIssue(label: string, issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return `${label} is required`;
      return `${label} must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `${label} must be at most ${String(issue.maximum)} characters`;
      return `${label} must be ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}`;
    case 'invalid_type':
      return issue.expected === 'int' ? `${label} must be a whole number` : `${label} is not valid`;
    case 'invalid_value':
      return `${label} must be one of: ${issue.values.map(String).join(', ')}`;
    default:
      return undefined;
  }
}
