import type { Block, BlockFocus, BlockTemplate, PlannedSession, Season } from '@shared/model';
import { scaleTemplate } from '@shared/planning/template-scaling';
import { applyTemplate } from '@shared/planning/templates';
import { addDays, isoWeekday } from '@shared/time/local-date';
import { DAYS_PER_WEEK, blockEndDate, type DateRange } from './timeline-geometry';

/** A new season with its blocks back to back and all their planned sessions, ready to write at once. */
export interface SeasonPlan {
  season: Season;
  blocks: Block[];
  sessions: PlannedSession[];
}

interface NewSeasonInput {
  name: string;
  squadId: string;
  /** A Monday. */
  startDate: string;
  newId: () => string;
}

/** The default fill of a new season: aerobic base → strength → concurrent → taper (6 + 4 + 4 + 2 weeks). */
export const DEFAULT_SEQUENCE_FOCUSES: readonly BlockFocus[] = [
  'endurance',
  'strength',
  'concurrent',
  'taper',
];

/** The first template of each default focus, in order; focuses without a template are left out. */
export function defaultTemplateSequence(templates: readonly BlockTemplate[]): BlockTemplate[] {
  return DEFAULT_SEQUENCE_FOCUSES.flatMap(
    (focus) => templates.find((template) => template.focus === focus) ?? [],
  );
}

/** The last day of blocks of `weeks` weeks laid back to back from `startDate`. */
export function sequenceEndDate(startDate: string, weeks: readonly number[]): string {
  const total = weeks.reduce((sum, count) => sum + count, 0);
  return addDays(startDate, total * DAYS_PER_WEEK - 1);
}

/**
 * The season, one block per template from `startDate` (each starting the Monday after the one
 * before ends) and each block's sessions (template applied to its first Monday, for the squad).
 * The season ends with the last block. Throws on no templates or a start that is not a Monday.
 */
export function buildSeasonPlan(
  input: NewSeasonInput & { templates: readonly BlockTemplate[]; scaleFactor?: number },
): SeasonPlan {
  if (input.templates.length === 0)
    throw new RangeError('A season from templates needs at least one template');
  if (isoWeekday(input.startDate) !== 1)
    throw new RangeError(`A season from templates starts on a Monday, not ${input.startDate}`);
  const seasonId = input.newId();
  const blocks: Block[] = [];
  const sessions: PlannedSession[] = [];
  let start = input.startDate;
  for (const template of input.templates) {
    const planned = buildBlockFromTemplate({
      template,
      seasonId,
      squadId: input.squadId,
      startDate: start,
      name: template.name,
      newId: input.newId,
      scaleFactor: input.scaleFactor ?? 1,
    });
    blocks.push(planned.block);
    sessions.push(...planned.sessions);
    start = addDays(planned.block.endDate, 1);
  }
  const season: Season = {
    id: seasonId,
    name: input.name.trim(),
    squadId: input.squadId,
    startDate: input.startDate,
    endDate: addDays(start, -1),
    notes: '',
  };
  return { season, blocks, sessions };
}

/**
 * A block of the template's weeks from `startDate` (a Monday) with the template's focus and notes,
 * and its planned sessions for the squad (applyTemplate), durations × `scaleFactor` (default 1: the
 * template's loads; see template-scaling).
 */
export function buildBlockFromTemplate(input: {
  template: BlockTemplate;
  seasonId: string;
  squadId: string;
  startDate: string;
  name: string;
  newId: () => string;
  scaleFactor?: number;
}): { block: Block; sessions: PlannedSession[] } {
  const { template, startDate } = input;
  const block: Block = {
    id: input.newId(),
    seasonId: input.seasonId,
    name: input.name.trim(),
    startDate,
    endDate: blockEndDate(startDate, template.weeks),
    focus: template.focus,
    notes: template.notes,
  };
  const sessions = applyTemplate(scaleTemplate(template, input.scaleFactor ?? 1), {
    startDate,
    blockId: block.id,
    squadId: input.squadId,
    newId: input.newId,
  });
  return { block, sessions };
}

/** A season without blocks from `startDate` to `endDate`. */
export function buildEmptySeason(input: NewSeasonInput & { endDate: string }): SeasonPlan {
  const season: Season = {
    id: input.newId(),
    name: input.name.trim(),
    squadId: input.squadId,
    startDate: input.startDate,
    endDate: input.endDate,
    notes: '',
  };
  return { season, blocks: [], sessions: [] };
}

/** The Monday after `today` (a week on when today is a Monday): when a new season starts by default. */
export function nextMondayAfter(today: string): string {
  return addDays(today, 8 - isoWeekday(today));
}

const MAX_NAME_LENGTH = 80;

/**
 * "U19 2026–27" for a season starting from July (a winter sport's season crosses the new year),
 * "U19 2027" for one starting January–June.
 */
export function defaultSeasonName(squadName: string, startDate: string): string {
  const year = Number(startDate.slice(0, 4));
  const month = Number(startDate.slice(5, 7));
  const years = month >= 7 ? `${year}–${String((year + 1) % 100).padStart(2, '0')}` : String(year);
  return `${squadName.trim().slice(0, MAX_NAME_LENGTH - years.length - 1)} ${years}`.trim();
}

/** The seasons that share a day with `range` (to warn before planning two seasons at once). */
export function overlappingSeasons<T extends DateRange>(range: DateRange, seasons: readonly T[]): T[] {
  return seasons.filter((season) => season.startDate <= range.endDate && season.endDate >= range.startDate);
}

/** Moves the item at `index` one place up (−1) or down (+1); out of range changes nothing. */
export function moveItem<T>(items: readonly T[], index: number, direction: -1 | 1): T[] {
  const target = index + direction;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const moved = [...items];
  const [item] = moved.splice(index, 1);
  if (item !== undefined) moved.splice(target, 0, item);
  return moved;
}
