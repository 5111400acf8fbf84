import type { Stimulus } from '../model/common';
import type { Random } from './random';
import type { DayCondition } from './roles';
import type { TeamSlot } from './squad-calendar';
import type { AthleteTraits } from './traits';

/** One athlete's version of a team session, before it gets an id and a date. */
export interface IndividualSession {
  stimulus: Stimulus;
  startMin: number;
  durationMin: number;
  sessionRpe: number;
  notes: string;
}

interface ConditionAdjustment {
  skip: readonly Stimulus[];
  durationFactor: number;
  rpeShift: number;
  canMiss: boolean;
  notesSuffix: string;
}

/**
 * How a day's condition changes the team plan for one athlete. The return weeks follow the spirit of
 * SCIENCE.md's return-to-training ramp (about half the load in week 1, no hard running at first).
 */
const CONDITION_ADJUSTMENTS: Record<DayCondition, ConditionAdjustment> = {
  normal: { skip: [], durationFactor: 1, rpeShift: 0, canMiss: true, notesSuffix: '' },
  overloaded: { skip: [], durationFactor: 1.2, rpeShift: 1.5, canMiss: false, notesSuffix: '' },
  modified: {
    skip: ['endurance', 'hiit', 'match'],
    durationFactor: 0.7,
    rpeShift: -1,
    canMiss: true,
    notesSuffix: ' (modified)',
  },
  returningEarly: {
    skip: ['hiit', 'match'],
    durationFactor: 0.75,
    rpeShift: -1,
    canMiss: false,
    notesSuffix: ' (return to training)',
  },
  returningLate: {
    skip: [],
    durationFactor: 0.8,
    rpeShift: -1,
    canMiss: false,
    notesSuffix: ' (return to training)',
  },
  injured: { skip: [], durationFactor: 0, rpeShift: 0, canMiss: false, notesSuffix: '' },
  ill: { skip: [], durationFactor: 0, rpeShift: 0, canMiss: false, notesSuffix: '' },
};

const NOON_MIN = 12 * 60;
const COMPENSATION_DELAY_MIN = 120;

function clampRound(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(value)));
}

function roundToFive(minutes: number): number {
  return Math.max(10, Math.round(minutes / 5) * 5);
}

/** ±5 % (SD) around the team's duration, cut at ±10 % so planned 6 h gaps stay 6 h. */
function durationNoise(random: Random): number {
  return Math.min(1.1, Math.max(0.9, 1 + random.normal(0, 0.05)));
}

function matchRpe(slot: TeamSlot, traits: AthleteTraits, random: Random): number {
  return clampRound(slot.rpe + traits.rpeBias + random.normal(0, 0.6), slot.rpeMin, slot.rpeMax);
}

/** A match: starters play it all, substitutes part of it, unused players do a compensation run. */
function matchSession(
  slot: TeamSlot,
  condition: DayCondition,
  traits: AthleteTraits,
  random: Random,
): IndividualSession {
  const base = { stimulus: slot.stimulus, startMin: slot.startMin, notes: slot.notes };
  const draw = random.next();
  if (condition === 'returningLate') {
    return {
      ...base,
      durationMin: random.int(20, 35),
      sessionRpe: matchRpe(slot, traits, random),
      notes: `${slot.notes} (substitute, return to training)`,
    };
  }
  if (condition === 'overloaded' || draw < traits.starterRate) {
    return { ...base, durationMin: random.int(88, 100), sessionRpe: matchRpe(slot, traits, random) };
  }
  if (draw < traits.starterRate + (1 - traits.starterRate) * 0.65) {
    return {
      ...base,
      durationMin: random.int(15, 45),
      sessionRpe: matchRpe(slot, traits, random),
      notes: `${slot.notes} (substitute)`,
    };
  }
  return {
    stimulus: 'endurance',
    startMin: slot.startMin + COMPENSATION_DELAY_MIN,
    durationMin: 40,
    sessionRpe: clampRound(6 + traits.rpeBias + random.normal(0, 0.5), 5, 7),
    notes: 'Compensation run (unused substitute)',
  };
}

/**
 * One athlete's session for a team slot on a day in `condition`, or undefined when the athlete skips
 * or misses it. RPE and duration vary around the team's values with the athlete's own bias.
 */
export function individualSession(
  slot: TeamSlot,
  condition: DayCondition,
  traits: AthleteTraits,
  random: Random,
): IndividualSession | undefined {
  const adjustment = CONDITION_ADJUSTMENTS[condition];
  if (adjustment.durationFactor === 0 || adjustment.skip.includes(slot.stimulus)) return undefined;
  if (adjustment.canMiss && random.chance(traits.missRate)) return undefined;
  if (slot.stimulus === 'match') return matchSession(slot, condition, traits, random);
  // Recovery stays recovery (RPE 2–3) whatever the day's condition.
  const shift = slot.stimulus === 'recovery' ? 0 : adjustment.rpeShift;
  const rpeMin = Math.max(1, slot.rpeMin + Math.min(0, Math.floor(shift)));
  const rpeMax = Math.min(10, slot.rpeMax + Math.max(0, Math.ceil(shift)));
  const isMorningGym = slot.stimulus === 'strength' && slot.startMin < NOON_MIN;
  return {
    stimulus: slot.stimulus,
    startMin: slot.startMin + (isMorningGym ? traits.gymGroupOffsetMin : 0),
    durationMin: roundToFive(slot.durationMin * adjustment.durationFactor * durationNoise(random)),
    sessionRpe: clampRound(slot.rpe + shift + traits.rpeBias + random.normal(0, 0.6), rpeMin, rpeMax),
    notes: slot.notes + adjustment.notesSuffix,
  };
}

/** The extra session an overloaded athlete adds on a team rest day. */
export function extraConditioningSession(traits: AthleteTraits, random: Random): IndividualSession {
  return {
    stimulus: 'endurance',
    startMin: 17 * 60,
    durationMin: roundToFive(random.between(45, 60)),
    sessionRpe: clampRound(7 + traits.rpeBias + random.normal(0, 0.5), 6, 8),
    notes: 'Extra conditioning run (own initiative)',
  };
}
