import type { Block, Season } from '../model/plan';
import { fromDayNumber } from '../time/local-date';
import type { BlockFocus } from './weekly-templates';

/** Block periodisation (Issurin 2010): accumulate, transmute, realise, then taper. 20 weeks. */
const SEASON_BLOCKS: readonly { name: string; focus: BlockFocus; weeks: number; notes: string }[] = [
  { name: 'Aerobic base', focus: 'endurance', weeks: 4, notes: 'Accumulation: aerobic running volume.' },
  {
    name: 'Strength accumulation',
    focus: 'strength',
    weeks: 4,
    notes: 'Two gym sessions a week, lower running volume.',
  },
  {
    name: 'Concurrent build',
    focus: 'concurrent',
    weeks: 5,
    notes: 'Strength in the morning, conditioning 6 h or more later.',
  },
  {
    name: 'Competition',
    focus: 'competition',
    weeks: 5,
    notes: 'Realisation: matches first, strength maintained.',
  },
  { name: 'Taper', focus: 'taper', weeks: 2, notes: 'Less volume, intensity kept, before the cup final.' },
];

const SEASON_DAYS = SEASON_BLOCKS.reduce((days, block) => days + block.weeks * 7, 0);
/** The current season starts on the Monday of the week 16 weeks before the generation date. */
const CURRENT_SEASON_LOOKBACK_DAYS = 111;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** The id of the season that contains the generation date. */
export const DEMO_CURRENT_SEASON_ID = 'demo-season-current';

/** Seasons and blocks, and the block focus of any day from the first season's start. */
export interface DemoSeasonPlan {
  seasons: Season[];
  blocks: Block[];
  focusOnDay: (dayNumber: number) => BlockFocus;
}

function mondayOnOrBefore(dayNumber: number): number {
  // Day 0 (1970-01-01) was a Thursday, three days after a Monday.
  return dayNumber - ((((dayNumber + 3) % 7) + 7) % 7);
}

function seasonName(startDay: number, endDay: number): string {
  const [startYear, startMonth] = fromDayNumber(startDay).split('-').map(Number);
  const [endYear, endMonth] = fromDayNumber(endDay).split('-').map(Number);
  const month = (number: number | undefined): string => MONTHS[(number ?? 1) - 1] ?? '';
  return `Season ${month(startMonth)} ${startYear} – ${month(endMonth)} ${endYear}`;
}

function buildSeason(
  startDay: number,
  seasonId: string,
  isCurrent: boolean,
): { season: Season; blocks: Block[] } {
  const endDay = startDay + SEASON_DAYS - 1;
  const season: Season = {
    id: seasonId,
    name: seasonName(startDay, endDay),
    startDate: fromDayNumber(startDay),
    endDate: fromDayNumber(endDay),
    notes: isCurrent ? 'Current season of the demo club.' : '',
  };
  const blocks: Block[] = [];
  let blockStart = startDay;
  SEASON_BLOCKS.forEach((definition, blockIndex) => {
    const blockEnd = blockStart + definition.weeks * 7 - 1;
    blocks.push({
      id: `${seasonId}-block-${blockIndex + 1}`,
      seasonId,
      name: definition.name,
      startDate: fromDayNumber(blockStart),
      endDate: fromDayNumber(blockEnd),
      focus: definition.focus,
      notes: definition.notes,
    });
    blockStart = blockEnd + 1;
  });
  return { season, blocks };
}

/**
 * The current season (containing `todayDay`, ending 3–4 weeks after it) with five blocks, preceded
 * by as many earlier seasons of the same shape as it takes to cover the history from `firstDay`.
 */
export function buildSeasonPlan(todayDay: number, firstDay: number): DemoSeasonPlan {
  const currentStart = mondayOnOrBefore(todayDay - CURRENT_SEASON_LOOKBACK_DAYS);
  const previousCount = Math.max(0, Math.ceil((currentStart - firstDay) / SEASON_DAYS));
  const earliestStart = currentStart - previousCount * SEASON_DAYS;
  const seasons: Season[] = [];
  const blocks: Block[] = [];
  for (let ago = previousCount; ago >= 0; ago -= 1) {
    const seasonId = ago === 0 ? DEMO_CURRENT_SEASON_ID : `demo-season-previous-${ago}`;
    const built = buildSeason(currentStart - ago * SEASON_DAYS, seasonId, ago === 0);
    seasons.push(built.season);
    blocks.push(...built.blocks);
  }
  const focusByDayOfSeason: BlockFocus[] = SEASON_BLOCKS.flatMap((block) =>
    Array.from({ length: block.weeks * 7 }, () => block.focus),
  );
  const focusOnDay = (dayNumber: number): BlockFocus => {
    const offset = (((dayNumber - earliestStart) % SEASON_DAYS) + SEASON_DAYS) % SEASON_DAYS;
    return focusByDayOfSeason[offset] ?? 'concurrent';
  };
  return { seasons, blocks, focusOnDay };
}
