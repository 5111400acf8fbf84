import type { CsvIssueCode, CsvParseResult, CsvProblem } from '@shared/csv';
import { importTexts } from './texts';

/** The `t` of the 'import' namespace, as far as this module uses it. */
export type TranslateImport = (key: string, options: { replace: CsvProblem['values'] }) => string;

function issueTextKey(code: CsvIssueCode): string {
  return `issue_${code}`;
}

/** Both languages have the same keys (defineTexts), so the English ones tell which codes have a text. */
function hasIssueText(code: CsvIssueCode): boolean {
  return Object.hasOwn(importTexts.en, issueTextKey(code));
}

/** A problem in the coach's language: the text for its code with its values, else the parser's reason. */
export function describeCsvIssue(problem: CsvProblem, t: TranslateImport): string {
  if (!hasIssueText(problem.code)) return problem.reason;
  return t(issueTextKey(problem.code), { replace: problem.values });
}

/** The file error of a result in the coach's language, or null when the file could be read. */
export function describeFileError(result: CsvParseResult<unknown>, t: TranslateImport): string | null {
  if (result.fileError === null) return null;
  if (result.fileErrorCode === null) return result.fileError;
  return describeCsvIssue(
    { code: result.fileErrorCode, values: result.fileErrorValues, reason: result.fileError },
    t,
  );
}
