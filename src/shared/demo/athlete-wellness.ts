import type { WellnessEntry } from '../model/wellness';
import type { AthleteSessionHistory } from './athlete-sessions';
import type { DemoContext } from './context';
import type { Random } from './random';
import type { DayCondition } from './roles';
import type { DemoAthleteProfile } from './roster';
import type { AthleteTraits, WellnessTraits } from './traits';

/** How a day's condition shifts the check-in beyond what the load explains (product choice). */
interface ConditionEffect {
  strain: number;
  fatigue: number;
  soreness: number;
  sleepQuality: number;
  mood: number;
  lnRmssd: number;
  restingHrBpm: number;
  complianceFactor: number;
}

const NO_EFFECT: ConditionEffect = {
  strain: 0,
  fatigue: 0,
  soreness: 0,
  sleepQuality: 0,
  mood: 0,
  lnRmssd: 0,
  restingHrBpm: 0,
  complianceFactor: 1,
};

const CONDITION_EFFECTS: Record<DayCondition, ConditionEffect> = {
  normal: NO_EFFECT,
  overloaded: {
    ...NO_EFFECT,
    strain: 1,
    fatigue: -0.5,
    soreness: -0.5,
    sleepQuality: -0.6,
    mood: -0.6,
    lnRmssd: -0.2,
    restingHrBpm: 5,
    complianceFactor: 2,
  },
  injured: { ...NO_EFFECT, soreness: -0.6, mood: -0.8, complianceFactor: 0.6 },
  ill: {
    ...NO_EFFECT,
    fatigue: -1.5,
    sleepQuality: -1,
    mood: -1,
    lnRmssd: -0.25,
    restingHrBpm: 7,
    complianceFactor: 0.5,
  },
  modified: { ...NO_EFFECT, soreness: -0.4, mood: -0.3 },
  returningEarly: { ...NO_EFFECT, soreness: -0.3 },
  returningLate: { ...NO_EFFECT, soreness: -0.3 },
};

/** The load the athlete feels on a morning: EWMAs of the daily load up to yesterday. */
interface LoadFeeling {
  acuteAu: number;
  chronicAu: number;
  shortAu: number;
}

const ACUTE_LAMBDA = 2 / (7 + 1);
const CHRONIC_LAMBDA = 2 / (28 + 1);

function startingFeeling(dailyLoadAu: Float64Array): LoadFeeling {
  const days = Math.min(28, dailyLoadAu.length);
  let sum = 0;
  for (let offset = 0; offset < days; offset += 1) sum += dailyLoadAu[offset] ?? 0;
  const meanAu = days > 0 && sum > 0 ? sum / days : 300;
  return { acuteAu: meanAu, chronicAu: meanAu, shortAu: meanAu };
}

/**
 * Yesterday's load enters the feeling. While the athlete is out (injured, ill) the sense of a normal
 * load is kept, so that a controlled return feels light rather than like an overload.
 */
function updateFeeling(feeling: LoadFeeling, loadAu: number, shortKeep: number, isOut: boolean): void {
  feeling.acuteAu = ACUTE_LAMBDA * loadAu + (1 - ACUTE_LAMBDA) * feeling.acuteAu;
  if (!isOut) feeling.chronicAu = CHRONIC_LAMBDA * loadAu + (1 - CHRONIC_LAMBDA) * feeling.chronicAu;
  feeling.shortAu = (1 - shortKeep) * loadAu + shortKeep * feeling.shortAu;
}

/**
 * Strain felt this morning, about −1 (fresh) to 2.5 (wrecked): the last days' load and the acute
 * load, both relative to the chronic load (self-report responds to load: Saw et al. 2016).
 */
function strainOf(feeling: LoadFeeling, floorAu: number): number {
  const chronicAu = Math.max(feeling.chronicAu, floorAu);
  const fromLoad = 0.9 * (feeling.shortAu / chronicAu - 1) + 0.8 * (feeling.acuteAu / chronicAu - 1);
  return Math.min(1.5, Math.max(-1, fromLoad));
}

const clampItem = (value: number): number => Math.min(5, Math.max(1, Math.round(value)));
const oneDecimal = (value: number): number => Math.round(value * 10) / 10;

interface Morning {
  strain: number;
  effect: ConditionEffect;
  isAfterMatch: boolean;
  weekStress: number;
  isOverloaded: boolean;
}

