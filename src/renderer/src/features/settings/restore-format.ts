import type { Language } from '@shared/model';
import { formatMoment } from '../../i18n/format';
import { BACKUP_TABLE_NAMES, type BackupTableName, type RowIssue } from '../../db';

/** Where a restore issue is: the table (from the `table.field` path) and the field, if any. */
export interface IssueLocation {
  table: BackupTableName | null;
  field: string;
}

/** Splits a restore issue's path `sessions.sessionRpe` into its table and field. */
export function locateIssue(issue: RowIssue): IssueLocation {
  const [head = '', ...rest] = issue.path.split('.');
  const table = BACKUP_TABLE_NAMES.find((name) => name === head) ?? null;
  return table ? { table, field: rest.join('.') } : { table: null, field: issue.path };
}

/** The moment a backup was saved, for people: "5 March 2025 at 11:00" / "5 maart 2025 om 11:00". */
export function formatTimestamp(isoTimestamp: string, language: Language): string {
  return formatMoment(isoTimestamp, language);
}
