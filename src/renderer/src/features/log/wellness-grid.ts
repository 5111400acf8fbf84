import {
  WELLNESS_VALUE_FIELDS,
  WellnessEntrySchema,
  type AvailabilityKind,
  type WellnessEntry,
  type WellnessValueField,
} from '@shared/model';
import { issueFromZod, parseCell, withoutId, type CellIssue } from './cell-issues';

/** The grid's columns, left to right. */
export const WELLNESS_FIELDS = WELLNESS_VALUE_FIELDS;
export type WellnessField = WellnessValueField;

/** An athlete in the check-in grid, with the check-in already saved for the day, if any. */
export interface WellnessGridAthlete {
  id: string;
  name: string;
  availabilityKind?: AvailabilityKind;
  checkin?: WellnessEntry;
}

export type WellnessRowDraft = Partial<Record<WellnessField, string>>;
export type WellnessDrafts = Readonly<Record<string, WellnessRowDraft | undefined>>;
export type WellnessRowIssues = Partial<Record<WellnessField, CellIssue>>;
export type WellnessInput = Omit<WellnessEntry, 'id'>;

export interface WellnessGridCheck {
  rowIssues: ReadonlyMap<string, WellnessRowIssues>;
  /** Check-ins of the filled rows, in row order; complete only when `isValid`. */
  inputs: WellnessInput[];
  filledCount: number;
  isValid: boolean;
}

export const ALREADY_CHECKED_IN: CellIssue = {
  code: 'alreadyCheckedIn',
  message: 'Already checked in on this day: an athlete has at most one check-in per day',
};

const { shape } = WellnessEntrySchema;

export function isDraftEmpty(draft: WellnessRowDraft | undefined): boolean {
  return draft === undefined || WELLNESS_FIELDS.every((field) => (draft[field] ?? '').trim() === '');
}

/** A row is read-only when the athlete already checked in that day and nothing was typed for them. */
export function isRowReadOnly(athlete: WellnessGridAthlete | undefined, drafts: WellnessDrafts): boolean {
  return athlete?.checkin !== undefined && isDraftEmpty(drafts[athlete.id]);
}

/**
 * Applies typing to a cell. An athlete who already checked in that day keeps the saved check-in:
 * the edit is refused (a second check-in on the same day), unless the coach is clearing values typed
 * before the saved check-in appeared.
 */
export function editWellnessCell(
  drafts: WellnessDrafts,
  athlete: WellnessGridAthlete,
  field: WellnessField,
  text: string,
): { drafts: WellnessDrafts; isRefused: boolean } {
  if (isRowReadOnly(athlete, drafts)) return { drafts, isRefused: true };
  return { drafts: { ...drafts, [athlete.id]: { ...drafts[athlete.id], [field]: text } }, isRefused: false };
}

export function withoutWellnessRows(drafts: WellnessDrafts, athleteIds: readonly string[]): WellnessDrafts {
  const cleared = new Set(athleteIds);
  return Object.fromEntries(Object.entries(drafts).filter(([athleteId]) => !cleared.has(athleteId)));
}

/**
 * Checks every filled row with the wellness schema and builds the check-ins to save. Empty rows are
 * skipped; a filled row of an athlete who already checked in that day is refused in place.
 */
export function checkWellnessGrid(
  date: string,
  athletes: readonly WellnessGridAthlete[],
  drafts: WellnessDrafts,
): WellnessGridCheck {
  const rowIssues = new Map<string, WellnessRowIssues>();
  const inputs: WellnessInput[] = [];
  let filledCount = 0;

  for (const athlete of athletes) {
    const draft = drafts[athlete.id];
    if (draft === undefined || isDraftEmpty(draft)) continue;
    filledCount += 1;
    const issues: WellnessRowIssues = {};
    const values: Partial<Record<WellnessField, number>> = {};
    for (const field of WELLNESS_FIELDS) {
      const cell = parseCell(draft[field] ?? '', shape[field]);
      if (cell.kind === 'issue') issues[field] = cell.issue;
      else if (cell.kind === 'number') values[field] = cell.value;
      if (athlete.checkin !== undefined && cell.kind !== 'empty') issues[field] = ALREADY_CHECKED_IN;
    }
    if (Object.keys(issues).length === 0) {
      const parsed = WellnessEntrySchema.safeParse({ id: 'new', athleteId: athlete.id, date, ...values });
      if (parsed.success) inputs.push(withoutId(parsed.data));
      else if (parsed.error.issues[0]) issues[firstFilledField(draft)] = issueFromZod(parsed.error.issues[0]);
    }
    if (Object.keys(issues).length > 0) rowIssues.set(athlete.id, issues);
  }
  return { rowIssues, inputs, filledCount, isValid: rowIssues.size === 0 && inputs.length === filledCount };
}

function firstFilledField(draft: WellnessRowDraft): WellnessField {
  return WELLNESS_FIELDS.find((field) => (draft[field] ?? '').trim() !== '') ?? 'sleepHours';
}

/** The text a cell shows: what was typed, or for an athlete who already checked in, the saved value. */
export function cellText(
  athlete: WellnessGridAthlete,
  draft: WellnessRowDraft | undefined,
  field: WellnessField,
  formatValue: (value: number) => string,
): string {
  if (athlete.checkin !== undefined && isDraftEmpty(draft)) {
    const saved = athlete.checkin[field];
    return saved === undefined ? '' : formatValue(saved);
  }
  return draft?.[field] ?? '';
}

/** What is wrong with the check-in date: none chosen, or after the coach's today (`YYYY-MM-DD`). */
export function checkinDateIssue(date: string | null, today: string): 'required' | 'afterToday' | undefined {
  if (date === null || date === '') return 'required';
  return date > today ? 'afterToday' : undefined;
}