function checkInItems(base: WellnessTraits, morning: Morning, random: Random) {
  const { strain, effect } = morning;
  const sleepHours = oneDecimal(
    Math.min(
      9.5,
      Math.max(
        5.5,
        base.sleepHours -
          0.3 * Math.max(0, strain) -
          (morning.isAfterMatch ? 0.6 : 0) +
          random.normal(0, 0.55),
      ),
    ),
  );
  const stress = clampItem(
    base.stress + morning.weekStress - 0.2 * Math.max(0, strain) + random.normal(0, 0.5),
  );
  let fatigue = clampItem(base.fatigue - 1.5 * strain + effect.fatigue + random.normal(0, 0.5));
  let soreness = clampItem(
    base.soreness - 1.6 * strain * base.sorenessSensitivity + effect.soreness + random.normal(0, 0.5),
  );
  // Sustained fatigue (SCIENCE.md): fatigue or soreness at 2 or below on most days.
  if (morning.isOverloaded && random.chance(0.85)) fatigue = Math.min(fatigue, 2);
  if (morning.isOverloaded && random.chance(0.75)) soreness = Math.min(soreness, 2);
  return {
    sleepHours,
    sleepQuality: clampItem(
      base.sleepQuality +
        0.8 * (sleepHours - base.sleepHours) -
        0.3 * strain +
        effect.sleepQuality +
        random.normal(0, 0.45),
    ),
    fatigue,
    soreness,
    stress,
    mood: clampItem(
      base.mood - 0.5 * strain + 0.3 * (stress - base.stress) + effect.mood + random.normal(0, 0.45),
    ),
  };
}

function monitorReadings(base: WellnessTraits, morning: Morning, random: Random) {
  // ln RMSSD drops and resting HR rises after hard days (Plews 2012; Buchheit 2014).
  const lnRmssd = base.lnRmssd - 0.12 * morning.strain + morning.effect.lnRmssd + random.normal(0, 0.15);
  const restingHrBpm =
    base.restingHrBpm + 2.5 * morning.strain + morning.effect.restingHrBpm + random.normal(0, 1.8);
  return {
    hrvRmssdMs: oneDecimal(Math.min(250, Math.max(15, Math.exp(lnRmssd)))),
    restingHrBpm: Math.round(Math.min(100, Math.max(35, restingHrBpm))),
  };
}

function wellnessEntry(
  profile: DemoAthleteProfile,
  date: string,
  base: WellnessTraits,
  morning: Morning,
  random: Random,
): WellnessEntry {
  const entry: WellnessEntry = {
    id: `demo-w-${profile.key}-${date}`,
    athleteId: profile.athlete.id,
    date,
    ...checkInItems(base, morning, random),
  };
  // A monitor reading on most mornings, not all (forgotten strap, flat battery).
  if (profile.hasHrv && random.chance(0.93)) Object.assign(entry, monitorReadings(base, morning, random));
  return entry;
}

/**
 * Morning check-ins (at most one a day) that respond to the load of the days before, with noise;
 * HRV and resting HR for athletes with a monitor. About 85–95 % of days have a check-in.
 */
export function generateAthleteWellness(
  context: DemoContext,
  profile: DemoAthleteProfile,
  traits: AthleteTraits,
  history: AthleteSessionHistory,
  random: Random,
): WellnessEntry[] {
  const base = traits.wellness;
  const shortKeep = Math.exp(-1 / base.recoveryTauDays);
  const feeling = startingFeeling(history.dailyLoadAu);
  // Keeps the strain finite when the chronic load is tiny (a light start of the history).
  const floorAu = feeling.chronicAu * 0.6;
  const entries: WellnessEntry[] = [];
  let weekStress = 0;
  for (let offset = 0; offset < context.dayCount; offset += 1) {
    const condition = history.conditions[offset] ?? 'normal';
    if (offset > 0) {
      const wasOut = history.conditions[offset - 1] === 'injured' || history.conditions[offset - 1] === 'ill';
      updateFeeling(feeling, history.dailyLoadAu[offset - 1] ?? 0, shortKeep, wasOut);
    }
    const dayNumber = context.firstDay + offset;
    const weekday = ((((dayNumber + 3) % 7) + 7) % 7) + 1;
    if (offset === 0 || weekday === 1) weekStress = random.normal(0, 0.35);
    const effect = CONDITION_EFFECTS[condition];
    const compliance = base.compliance * effect.complianceFactor * (weekday === 7 ? 0.93 : 1);
    if (!random.chance(compliance)) continue;
    const strain = Math.min(2.5, strainOf(feeling, floorAu) + effect.strain);
    const isAfterMatch = offset > 0 && history.matchDays[offset - 1] === 1;
    const morning: Morning = {
      strain,
      effect,
      isAfterMatch,
      weekStress,
      isOverloaded: condition === 'overloaded',
    };
    entries.push(wellnessEntry(profile, context.dates[offset] ?? '', base, morning, random));
  }
  return entries;
}
