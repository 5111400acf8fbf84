import type { Language, PlannedSession } from '@shared/model';
import { planHorizon, projectPlan } from '@shared/planning/projection';
import { generateReturnRamp } from '@shared/planning/return-ramp';
import { checkPlan } from '@shared/planning/rules';
import { builtInTemplates } from '@shared/planning/templates';
import type { BlockTemplate } from '@shared/model';
import { addDays } from '@shared/time/local-date';
import {
  acknowledgeWarning,
  addBlockWithSessions,
  getSettings,
  listSquads,
  loadPlanAthletes,
  savePlannedSessions,
  saveSeason,
} from '../db';
import type { CoachDatabase } from '../db';
import {
  buildSeasonPlan,
  defaultSeasonName,
  defaultTemplateSequence,
} from '../features/planner/timeline/season-builder';

/**
 * A planned season written through the planner's own code (the "New season" builder, the built-in
 * templates, the return ramp, the plan checks and the repositories), for the PDF test and bench.
 */

export interface PlannedSeasonOptions {
  /** Which squad (by name order) the season is for, unless `squadName` names one. */
  squadIndex?: number;
  squadName?: string;
  /** Weeks of blocks: the default sequence (6 + 4 + 4 + 2 weeks) repeated while a whole block fits. */
  weeks?: number;
  /** A Monday after the generated history. */
  startDate: string;
  /** The language of the template titles (the app's language is the settings' own). */
  language?: Language;
}

export interface PlannedSeasonResult {
  seasonId: string;
  seasonName: string;
  squadId: string;
  squadName: string;
  startDate: string;
  endDate: string;
  blocks: { id: string; name: string; startDate: string; endDate: string }[];
  sessionTitles: string[];
  sessionCount: number;
  /** The athlete with a return-to-training ramp, its first and last week (Mondays). */
  rampAthlete: { id: string; name: string; firstWeek: string; lastWeek: string };
  warningCount: number;
  acknowledgedWarningIds: string[];
}

const HISTORY_DAYS = 365;
/** The pre-break weekly load the ramp returns to (AU): a typical squad week. */
const RAMP_PRE_BREAK_WEEKLY_LOAD_AU = 1800;
const RAMP_WEEKS = 4;

/** Block templates from the planner's default sequence, repeated while the next one fits in `weeks`. */
function templatesFor(weeks: number, language: Language): BlockTemplate[] {
  const sequence = defaultTemplateSequence(builtInTemplates(language));
  const chosen: BlockTemplate[] = [];
  let total = 0;
  for (let index = 0; sequence.length > 0; index += 1) {
    const template = sequence[index % sequence.length];
    if (!template || total + template.weeks > weeks) break;
    chosen.push(template);
    total += template.weeks;
  }
  return chosen;
}

/**
 * Sessions a coach adds by hand: a rehab run for two athletes (the PDF names them), and two HIIT
 * sessions too soon after strength (interference warnings: the first one is acknowledged with a note).
 */
function handPlannedSessions(
  squadId: string,
  startDate: string,
  athleteIds: readonly string[],
  language: Language,
): Omit<PlannedSession, 'id'>[] {
  const isDutch = language === 'nl';
  return [
    {
      squadId,
      date: addDays(startDate, 7 + 3),
      startTime: '10:00',
      stimulus: 'endurance',
      durationMin: 30,
      targetRpe: 4,
      title: isDutch ? 'Revalidatieloop' : 'Rehab run',
      description: isDutch ? 'Rustig, op gevoel; stop bij pijn.' : 'Easy, by feel; stop if it hurts.',
      athleteIds: athleteIds.slice(0, 2),
    },
    ...[10 * 7, 12 * 7].map((offset) => ({
      squadId,
      date: addDays(startDate, offset),
      startTime: '11:00',
      stimulus: 'hiit' as const,
      durationMin: 20,
      targetRpe: 8,
      title: isDutch ? 'Extra sprintblokken' : 'Extra sprint repeats',
      description: isDutch ? '6 × 30 s alles, 2 min rust.' : '6 × 30 s all-out, 2 min rest.',
    })),
  ];
}

