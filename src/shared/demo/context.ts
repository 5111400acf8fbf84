import { fromDayNumber, isIsoDate, toDayNumber } from '../time/local-date';
import { buildRoster, type DemoAthleteProfile } from './roster';
import { buildSeasonPlan, type DemoSeasonPlan } from './seasons';
import { buildSquadCalendar, type TeamSlot } from './squad-calendar';
import { buildDemoSquads, type DemoSquad } from './squads';
import type { DemoOptions, ResolvedDemoOptions } from './types';

/** Everything shared by all athletes of one generation run; small even for a large club. */
export interface DemoContext {
  options: ResolvedDemoOptions;
  todayDay: number;
  /** Day number of the first day of history. */
  firstDay: number;
  dayCount: number;
  /** `YYYY-MM-DD` of each day of history (index 0 = first day), built once. */
  dates: readonly string[];
  plan: DemoSeasonPlan;
  squads: readonly DemoSquad[];
  /** Per squad, the team sessions of each day of history. */
  squadCalendars: readonly (readonly (readonly TeamSlot[])[])[];
  profiles: readonly DemoAthleteProfile[];
}

const DEFAULTS = { seed: 1, athleteCount: 24, historyDays: 112, squadCount: 2 } as const;

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`${name} must be a whole number of at least 1`);
  return value;
}

/** Fills in the defaults and rejects options that cannot make a team. */
export function resolveDemoOptions(options: DemoOptions): ResolvedDemoOptions {
  if (!isIsoDate(options.today)) throw new RangeError(`today must be a date as YYYY-MM-DD: ${options.today}`);
  const seed = options.seed ?? DEFAULTS.seed;
  if (!Number.isFinite(seed)) throw new RangeError('seed must be a finite number');
  const athleteCount = positiveInteger(options.athleteCount ?? DEFAULTS.athleteCount, 'athleteCount');
  const squadCount = positiveInteger(options.squadCount ?? DEFAULTS.squadCount, 'squadCount');
  if (squadCount > athleteCount) throw new RangeError('squadCount cannot exceed athleteCount');
  return {
    today: options.today,
    seed,
    athleteCount,
    historyDays: positiveInteger(options.historyDays ?? DEFAULTS.historyDays, 'historyDays'),
    squadCount,
  };
}

/** Builds the shared part of a run: dates, seasons, squads, their calendars and the roster. */
export function buildDemoContext(options: DemoOptions): DemoContext {
  const resolved = resolveDemoOptions(options);
  const todayDay = toDayNumber(resolved.today);
  const dayCount = resolved.historyDays;
  const firstDay = todayDay - dayCount + 1;
  const dates = Array.from({ length: dayCount }, (_, offset) => fromDayNumber(firstDay + offset));
  const plan = buildSeasonPlan(todayDay, firstDay);
  const squads = buildDemoSquads(resolved.squadCount);
  const squadCalendars = squads.map((squad) =>
    buildSquadCalendar(squad, resolved.seed, firstDay, dayCount, plan.focusOnDay),
  );
  const profiles = buildRoster(squads, resolved.athleteCount, resolved.seed, todayDay);
  return { options: resolved, todayDay, firstDay, dayCount, dates, plan, squads, squadCalendars, profiles };
}
