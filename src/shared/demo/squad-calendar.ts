import type { Stimulus } from '../model/common';
import { hashSeed } from './random';
import type { DemoSquad } from './squads';
import { focusAdjustment, slotsByWeekday, type BlockFocus, type WeeklySlot } from './weekly-templates';

/** A team session on one day, after the block focus and the week's schedule variant. */
export interface TeamSlot {
  stimulus: Stimulus;
  startMin: number;
  durationMin: number;
  rpe: number;
  rpeMin: number;
  rpeMax: number;
  notes: string;
}

/**
 * Weeks in which the coach's schedule breaks the interference rules (SCIENCE.md, "Strength and
 * endurance"), so that the planner's warnings have something to find: `squeezed` puts the
 * conditioning session at 12:30 after the morning gym session (less than 3 h between them);
 * `swapped` puts conditioning in the morning and the gym in the afternoon.
 */
export type ScheduleVariant = 'regular' | 'squeezed' | 'swapped';

const SALT_SCHEDULE = 0x5c4e;
const SQUEEZED_START_MIN = 12 * 60 + 30;
const SWAPPED_ENDURANCE_START_MIN = 9 * 60 + 30;
const SWAPPED_STRENGTH_START_MIN = 16 * 60;

/** The schedule variant of a squad's week: about one week in eight squeezed, one in eleven swapped. */
export function scheduleVariantOf(seed: number, squadIndex: number, dayNumber: number): ScheduleVariant {
  // Day −3 (1969-12-29) was a Monday, so this counts ISO weeks.
  const week = Math.floor((dayNumber + 3) / 7) + (hashSeed(seed, SALT_SCHEDULE, squadIndex) % 88);
  if (week % 8 === 3) return 'squeezed';
  if (week % 11 === 6) return 'swapped';
  return 'regular';
}

function variantStart(slot: WeeklySlot, variant: ScheduleVariant): { startMin: number; notes: string } {
  if (variant === 'squeezed' && slot.pair === 'endurance') {
    return { startMin: SQUEEZED_START_MIN, notes: `${slot.notes} (pitch unavailable later: moved to 12:30)` };
  }
  if (variant === 'swapped' && slot.pair === 'endurance') {
    return { startMin: SWAPPED_ENDURANCE_START_MIN, notes: `${slot.notes} (swapped with the gym session)` };
  }
  if (variant === 'swapped' && slot.pair === 'strength') {
    return { startMin: SWAPPED_STRENGTH_START_MIN, notes: `${slot.notes} (swapped with conditioning)` };
  }
  return { startMin: slot.startMin, notes: slot.notes };
}

function teamSlot(slot: WeeklySlot, focus: BlockFocus, variant: ScheduleVariant): TeamSlot {
  const { durationFactor, rpeShift } = focusAdjustment(focus, slot.stimulus);
  const { startMin, notes } = variantStart(slot, variant);
  return {
    stimulus: slot.stimulus,
    startMin,
    durationMin: slot.durationMin * durationFactor,
    rpe: slot.rpe + rpeShift,
    rpeMin: Math.min(slot.rpeMin, slot.rpeMin + Math.floor(rpeShift)),
    rpeMax: slot.rpeMax,
    notes,
  };
}

/**
 * The team sessions of `squad` on each day of the history (index 0 = `firstDay`), in start-time
 * order. Computed once per squad and shared by its athletes.
 */
export function buildSquadCalendar(
  squad: DemoSquad,
  seed: number,
  firstDay: number,
  dayCount: number,
  focusOnDay: (dayNumber: number) => BlockFocus,
): readonly (readonly TeamSlot[])[] {
  const byWeekday = slotsByWeekday(squad.templateId);
  const days: TeamSlot[][] = [];
  for (let offset = 0; offset < dayCount; offset += 1) {
    const dayNumber = firstDay + offset;
    const weekday = ((((dayNumber + 3) % 7) + 7) % 7) + 1;
    const focus = focusOnDay(dayNumber);
    const variant = scheduleVariantOf(seed, squad.index, dayNumber);
    const slots = (byWeekday[weekday] ?? [])
      .filter((slot) => slot.onlyIn === undefined || slot.onlyIn.includes(focus))
      .map((slot) => teamSlot(slot, focus, variant));
    days.push(slots.sort((a, b) => a.startMin - b.startMin));
  }
  return days;
}
