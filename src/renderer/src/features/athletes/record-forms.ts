import type { Language, Session, WellnessEntry } from '@shared/model';
import type { SingleSessionCheck, SingleSessionForm } from '../log/single-session';
import { WELLNESS_FIELDS, type WellnessField, type WellnessRowDraft } from '../log/wellness-grid';

/**
 * The edit dialogs start from the stored record as the entry pages would show it typed, and go back
 * through the entry pages' own checks (features/log), so an edit is refused exactly where entry is.
 */

/** A stored number as a coach would type it: a decimal comma in Dutch, no grouping. */
export function numberText(value: number | undefined, language: Language): string {
  if (value === undefined) return '';
  const text = String(value);
  return language === 'nl' ? text.replace('.', ',') : text;
}

/** The single-session form filled with a stored session. */
export function sessionForm(session: Session, language: Language): SingleSessionForm {
  return {
    athleteId: session.athleteId,
    date: session.date,
    startTime: session.startTime ?? '',
    stimulus: session.stimulus,
    durationMin: numberText(session.durationMin, language),
    rpe: numberText(session.sessionRpe, language),
    notes: session.notes,
  };
}

/** The checked form as the stored session it replaces: same id and source; undefined while invalid. */
export function editedSession(original: Session, check: SingleSessionCheck): Session | undefined {
  if (!check.input) return undefined;
  return { ...check.input, id: original.id, source: original.source };
}

/** The check-in grid's row draft filled with a stored check-in. */
export function checkinDraft(entry: WellnessEntry, language: Language): WellnessRowDraft {
  return Object.fromEntries(WELLNESS_FIELDS.map((field) => [field, numberText(entry[field], language)]));
}

/** Column headings of the check-in grid, reused as field labels. */
export const CHECKIN_FIELD_LABELS: Readonly<Record<WellnessField, string>> = {
  sleepHours: 'log:colSleepHours',
  sleepQuality: 'log:colSleepQuality',
  fatigue: 'log:colFatigue',
  soreness: 'log:colSoreness',
  stress: 'log:colStress',
  mood: 'log:colMood',
  hrvRmssdMs: 'log:colHrvRmssdMs',
  restingHrBpm: 'log:colRestingHrBpm',
};
