/** One problem with one input row: `index` is the row's position in the batch, `path` the field. */
export interface RowIssue {
  index: number;
  path: string;
  message: string;
}

/** An athlete and day that already has a check-in (or appears twice in one batch). */
export interface CheckinConflict {
  athleteId: string;
  date: string;
}

/** Input that failed the shared zod schema (or could not be resolved); nothing was written. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  readonly issues: RowIssue[];

  constructor(issues: RowIssue[]) {
    super(describeIssues(issues));
    this.issues = issues;
  }
}

/** A check-in that would be the athlete's second on that day; nothing was written. */
export class DuplicateCheckinError extends Error {
  override readonly name = 'DuplicateCheckinError';
  readonly conflicts: CheckinConflict[];

  constructor(conflicts: CheckinConflict[]) {
    const first = conflicts[0];
    const where = first ? `: ${first.athleteId} on ${first.date}` : '';
    const more = conflicts.length > 1 ? ` and ${conflicts.length - 1} more` : '';
    super(`An athlete already has a check-in on that day${where}${more}`);
    this.conflicts = conflicts;
  }
}

/** An update or archive aimed at a record that does not exist (deleted elsewhere, stale screen). */
export class RecordNotFoundError extends Error {
  override readonly name = 'RecordNotFoundError';
  readonly table: string;
  readonly id: string;

  constructor(table: string, id: string) {
    super(`No record ${id} in ${table}`);
    this.table = table;
    this.id = id;
  }
}

function describeIssues(issues: RowIssue[]): string {
  const first = issues[0];
  if (!first) return 'Invalid input';
  const field = first.path === '' ? '' : ` ${first.path}`;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `Invalid row ${first.index}${field}: ${first.message}${more}`;
}
