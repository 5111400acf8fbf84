import { z } from 'zod';
import { createCsvProblem, withFoundText } from './csv-problem';
import { CSV_ISSUE_CODES, type CsvIssueCode, type CsvIssueValues, type CsvProblem } from './csv-types';

/** The outcome of checking one cell. */
export type CellCheck<Value> = { isValid: true; value: Value } | { isValid: false; problem: CsvProblem };

type SchemaVerdict<Value> = CellCheck<Value>;

type CodedIssue = { code: CsvIssueCode; values: CsvIssueValues };

/** How one column's text is checked: a shared model schema and the coach's name for the column. */
export interface CsvCellRule<Value> {
  label: string;
  schema: z.ZodType<Value>;
  /** Plain messages for schema issues that carry no message of their own. */
  errorMap: z.core.$ZodErrorMap;
  /** The code of the schema's own refinements (a date, a time), which zod only calls 'custom'. */
  customIssueCode: CsvIssueCode;
  /** Both ends of a number schema that accepts them, so a bad value reads 'between min and max'. */
  range: { min: number; max: number } | null;
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
  {
    isCached = true,
    customIssueCode = 'invalid',
  }: { isCached?: boolean; customIssueCode?: CsvIssueCode } = {},
): CsvCellRule<Value> {
  return {
    label,
    schema,
    errorMap: (issue) => describeSchemaIssue(label, issue),
    customIssueCode,
    range: findInclusiveRange(schema),
    verdictByValue: isCached ? new Map() : null,
  };
}

/** min and max of a number schema when both are finite and accepted themselves (not gt/lt). */
function findInclusiveRange(schema: z.ZodType): { min: number; max: number } | null {
  if (!(schema instanceof z.ZodNumber)) return null;
  const { minValue: min, maxValue: max } = schema;
  if (min === null || max === null || !Number.isFinite(min) || !Number.isFinite(max)) return null;
  return schema.safeParse(min).success && schema.safeParse(max).success ? { min, max } : null;
}

/** Checks `value` (already converted from the cell text `cellText`) against the rule's schema. */
export function checkCell<Value>(
  rule: CsvCellRule<Value>,
  value: unknown,
  cellText: string,
): CellCheck<Value> {
  const verdict = rule.verdictByValue?.get(value) ?? judgeValue(rule, value);
  return verdict.isValid ? verdict : { isValid: false, problem: withFoundText(verdict.problem, cellText) };
}

function judgeValue<Value>(rule: CsvCellRule<Value>, value: unknown): SchemaVerdict<Value> {
  const result = rule.schema.safeParse(value, { error: rule.errorMap });
  const verdict: SchemaVerdict<Value> = result.success
    ? { isValid: true, value: result.data }
    : { isValid: false, problem: describeFailure(rule, result.error.issues[0]) };
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

/** The problem of a cell that holds no number. */
export function describeNotANumber(
  label: string,
  cellText: string,
  isDecimalCommaAllowed: boolean,
): CsvProblem {
  const problem =
    !isDecimalCommaAllowed && cellText.includes(',')
      ? createCsvProblem('needs-decimal-point', {}, `${label} must be a number with a decimal point`)
      : createCsvProblem('not-a-number', {}, `${label} must be a number`);
  return withFoundText(problem, cellText);
}

function describeFailure<Value>(rule: CsvCellRule<Value>, issue: z.core.$ZodIssue | undefined): CsvProblem {
  if (issue === undefined) return createCsvProblem('invalid', {}, `${rule.label} is not valid`);
  const { code, values } = codeSchemaIssue(rule, issue);
  return createCsvProblem(code, values, issue.message);
}

/** The code and values of a schema issue; its English message comes from the schema or `errorMap`. */
function codeSchemaIssue<Value>(rule: CsvCellRule<Value>, issue: z.core.$ZodIssue): CodedIssue {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return { code: 'required', values: {} };
      if (rule.range !== null) return { code: 'out-of-range', values: { ...rule.range } };
      return {
        code: issue.inclusive === false ? 'not-above-minimum' : 'below-minimum',
        values: { min: Number(issue.minimum) },
      };
    case 'too_big':
      if (issue.origin === 'string') return { code: 'too-long', values: { max: Number(issue.maximum) } };
      if (rule.range !== null) return { code: 'out-of-range', values: { ...rule.range } };
      return {
        code: issue.inclusive === false ? 'not-below-maximum' : 'above-maximum',
        values: { max: Number(issue.maximum) },
      };
    case 'invalid_type':
      return { code: issue.expected === 'int' ? 'not-whole-number' : 'invalid', values: {} };
    case 'invalid_value':
      return { code: 'not-one-of', values: { options: issue.values.map(String).join(', ') } };
    case 'custom':
      return customIssueOf(rule, issue.params);
    default:
      return { code: 'invalid', values: {} };
  }
}

/**
 * A refinement names its own code in `params.csvIssueCode` (with the values its sentence needs, e.g.
 * a date outside RECORD_DATE_RANGE); otherwise the rule's code applies.
 */
function customIssueOf<Value>(
  rule: CsvCellRule<Value>,
  params: Record<string, unknown> | undefined,
): CodedIssue {
  const { csvIssueCode, ...rest } = params ?? {};
  const code = CSV_ISSUE_CODES.find((known) => known === csvIssueCode);
  if (code === undefined) return { code: rule.customIssueCode, values: {} };
  const values: CsvIssueValues = {};
  for (const [name, value] of Object.entries(rest)) {
    if (typeof value === 'string' || typeof value === 'number') values[name] = value;
  }
  return { code, values };
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