export async function seedPlannedSeason(
  db: CoachDatabase,
  { squadIndex = 0, squadName, weeks = 16, startDate, language = 'en' }: PlannedSeasonOptions,
): Promise<PlannedSeasonResult> {
  const squads = await listSquads(db);
  const squad =
    squadName === undefined ? squads[squadIndex] : squads.find((candidate) => candidate.name === squadName);
  if (!squad) throw new Error(`No squad ${squadName ?? `number ${squadIndex}`}`);
  const settings = await getSettings(db);
  const plan = buildSeasonPlan({
    name: defaultSeasonName(squad.name, startDate),
    squadId: squad.id,
    startDate,
    templates: templatesFor(weeks, language),
    newId: () => crypto.randomUUID(),
  });
  await saveSeason(db, plan.season);
  for (const block of plan.blocks)
    await addBlockWithSessions(
      db,
      block,
      plan.sessions.filter((session) => session.blockId === block.id),
    );
  const athletes = await loadPlanAthletes(db, squad.id, addDays(startDate, -HISTORY_DAYS));
  const [rampAthlete, ...others] = athletes;
  if (!rampAthlete) throw new Error(`Squad ${squad.name} has no athletes`);
  const handPlanned = await savePlannedSessions(
    db,
    handPlannedSessions(
      squad.id,
      startDate,
      others.map((athlete) => athlete.athleteId),
      language,
    ),
  );
  const rampStart = addDays(startDate, 4 * 7);
  const ramp = generateReturnRamp({
    athlete: rampAthlete,
    returnFromBreak: {
      kind: 'gap',
      breakStartDate: addDays(rampStart, -21),
      breakEndDate: null,
      breakDays: 21,
      isOngoing: true,
      preBreakChronicWeeklyLoadAu: RAMP_PRE_BREAK_WEEKLY_LOAD_AU,
      daysSinceReturn: null,
    },
    startDate: rampStart,
    settings,
    squadId: squad.id,
    language,
    newId: () => crypto.randomUUID(),
    maxWeeks: RAMP_WEEKS,
  });
  await savePlannedSessions(db, ramp.sessions);

  // The plan checks as the planner runs them (usePlanAnalysis), to acknowledge a real warning.
  const sessions = [...plan.sessions, ...handPlanned, ...ramp.sessions];
  const today = addDays(startDate, -1);
  const context = { today, settings, athletes, blocks: plan.blocks, plannedSessions: sessions };
  const horizon = [plan.season.endDate, planHorizon(context)].sort().at(-1) ?? plan.season.endDate;
  const warnings = checkPlan(context, projectPlan(context, horizon));
  const acknowledged = warnings.filter((warning) => warning.rule === 'interference-gap').slice(0, 1);
  for (const warning of acknowledged)
    await acknowledgeWarning(db, {
      warningId: warning.id,
      seasonId: plan.season.id,
      note:
        language === 'nl'
          ? 'Afgesproken met de fysio: korte prikkel, bewust zo gehouden.'
          : 'Agreed with the physio: a short stimulus, kept on purpose.',
    });
  const rampWeeks = ramp.weeks.map((week) => week.startDate);
  return {
    seasonId: plan.season.id,
    seasonName: plan.season.name,
    squadId: squad.id,
    squadName: squad.name,
    startDate: plan.season.startDate,
    endDate: plan.season.endDate,
    blocks: plan.blocks.map(({ id, name, startDate: from, endDate: to }) => ({
      id,
      name,
      startDate: from,
      endDate: to,
    })),
    sessionTitles: [...new Set(sessions.map((session) => session.title))],
    sessionCount: sessions.length,
    rampAthlete: {
      id: rampAthlete.athleteId,
      name: rampAthlete.name,
      firstWeek: rampWeeks[0] ?? rampStart,
      lastWeek: rampWeeks.at(-1) ?? rampStart,
    },
    warningCount: warnings.length,
    acknowledgedWarningIds: acknowledged.map((warning) => warning.id),
  };
}
