import { SESSION_LIMITS, WELLNESS_LIMITS, WELLNESS_ITEMS, type WellnessItem } from '@shared/model';
import type { CellIssue } from './cell-issues';
import type { SingleSessionField } from './single-session';
import type { WellnessField } from './wellness-grid';

/** Every field a log page can flag. */
export type LogField = SingleSessionField | WellnessField;

/** The text key (namespace 'log') and values that say what is wrong; null = show the schema's message. */
export interface IssueText {
  key: string;
  values?: Record<string, number>;
  /** The text does not name the field ("Enter a number"), so the page puts the field's name before it. */
  isGeneric?: boolean;
}

const RANGE_CODES: ReadonlySet<CellIssue['code']> = new Set(['tooSmall', 'tooBig', 'notWholeNumber']);

function isWellnessItem(field: LogField): field is WellnessItem {
  return (WELLNESS_ITEMS as readonly string[]).includes(field);
}

/** Picks the coach-facing text for an issue; limits come from the schema's limit tables. */
export function issueText(field: LogField, issue: CellIssue): IssueText | null {
  switch (issue.code) {
    case 'notANumber':
      return { key: 'issueNotANumber', isGeneric: true };
    case 'alreadyCheckedIn':
      return { key: 'issueAlreadyCheckedIn' };
    case 'requiredOrAbsent':
      return { key: 'issueRpeRequired' };
    case 'required':
      if (field === 'athlete') return { key: 'issueAthleteRequired' };
      return { key: 'issueRequired', isGeneric: true };
    default:
      break;
  }
  if (field === 'date') return { key: 'issueDate' };
  if (field === 'startTime') return { key: 'issueStartTime' };
  if (!RANGE_CODES.has(issue.code)) return null;
  return rangeText(field, issue);
}

function rangeText(field: LogField, issue: CellIssue): IssueText | null {
  if (isWellnessItem(field)) return { key: 'issueScoreRange', isGeneric: true };
  switch (field) {
    case 'rpe':
      return { key: 'issueRpeRange', values: { min: SESSION_LIMITS.rpeMin, max: SESSION_LIMITS.rpeMax } };
    case 'durationMin':
      return issue.code === 'tooBig'
        ? { key: 'issueDurationTooLong', values: { max: SESSION_LIMITS.durationMinMax } }
        : { key: 'issueDurationTooShort' };
    case 'sleepHours':
      return { key: 'issueSleepHoursRange', values: { ...WELLNESS_LIMITS.sleepHours } };
    case 'hrvRmssdMs':
      return issue.code === 'tooBig'
        ? { key: 'issueHrvTooHigh', values: { max: WELLNESS_LIMITS.hrvRmssdMs.max } }
        : { key: 'issueHrvTooLow', values: { min: WELLNESS_LIMITS.hrvRmssdMs.min } };
    case 'restingHrBpm':
      return { key: 'issueRestingHrRange', values: { ...WELLNESS_LIMITS.restingHrBpm } };
    default:
      return null;
  }
}
