import type { TeamLoadRequest } from '../../team/team-load-view';
import type { WeeklyLoadMode } from './team-load-series';

export const TEAM_LOAD_WEEK_OPTIONS = [12, 26, 52] as const satisfies readonly TeamLoadRequest['weeks'][];
export const DEFAULT_TEAM_LOAD_WEEKS: TeamLoadRequest['weeks'] = 12;

/** `?weeks=26` → 26; anything else → the default of 12 weeks. */
export function parseTeamLoadWeeks(text: string | null): TeamLoadRequest['weeks'] {
  return TEAM_LOAD_WEEK_OPTIONS.find((weeks) => String(weeks) === text) ?? DEFAULT_TEAM_LOAD_WEEKS;
}

/** `?show=mean` → per athlete; anything else → the squad total. */
export function parseWeeklyLoadMode(text: string | null): WeeklyLoadMode {
  return text === 'mean' ? 'mean' : 'total';
}
