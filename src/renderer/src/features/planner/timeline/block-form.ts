import type { Block, BlockFocus, PlannedSession, Season } from '@shared/model';
import { addDays, daysBetween, isoWeekday } from '@shared/time/local-date';
import { blockEndDate, checkBlockRange, type RangeProblem } from './timeline-geometry';

/** The block dialog's fields as typed (dates null while a date field is empty or unreadable). */
export interface BlockForm {
  name: string;
  focus: BlockFocus;
  startDate: string | null;
  endDate: string | null;
  notes: string;
}

export interface BlockFormCheck {
  nameMissing: boolean;
  startMissing: boolean;
  endMissing: boolean;
  rangeProblem: RangeProblem | null;
  /** The edit, when every field is fine. */
  changes: Pick<Block, 'name' | 'focus' | 'notes' | 'startDate' | 'endDate'> | null;
}

export function blockForm(block: Block): BlockForm {
  return {
    name: block.name,
    focus: block.focus,
    startDate: block.startDate,
    endDate: block.endDate,
    notes: block.notes,
  };
}

/** Checks the block dialog: a name, both dates, and a range inside the season clear of other blocks. */
export function checkBlockForm(
  form: BlockForm,
  blockId: string | undefined,
  blocks: readonly Block[],
  season: Pick<Season, 'startDate' | 'endDate'>,
): BlockFormCheck {
  const name = form.name.trim();
  const { startDate, endDate } = form;
  const rangeProblem =
    startDate !== null && endDate !== null
      ? checkBlockRange({ startDate, endDate }, blockId, blocks, season)
      : null;
  const isValid = name !== '' && startDate !== null && endDate !== null && rangeProblem === null;
  return {
    nameMissing: name === '',
    startMissing: startDate === null,
    endMissing: endDate === null,
    rangeProblem,
    changes: isValid ? { name, focus: form.focus, notes: form.notes.trim(), startDate, endDate } : null,
  };
}

/** What saving new dates does to the block's planned sessions. */
export interface SessionShift {
  /** Days the sessions move (the start moved by this much); 0 when only the end changes. */
  shiftDays: number;
  /** The block's sessions that would lie outside its new dates after the shift (they stay in the plan). */
  outsideCount: number;
}

export function sessionShift(
  block: Pick<Block, 'id' | 'startDate'>,
  range: { startDate: string; endDate: string },
  plannedSessions: readonly Pick<PlannedSession, 'blockId' | 'date'>[],
): SessionShift {
  const shiftDays = daysBetween(block.startDate, range.startDate);
  const outsideCount = plannedSessions.filter((session) => {
    if (session.blockId !== block.id) return false;
    const date = addDays(session.date, shiftDays);
    return date < range.startDate || date > range.endDate;
  }).length;
  return { shiftDays, outsideCount };
}

/** Why a template cannot start on a date: no date, not a Monday, or its weeks do not fit there. */
export type PlacementProblem = { kind: 'missing' } | { kind: 'notMonday' } | RangeProblem;

/** Checks where a template of `weeks` weeks would go: a Monday, inside the season, clear of other blocks. */
export function checkTemplatePlacement(
  startDate: string | null,
  weeks: number,
  blocks: readonly Block[],
  season: Pick<Season, 'startDate' | 'endDate'>,
): PlacementProblem | null {
  if (startDate === null) return { kind: 'missing' };
  if (isoWeekday(startDate) !== 1) return { kind: 'notMonday' };
  return checkBlockRange({ startDate, endDate: blockEndDate(startDate, weeks) }, undefined, blocks, season);
}
