import type { Athlete, Squad } from '../model/athlete';
import type { AvailabilityEvent } from '../model/availability';
import type { Block, Season } from '../model/plan';
import type { Session } from '../model/session';
import type { WellnessEntry } from '../model/wellness';

/** What to generate. Only `today` is required; everything else has a realistic default. */
export interface DemoOptions {
  /** Last day of the history, local `YYYY-MM-DD`; nothing is recorded after it. */
  today: string;
  /** Same seed, same team (default 1). */
  seed?: number;
  /** Default 24. */
  athleteCount?: number;
  /** Days of history ending on `today`; default 112 (16 weeks). */
  historyDays?: number;
  /** Default 2 (a women's and a men's team). */
  squadCount?: number;
}

/** The options with their defaults filled in and checked. */
export interface ResolvedDemoOptions {
  today: string;
  seed: number;
  athleteCount: number;
  historyDays: number;
  squadCount: number;
}

/** A whole demo club, or one chunk of it when streamed (see `iterateDemoTeam`). */
export interface DemoTeam {
  squads: Squad[];
  athletes: Athlete[];
  sessions: Session[];
  wellness: WellnessEntry[];
  availability: AvailabilityEvent[];
  seasons: Season[];
  blocks: Block[];
}
