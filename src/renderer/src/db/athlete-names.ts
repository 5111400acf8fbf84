import type { Athlete } from '@shared/model';

/** How a name (or id) typed in a file or form matches the roster. */
export type NameResolution =
  { kind: 'known'; athleteId: string } | { kind: 'unknown' } | { kind: 'ambiguous'; athleteIds: string[] };

/** A lookup over the roster, built once per import so rows never cost a database read. */
export interface RosterResolver {
  resolve(nameOrId: string): NameResolution;
}

/**
 * The form in which names are compared: trimmed, inner whitespace collapsed, Unicode NFC (files
 * from other systems may carry decomposed accents) and lower case.
 */
export function normalizeAthleteName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * A resolver over `athletes`. An exact id wins; otherwise the normalised name. When several
 * athletes share the name, a single active one wins over archived ones; otherwise it is ambiguous.
 */
export function createRosterResolver(athletes: readonly Athlete[]): RosterResolver {
  const ids = new Set<string>();
  const byName = new Map<string, Athlete[]>();
  for (const athlete of athletes) {
    ids.add(athlete.id);
    const key = normalizeAthleteName(athlete.name);
    const list = byName.get(key);
    if (list) list.push(athlete);
    else byName.set(key, [athlete]);
  }
  const cache = new Map<string, NameResolution>();
  const resolveUncached = (nameOrId: string): NameResolution => {
    const trimmed = nameOrId.trim();
    if (ids.has(trimmed)) return { kind: 'known', athleteId: trimmed };
    return pickCandidate(byName.get(normalizeAthleteName(trimmed)) ?? []);
  };
  return {
    resolve(nameOrId) {
      let resolution = cache.get(nameOrId);
      if (!resolution) {
        resolution = resolveUncached(nameOrId);
        cache.set(nameOrId, resolution);
      }
      return resolution;
    },
  };
}

function pickCandidate(candidates: readonly Athlete[]): NameResolution {
  const [only] = candidates;
  if (only && candidates.length === 1) return { kind: 'known', athleteId: only.id };
  if (candidates.length === 0) return { kind: 'unknown' };
  const active = candidates.filter((athlete) => !athlete.isArchived);
  const [onlyActive] = active;
  if (onlyActive && active.length === 1) return { kind: 'known', athleteId: onlyActive.id };
  return { kind: 'ambiguous', athleteIds: candidates.map((athlete) => athlete.id) };
}
