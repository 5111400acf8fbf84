import { generateAthleteAvailability } from './athlete-availability';
import { generateAthleteSessions } from './athlete-sessions';
import { generateAthleteWellness } from './athlete-wellness';
import { buildDemoContext, type DemoContext } from './context';
import { createRandom, hashSeed } from './random';
import type { DemoAthleteProfile } from './roster';
import { drawTraits } from './traits';
import type { DemoOptions, DemoTeam } from './types';

const SALT_ATHLETE = 0xa7_1e7e;

function emptyTeam(): DemoTeam {
  return { squads: [], athletes: [], sessions: [], wellness: [], availability: [], seasons: [], blocks: [] };
}

function appendAll<T>(target: T[], items: readonly T[]): void {
  // A loop, not push(...items): spreading hundreds of thousands of rows overflows the stack.
  for (const item of items) target.push(item);
}

/** One athlete with their whole history; each athlete has an independent seeded stream. */
function athleteChunk(context: DemoContext, profile: DemoAthleteProfile): DemoTeam {
  const random = createRandom(hashSeed(context.options.seed, SALT_ATHLETE, profile.index));
  const traits = drawTraits(random, profile);
  const history = generateAthleteSessions(context, profile, traits, random);
  return {
    ...emptyTeam(),
    athletes: [profile.athlete],
    sessions: history.sessions,
    wellness: generateAthleteWellness(context, profile, traits, history, random),
    availability: generateAthleteAvailability(profile, context.todayDay),
  };
}

/**
 * Streams a demo club in chunks so that a club of 1,000 athletes × 10 years never has to be held
 * in memory: first the squads, seasons and blocks, then one chunk per athlete with their sessions,
 * wellness and availability. Concatenated, the chunks equal `generateDemoTeam(options)`.
 */
export function* iterateDemoTeam(options: DemoOptions): Generator<DemoTeam, void, undefined> {
  const context = buildDemoContext(options);
  yield {
    ...emptyTeam(),
    squads: context.squads.map((squad) => squad.squad),
    seasons: context.plan.seasons,
    blocks: context.plan.blocks,
  };
  for (const profile of context.profiles) yield athleteChunk(context, profile);
}

/** Calls `onChunk` for each chunk of `iterateDemoTeam(options)`. */
export function forEachDemoAthlete(options: DemoOptions, onChunk: (chunk: DemoTeam) => void): void {
  for (const chunk of iterateDemoTeam(options)) onChunk(chunk);
}

/**
 * A deterministic, realistic demo football club (default: 24 athletes in two squads, 16 weeks of
 * history ending on `options.today`, a current season with five blocks). Same options, same team;
 * no clock, no Math.random, no dependency on the time zone. Every record passes its zod schema.
 */
export function generateDemoTeam(options: DemoOptions): DemoTeam {
  const team = emptyTeam();
  for (const chunk of iterateDemoTeam(options)) {
    appendAll(team.squads, chunk.squads);
    appendAll(team.athletes, chunk.athletes);
    appendAll(team.sessions, chunk.sessions);
    appendAll(team.wellness, chunk.wellness);
    appendAll(team.availability, chunk.availability);
    appendAll(team.seasons, chunk.seasons);
    appendAll(team.blocks, chunk.blocks);
  }
  return team;
}
