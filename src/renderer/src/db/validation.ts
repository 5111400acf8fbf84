import type { z } from 'zod';
import { ValidationError, type RowIssue } from './errors';

/**
 * Parses every row with `schema` synchronously (no per-row promise), appending one issue per zod
 * problem to `issues`. Returns the parsed rows that passed; callers throw when `issues` is not empty.
 */
export function validateRows<S extends z.ZodType>(
  schema: S,
  rows: readonly unknown[],
  issues: RowIssue[],
  pathPrefix = '',
): z.output<S>[] {
  const parsed: z.output<S>[] = [];
  for (let index = 0; index < rows.length; index++) {
    const result = schema.safeParse(rows[index]);
    if (result.success) {
      parsed.push(result.data);
      continue;
    }
    for (const issue of result.error.issues) {
      issues.push({ index, path: joinPath(pathPrefix, issue.path), message: issue.message });
    }
  }
  return parsed;
}

/** Throws a {@link ValidationError} when any issue was collected. */
export function throwIfIssues(issues: RowIssue[]): void {
  if (issues.length > 0) throw new ValidationError(issues);
}

/** Parses a batch; throws a {@link ValidationError} naming every bad row and field. */
export function parseRows<S extends z.ZodType>(
  schema: S,
  rows: readonly unknown[],
  pathPrefix = '',
): z.output<S>[] {
  const issues: RowIssue[] = [];
  const parsed = validateRows(schema, rows, issues, pathPrefix);
  throwIfIssues(issues);
  return parsed;
}

/** Parses one record; throws a {@link ValidationError} (index 0) when it is invalid. */
export function parseOne<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const [parsed] = parseRows(schema, [value]);
  if (parsed === undefined) throw new ValidationError([{ index: 0, path: '', message: 'Invalid input' }]);
  return parsed;
}

function joinPath(prefix: string, path: readonly PropertyKey[]): string {
  const parts = path.map((part) => String(part));
  if (prefix !== '') parts.unshift(prefix);
  return parts.join('.');
}
