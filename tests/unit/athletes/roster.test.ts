import { describe, expect, it } from 'vitest';
import { AthleteSchema, type Athlete, type Squad } from '@shared/model';
import { groupRosterBySquad, matchesAthleteQuery } from '../../../src/renderer/src/features/athletes/roster';

const squads: Squad[] = [
  { id: 's2', name: 'U21', colour: '#228be6' },
  { id: 's1', name: 'First team', colour: '#12b886' },
];
const athlete = (id: string, name: string, squadIds: string[], position = ''): Athlete =>
  AthleteSchema.parse({ id, name, squadIds, position });
const roster = [
  athlete('a', 'Zoë Jansen', ['s1'], 'Keeper'),
  athlete('b', 'Bram de Vries', ['s1', 's2']),
  athlete('c', 'Anouk Bakker', ['s2']),
  athlete('d', 'Eva Smit', []),
  athlete('e', 'Lost Squad', ['gone']),
];

describe('groupRosterBySquad', () => {
  it('groups by squad name order, sorts names, and ends with the athletes in no known squad', () => {
    const groups = groupRosterBySquad(roster, squads);
    expect(groups.map((g) => g.squad?.name ?? null)).toEqual(['First team', 'U21', null]);
    expect(groups[0]!.athletes.map((a) => a.id)).toEqual(['b', 'a']);
    expect(groups[1]!.athletes.map((a) => a.id)).toEqual(['c', 'b']);
    expect(groups[2]!.athletes.map((a) => a.id)).toEqual(['d', 'e']);
  });

  it('limits to one squad and drops empty groups', () => {
    const groups = groupRosterBySquad(roster, squads, { squadId: 's2' });
    expect(groups).toHaveLength(1);
    expect(groups[0]!.athletes.map((a) => a.id)).toEqual(['c', 'b']);
    expect(groupRosterBySquad(roster, squads, { query: 'nobody' })).toEqual([]);
  });

  it.each([
    ['zoe', ['a']],
    ['ZOË', ['a']],
    ['keeper', ['a']],
    ['de vries', ['b']],
    ['', ['a', 'b', 'c', 'd', 'e']],
  ])('search %j matches %j', (query, ids) => {
    expect(roster.filter((a) => matchesAthleteQuery(a, query)).map((a) => a.id)).toEqual(ids);
  });

  it('ignores accents inside a name, not only at its end', () => {
    const emile = athlete('f', 'Émile Brückner', []);
    expect(matchesAthleteQuery(emile, 'emile bruckner')).toBe(true);
    expect(matchesAthleteQuery(emile, 'EMILE')).toBe(true);
  });
});
