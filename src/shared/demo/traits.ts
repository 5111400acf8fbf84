import type { Random } from './random';
import type { DemoAthleteProfile } from './roster';

/** An athlete's personal baseline for the morning check-in (items 1–5, 5 = best). */
export interface WellnessTraits {
  fatigue: number;
  soreness: number;
  sleepQuality: number;
  stress: number;
  mood: number;
  sleepHours: number;
  /** Baseline ln RMSSD (RMSSD in ms, so e^4 ≈ 55 ms). */
  lnRmssd: number;
  restingHrBpm: number;
  /** Share of days with a check-in. */
  compliance: number;
  /** How many days the feeling of a session's load lingers (older athletes recover more slowly). */
  recoveryTauDays: number;
  /** Extra soreness response to load (novices get more muscle soreness). */
  sorenessSensitivity: number;
}

/** How an athlete deviates from the team plan, drawn once from the athlete's own stream. */
export interface AthleteTraits {
  /** Added to every session RPE. */
  rpeBias: number;
  /** Chance of missing a team session. */
  missRate: number;
  /** Chance of starting a match; otherwise a substitute or unused. */
  starterRate: number;
  /** Morning gym sessions run in two groups, 30 min apart. */
  gymGroupOffsetMin: number;
  wellness: WellnessTraits;
}

function drawWellnessTraits(random: Random, profile: DemoAthleteProfile): WellnessTraits {
  const isVeteran = profile.role === 'veteran';
  const isNovice = profile.role === 'novice';
  return {
    fatigue: random.between(3.4, 4.2),
    soreness: random.between(3.3, 4.1),
    sleepQuality: random.between(3.4, 4.3),
    stress: random.between(3.5, 4.4),
    mood: random.between(3.6, 4.4),
    sleepHours: Math.round(random.between(7, 8.5) * 10) / 10,
    lnRmssd: Math.log(isVeteran ? random.between(35, 48) : random.between(42, 88)),
    restingHrBpm: isVeteran ? random.between(58, 66) : random.between(44, 62),
    compliance: isNovice ? random.between(0.8, 0.88) : random.between(0.86, 0.97),
    recoveryTauDays: isVeteran ? random.between(2, 2.5) : random.between(1, 1.5),
    sorenessSensitivity: isNovice ? 1.4 : random.between(0.8, 1.2),
  };
}

/** Draws the athlete's traits; the veteran is a back-up keeper, the novice misses more sessions. */
export function drawTraits(random: Random, profile: DemoAthleteProfile): AthleteTraits {
  const isVeteran = profile.role === 'veteran';
  return {
    rpeBias: random.normal(0, 0.4),
    missRate: profile.role === 'novice' ? random.between(0.08, 0.12) : random.between(0.02, 0.07),
    starterRate: isVeteran ? 0.15 : random.between(0.3, 0.9),
    gymGroupOffsetMin: random.chance(0.5) ? 30 : 0,
    wellness: drawWellnessTraits(random, profile),
  };
}
