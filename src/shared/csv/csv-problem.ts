import type { CsvIssue, CsvIssueCode, CsvIssueValues, CsvProblem } from './csv-types';

/** Cell text longer than this is shortened in reports. */
const MAX_FOUND_LENGTH = 40;

/** One problem: its code, the values its sentence needs and the English sentence, kept together. */
export function createCsvProblem(code: CsvIssueCode, values: CsvIssueValues, reason: string): CsvProblem {
  return { code, values, reason };
}

/** A problem placed at a physical line and a header column (null for the whole row). */
export function createCsvIssue(line: number, column: string | null, problem: CsvProblem): CsvIssue {
  return { line, column, ...problem };
}

/** Adds what the cell held, shortened, so the coach can find it: as value `found` and in the sentence. */
export function withFoundText(problem: CsvProblem, cellText: string): CsvProblem {
  const shown =
    cellText.length > MAX_FOUND_LENGTH ? `${cellText.slice(0, MAX_FOUND_LENGTH - 3)}...` : cellText;
  return createCsvProblem(
    problem.code,
    { ...problem.values, found: shown },
    `${problem.reason}; found "${shown}"`,
  );
}
