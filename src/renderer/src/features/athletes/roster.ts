import type { Athlete, Squad } from '@shared/model';

export interface RosterGroup {
  /** null for athletes in no squad. */
  squad: Squad | null;
  athletes: Athlete[];
}

/** True when the athlete's name, position or sport contains every word of the query (case- and accent-insensitive). */
export function matchesAthleteQuery(athlete: Athlete, query: string): boolean {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
  const haystack = fold(`${athlete.name} ${athlete.position} ${athlete.sport}`);
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/**
 * The roster grouped by squad in squad-name order, then the athletes without a squad. An athlete in
 * two squads appears in both; `squadId` limits the roster to one squad.
 */
export function groupRosterBySquad(
  athletes: readonly Athlete[],
  squads: readonly Squad[],
  options: { query?: string; squadId?: string | null } = {},
): RosterGroup[] {
  const visible = athletes.filter((athlete) => matchesAthleteQuery(athlete, options.query ?? ''));
  const byName = (a: Athlete, b: Athlete) => a.name.localeCompare(b.name);
  const knownSquadIds = new Set(squads.map((squad) => squad.id));
  const groups: RosterGroup[] = [...squads]
    .sort((a, b) => a.name.localeCompare(b.name))
    .filter((squad) => !options.squadId || squad.id === options.squadId)
    .map((squad) => ({ squad, athletes: visible.filter((a) => a.squadIds.includes(squad.id)).sort(byName) }));
  if (!options.squadId) {
    const squadless = visible.filter((a) => !a.squadIds.some((id) => knownSquadIds.has(id))).sort(byName);
    groups.push({ squad: null, athletes: squadless });
  }
  return groups.filter((group) => group.athletes.length > 0);
}
