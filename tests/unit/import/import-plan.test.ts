import { describe, expect, it } from 'vitest';
import { AthleteSchema } from '@shared/model';
import { createRosterResolver } from '../../../src/renderer/src/db/athlete-names';
import { planImport } from '../../../src/renderer/src/features/import/import-plan';

const roster = [
  AthleteSchema.parse({ id: 'a1', name: 'Sanne de Vries' }),
  AthleteSchema.parse({ id: 'a2', name: 'Tim Bos' }),
  AthleteSchema.parse({ id: 'a3', name: 'Tim Bos' }),
];
const resolver = createRosterResolver(roster);
const rows = [
  { athlete: 'sanne de vries', line: 2 },
  { athlete: 'p01', line: 3 },
  { athlete: 'P01 ', line: 4 },
  { athlete: 'Tim Bos', line: 5 },
  { athlete: 'a2', line: 6 },
  { athlete: 'p02', line: 7 },
];

describe('planImport', () => {
  it('without confirmation writes only rows of known athletes and counts the skipped ones', () => {
    const plan = planImport(rows, (name) => resolver.resolve(name), false);
    expect(plan.rows.map((r) => r.line)).toEqual([2, 6]);
    expect(plan.unknownNames).toEqual(['p01', 'p02']);
    expect(plan.newAthleteNames).toEqual([]);
    expect(plan.skippedUnknownRowCount).toBe(3);
    expect(plan.skippedAmbiguousRowCount).toBe(1);
  });

  it('with confirmation creates each unknown person once and keeps their rows', () => {
    const plan = planImport(rows, (name) => resolver.resolve(name), true);
    expect(plan.rows.map((r) => r.line)).toEqual([2, 3, 4, 6, 7]);
    expect(plan.newAthleteNames).toEqual(['p01', 'p02']);
    expect(plan.skippedUnknownRowCount).toBe(0);
  });
});
