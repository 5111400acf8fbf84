import { isIssueShown, type CellIssue } from './cell-issues';

/** How many rows have an issue the coach can see now. */
export function countRowsNeedingAttention(
  rowIssues: ReadonlyMap<string, Partial<Record<string, CellIssue>>>,
  hasTriedSave: boolean,
  isRowCounted: (athleteId: string) => boolean = () => true,
): number {
  let count = 0;
  for (const [athleteId, issues] of rowIssues) {
    if (!isRowCounted(athleteId)) continue;
    if (Object.values(issues).some((issue) => isIssueShown(issue, hasTriedSave))) count += 1;
  }
  return count;
}

/** The issues of a form or header that the coach can see now, as messages by field. */
export function shownMessages<Field extends string>(
  issues: Partial<Record<Field, CellIssue>>,
  hasTriedSave: boolean,
  describe: (field: Field, issue: CellIssue) => string,
): Partial<Record<Field, string>> {
  const messages: Partial<Record<Field, string>> = {};
  for (const field of Object.keys(issues) as Field[]) {
    const issue = issues[field];
    if (isIssueShown(issue, hasTriedSave)) messages[field] = describe(field, issue);
  }
  return messages;
}
