import type { CsvIssue, CsvParseResult } from '@shared/csv';

/** Joins lines into file text with the given line ending (no trailing newline unless asked). */
export function csvText(lines: readonly string[], lineEnding = '\n'): string {
  return lines.join(lineEnding);
}

/** `line:column` of each issue, compact enough to compare whole lists in one assertion. */
export function issueKeys(issues: readonly CsvIssue[]): string[] {
  return issues.map((issue) => `${issue.line}:${issue.column ?? '-'}`);
}

/** The line numbers of the valid rows. */
export function rowLines<Row extends { line: number }>(result: CsvParseResult<Row>): number[] {
  return result.rows.map((row) => row.line);
}

export const SESSIONS_HEADER = 'athlete,date,start_time,duration_min,rpe,stimulus,notes';
export const WELLNESS_HEADER =
  'athlete,date,sleep_hours,sleep_quality,fatigue,soreness,stress,mood,hrv_rmssd_ms,resting_hr_bpm';
