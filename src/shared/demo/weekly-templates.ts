import type { BlockFocus } from '../model/plan';
import type { Stimulus } from '../model/common';
import { minutesOfDay } from '../time/local-date';

export type { BlockFocus };

/** One recurring team session of a squad's week. Times are local `HH:MM`, as minutes after midnight. */
export interface WeeklySlot {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  startMin: number;
  stimulus: Stimulus;
  durationMin: number;
  /** Typical CR-10 session RPE, and the range individual reports stay in. */
  rpe: number;
  rpeMin: number;
  rpeMax: number;
  notes: string;
  /** Only in blocks with one of these focuses; every block when absent. */
  onlyIn?: readonly BlockFocus[];
  /** The strength/endurance pair of the week that the schedule variants move (see squad-week.ts). */
  pair?: 'strength' | 'endurance';
}

type SlotExtras = Pick<WeeklySlot, 'onlyIn' | 'pair'>;

/** A slot from a compact row: weekday, local start time, stimulus, minutes, [min, typical, max] RPE. */
function slot(
  weekday: number,
  startTime: string,
  stimulus: Stimulus,
  durationMin: number,
  [rpeMin, rpe, rpeMax]: readonly [number, number, number],
  notes: string,
  extras: SlotExtras = {},
): WeeklySlot {
  return {
    weekday,
    startMin: minutesOfDay(startTime),
    stimulus,
    durationMin,
    rpe,
    rpeMin,
    rpeMax,
    notes,
    ...extras,
  };
}

const STRENGTH_BLOCKS: readonly BlockFocus[] = ['strength', 'concurrent', 'competition'];
const AEROBIC_BLOCKS: readonly BlockFocus[] = ['endurance', 'concurrent'];
const TACTICAL_BLOCKS: readonly BlockFocus[] = ['strength', 'competition', 'taper', 'deload', 'return'];

/**
 * Football week with a Saturday match, a real microcycle: hard strength on Tuesday (easy aerobic work
 * at least 6 h later: Robineau 2016), hard conditioning on Wednesday, a moderate Thursday, a light
 * day before the match, the match, recovery on Sunday. Hard strength and hard conditioning sit on
 * different days, so each stimulus class recovers while the other works (SCIENCE.md, "Recovery
 * phases, per stimulus class").
 */
const SATURDAY_MATCH_WEEK: readonly WeeklySlot[] = [
  slot(2, '09:00', 'strength', 60, [6, 7, 8], 'Gym: lower-body strength', { pair: 'strength' }),
  slot(2, '17:00', 'endurance', 40, [4, 5, 6], 'Easy aerobic run', { pair: 'endurance' }),
  slot(3, '17:00', 'hiit', 45, [6, 7.5, 9], 'Conditioning: 4 × 4 min intervals'),
  slot(4, '10:00', 'strength', 50, [5, 6, 7], 'Gym: upper body and power', { onlyIn: STRENGTH_BLOCKS }),
  slot(4, '17:30', 'endurance', 50, [5, 5.5, 6], 'Aerobic run', { onlyIn: AEROBIC_BLOCKS }),
  slot(4, '17:00', 'skill', 75, [4, 5.5, 6.5], 'Small-sided games', { onlyIn: TACTICAL_BLOCKS }),
  slot(5, '17:00', 'skill', 45, [3, 3.5, 5], 'Set pieces and activation'),
  slot(6, '14:30', 'match', 95, [7, 8, 9], 'League match'),
  slot(7, '10:30', 'recovery', 35, [2, 2.5, 3], 'Recovery: pool and mobility'),
];

/** Football week with a Sunday match: the same microcycle a day later, recovery on Monday. */
const SUNDAY_MATCH_WEEK: readonly WeeklySlot[] = [
  slot(1, '10:00', 'recovery', 40, [2, 2.5, 3], 'Recovery: bike and mobility'),
  slot(2, '09:00', 'strength', 60, [6, 7, 8], 'Gym: lower-body strength', { pair: 'strength' }),
  slot(2, '17:30', 'endurance', 40, [4, 5, 6], 'Easy aerobic intervals', { pair: 'endurance' }),
  slot(3, '17:00', 'hiit', 45, [6, 7.5, 9], 'Conditioning: repeated sprints'),
  slot(4, '09:00', 'strength', 50, [5, 6, 7], 'Gym: full body and power', { onlyIn: STRENGTH_BLOCKS }),
  slot(4, '17:00', 'skill', 75, [4, 5.5, 6.5], 'Tactical session'),
  slot(5, '17:30', 'endurance', 50, [5, 5.5, 6], 'Aerobic run', { onlyIn: AEROBIC_BLOCKS }),
  slot(5, '17:30', 'skill', 60, [4, 5, 6], 'Team shape', { onlyIn: TACTICAL_BLOCKS }),
  slot(6, '11:00', 'skill', 45, [3, 3.5, 5], 'Set pieces and activation'),
  slot(7, '13:00', 'match', 95, [7, 8, 9], 'League match'),
];

export const WEEKLY_TEMPLATES = {
  saturdayMatch: SATURDAY_MATCH_WEEK,
  sundayMatch: SUNDAY_MATCH_WEEK,
} as const;
export type WeeklyTemplateId = keyof typeof WEEKLY_TEMPLATES;

/** The template's slots per ISO weekday (index 1–7), in start-time order. */
export function slotsByWeekday(templateId: WeeklyTemplateId): readonly (readonly WeeklySlot[])[] {
  const byDay: WeeklySlot[][] = [[], [], [], [], [], [], [], []];
  for (const slot of WEEKLY_TEMPLATES[templateId]) byDay[slot.weekday]?.push(slot);
  for (const day of byDay) day.sort((a, b) => a.startMin - b.startMin);
  return byDay;
}

/** How a block's focus scales the duration and shifts the RPE of a stimulus (product choice). */
export function focusAdjustment(
  focus: BlockFocus,
  stimulus: Stimulus,
): { durationFactor: number; rpeShift: number } {
  if (stimulus === 'match') return { durationFactor: 1, rpeShift: 0 };
  switch (focus) {
    case 'endurance':
      return stimulus === 'strength'
        ? { durationFactor: 0.8, rpeShift: -0.5 }
        : { durationFactor: 1.1, rpeShift: 0 };
    case 'strength':
      return stimulus === 'strength'
        ? { durationFactor: 1.1, rpeShift: 0.5 }
        : { durationFactor: 0.9, rpeShift: 0 };
    case 'competition':
      return stimulus === 'strength'
        ? { durationFactor: 0.8, rpeShift: 0 }
        : { durationFactor: 1, rpeShift: 0 };
    case 'taper':
      return { durationFactor: 0.7, rpeShift: -1 };
    case 'deload':
      return { durationFactor: 0.6, rpeShift: -1.5 };
    case 'concurrent':
    case 'return':
      return { durationFactor: 1, rpeShift: 0 };
  }
}
