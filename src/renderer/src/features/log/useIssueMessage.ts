import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellIssue } from './cell-issues';
import { issueText, type LogField } from './issue-text';

export type DescribeIssue = (field: LogField, issue: CellIssue, options?: { withFieldName?: boolean }) => string;

/**
 * Words for a cell issue in the coach's language. In a grid, where messages sit in the row rather
 * than under their cell, a text that does not name its field gets the field's name in front.
 */
export function useIssueMessage(): DescribeIssue {
  const { t } = useTranslation('log');
  return useCallback<DescribeIssue>(
    (field, issue, options) => {
      const text = issueText(field, issue);
      if (!text) return issue.message;
      const message = t(text.key, text.values);
      return text.isGeneric && options?.withFieldName ? `${t(`field_${field}`)}: ${message}` : message;
    },
    [t],
  );
}
