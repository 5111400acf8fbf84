import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { errorText } from '../app/error-text';

/**
 * A shared-schema issue as a sentence in the coach's language (common namespace), so a form never
 * shows zod's English ("Too big: expected string to have <=80 characters") or nothing at all. A
 * refinement names its text with `params.messageKey` (a key of the common namespace).
 */
export function schemaIssueText(issue: z.core.$ZodIssue, t: TFunction): string {
  const params: Record<string, unknown> = issue.code === 'custom' ? (issue.params ?? {}) : {};
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? t('common:fieldRequired')
        : t('common:fieldTooSmall', { min: String(issue.minimum) });
    case 'too_big':
      return issue.origin === 'string'
        ? t('common:fieldTooLong', { max: String(issue.maximum) })
        : t('common:fieldTooBig', { max: String(issue.maximum) });
    case 'custom':
      if (params.csvIssueCode === 'date-out-of-range') {
        return t('common:fieldDateRange', {
          earliest: String(params.earliest),
          latest: String(params.latest),
        });
      }
      if (typeof params.messageKey === 'string') {
        return t(`common:${params.messageKey}`, { defaultValue: issue.message });
      }
      return t('common:fieldInvalid');
    default:
      return t('common:fieldInvalid');
  }
}

/** The first issue per top-level field, as sentences, keyed by field name. */
export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[], t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    errors[field] ??= schemaIssueText(issue, t);
  }
  return errors;
}

/** The notification text for a save that failed for any reason: never a button that does nothing. */
export function saveFailedText(error: unknown, t: TFunction): string {
  return t('common:saveFailed', { detail: errorText(error) });
}
