import type { NameResolution } from '../../db/athlete-names';
import { normalizeAthleteName } from '../../db/athlete-names';

/** What an import will write once the coach has decided about unknown names. */
export interface ImportPlan<Row> {
  /** Rows to write: their athlete is on the roster or is a confirmed new athlete. */
  rows: Row[];
  /** Names not on the roster, as first written in the file (one per person). */
  unknownNames: string[];
  /** The unknown names that will be created (all of them when confirmed, none otherwise). */
  newAthleteNames: string[];
  skippedUnknownRowCount: number;
  skippedAmbiguousRowCount: number;
}

/**
 * Splits valid rows by how their athlete matches the roster. Rows of unknown athletes are written only
 * when the coach confirms creating those athletes; rows whose name fits several athletes are skipped.
 */
export function planImport<Row extends { athlete: string }>(
  rows: readonly Row[],
  resolve: (nameOrId: string) => NameResolution,
  isCreatingUnknown: boolean,
): ImportPlan<Row> {
  const unknownByKey = new Map<string, string>();
  const accepted: Row[] = [];
  let skippedUnknownRowCount = 0;
  let skippedAmbiguousRowCount = 0;
  for (const row of rows) {
    const resolution = resolve(row.athlete);
    if (resolution.kind === 'known') {
      accepted.push(row);
    } else if (resolution.kind === 'ambiguous') {
      skippedAmbiguousRowCount += 1;
    } else {
      const key = normalizeAthleteName(row.athlete);
      if (!unknownByKey.has(key)) unknownByKey.set(key, row.athlete.trim());
      if (isCreatingUnknown) accepted.push(row);
      else skippedUnknownRowCount += 1;
    }
  }
  const unknownNames = [...unknownByKey.values()];
  return {
    rows: accepted,
    unknownNames,
    newAthleteNames: isCreatingUnknown ? unknownNames : [],
    skippedUnknownRowCount,
    skippedAmbiguousRowCount,
  };
}
