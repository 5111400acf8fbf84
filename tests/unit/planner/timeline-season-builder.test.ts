import { describe, expect, it } from 'vitest';
import { BlockSchema, PlannedSessionSchema, SeasonSchema } from '@shared/model';
import { builtInTemplates } from '@shared/planning/templates';
import { isoWeekday } from '@shared/time/local-date';
import {
  buildBlockFromTemplate,
  buildEmptySeason,
  buildSeasonPlan,
  defaultSeasonName,
  defaultTemplateSequence,
  moveItem,
  nextMondayAfter,
  overlappingSeasons,
  sequenceEndDate,
} from '../../../src/renderer/src/features/planner/timeline/season-builder';

function counter(): () => string {
  let next = 0;
  return () => `id-${++next}`;
}

const templates = builtInTemplates('en');

describe('the default sequence', () => {
  it('is aerobic base 6 w → strength 4 w → concurrent 4 w → taper 2 w = 16 weeks', () => {
    const sequence = defaultTemplateSequence(templates);
    expect(sequence.map((template) => [template.focus, template.weeks])).toEqual([
      ['endurance', 6],
      ['strength', 4],
      ['concurrent', 4],
      ['taper', 2],
    ]);
    expect(
      sequenceEndDate(
        '2026-01-05',
        sequence.map((template) => template.weeks),
      ),
    ).toBe('2026-04-26');
  });

  it('leaves out a focus that has no template', () => {
    expect(defaultTemplateSequence(templates.filter((template) => template.focus !== 'taper'))).toHaveLength(
      3,
    );
  });
});

describe('buildSeasonPlan', () => {
  const sequence = defaultTemplateSequence(templates);
  const plan = buildSeasonPlan({
    name: ' U19 2026 ',
    squadId: 'squad-1',
    startDate: '2026-01-05',
    templates: sequence,
    newId: counter(),
  });

  it('lays the blocks back to back from the start, each a template’s whole weeks', () => {
    expect(plan.blocks.map((block) => [block.startDate, block.endDate, block.focus])).toEqual([
      ['2026-01-05', '2026-02-15', 'endurance'],
      ['2026-02-16', '2026-03-15', 'strength'],
      ['2026-03-16', '2026-04-12', 'concurrent'],
      ['2026-04-13', '2026-04-26', 'taper'],
    ]);
    expect(
      plan.blocks.every((block) => isoWeekday(block.startDate) === 1 && block.seasonId === plan.season.id),
    ).toBe(true);
  });

  it('ends the season with the last block and plans it for the squad', () => {
    expect(plan.season).toMatchObject({
      name: 'U19 2026',
      squadId: 'squad-1',
      startDate: '2026-01-05',
      endDate: '2026-04-26',
    });
    expect(SeasonSchema.safeParse(plan.season).success).toBe(true);
  });

  it('applies every template session inside its own block, for the squad, with unique ids', () => {
    const expected = sequence.reduce((sum, template) => sum + template.sessions.length, 0);
    expect(plan.sessions).toHaveLength(expected);
    const blocksById = new Map(plan.blocks.map((block) => [block.id, block]));
    for (const session of plan.sessions) {
      const block = blocksById.get(session.blockId ?? '');
      expect(block).toBeDefined();
      expect(session.date >= block!.startDate && session.date <= block!.endDate).toBe(true);
      expect(session.squadId).toBe('squad-1');
      expect(PlannedSessionSchema.safeParse(session).success).toBe(true);
    }
    const ids = [plan.season.id, ...plan.blocks.map((block) => block.id), ...plan.sessions.map((s) => s.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses no templates and a start that is not a Monday', () => {
    const input = { name: 'x', squadId: 's', newId: counter() };
    expect(() => buildSeasonPlan({ ...input, startDate: '2026-01-05', templates: [] })).toThrow(RangeError);
    expect(() => buildSeasonPlan({ ...input, startDate: '2026-01-06', templates: sequence })).toThrow(
      RangeError,
    );
  });
});

describe('single blocks and empty seasons', () => {
  it('builds a block from a template with its name, focus, notes and sessions', () => {
    const template = templates.find((candidate) => candidate.focus === 'strength')!;
    const { block, sessions } = buildBlockFromTemplate({
      template,
      seasonId: 'season',
      squadId: 'squad',
      startDate: '2026-02-02',
      name: ' Max strength ',
      newId: counter(),
    });
    expect(block).toMatchObject({
      seasonId: 'season',
      name: 'Max strength',
      startDate: '2026-02-02',
      endDate: '2026-03-01',
      focus: 'strength',
      notes: template.notes,
    });
    expect(BlockSchema.safeParse(block).success).toBe(true);
    expect(sessions).toHaveLength(template.sessions.length);
    expect(sessions.every((session) => session.blockId === block.id)).toBe(true);
  });

  it('builds an empty season to the chosen end date', () => {
    const plan = buildEmptySeason({
      name: 'Summer',
      squadId: 'squad',
      startDate: '2026-05-04',
      endDate: '2026-08-30',
      newId: counter(),
    });
    expect(plan.blocks).toEqual([]);
    expect(plan.sessions).toEqual([]);
    expect(plan.season).toMatchObject({ startDate: '2026-05-04', endDate: '2026-08-30', squadId: 'squad' });
  });
});

describe('defaults of the new-season dialog', () => {
  it.each([
    ['2026-06-24', '2026-06-29'], // Wednesday → next Monday
    ['2026-06-29', '2026-07-06'], // a Monday → a week on
    ['2026-07-05', '2026-07-06'], // Sunday → tomorrow
  ])('the Monday after %s is %s', (today, monday) => {
    expect(nextMondayAfter(today)).toBe(monday);
  });

  it.each([
    ['U19', '2026-07-06', 'U19 2026–27'],
    ['U19', '2026-12-28', 'U19 2026–27'],
    ['Seniors', '2099-08-03', 'Seniors 2099–00'],
    ['U19', '2027-01-04', 'U19 2027'],
  ])('names a season of %s starting %s “%s”', (squad, start, name) => {
    expect(defaultSeasonName(squad, start)).toBe(name);
  });

  it('keeps the name within 80 characters', () => {
    expect(defaultSeasonName('x'.repeat(80), '2026-09-07').length).toBeLessThanOrEqual(80);
  });

  it('finds the seasons that share a day with a range', () => {
    const seasons = [
      { id: 'a', startDate: '2025-08-04', endDate: '2026-05-31' },
      { id: 'b', startDate: '2026-06-01', endDate: '2026-06-28' },
    ];
    expect(
      overlappingSeasons({ startDate: '2026-05-31', endDate: '2026-09-01' }, seasons).map((s) => s.id),
    ).toEqual(['a', 'b']);
    expect(overlappingSeasons({ startDate: '2026-06-29', endDate: '2026-09-01' }, seasons)).toEqual([]);
  });

  it('reorders the sequence one place at a time', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
