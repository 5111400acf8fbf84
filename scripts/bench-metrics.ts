// Node benchmarks of the metrics engine (src/shared/metrics), printed as JSON lines in the format
// of scripts/bench.mjs. One part per process so that the club's peak RSS is its own:
//   node node_modules/tsx/dist/cli.mjs --tsconfig tsconfig.node.json scripts/bench-metrics.ts team
//   node node_modules/tsx/dist/cli.mjs --tsconfig tsconfig.node.json scripts/bench-metrics.ts club [runs]
//   node node_modules/tsx/dist/cli.mjs --tsconfig tsconfig.node.json scripts/bench-metrics.ts planner
import { performance } from 'node:perf_hooks';
import { generateDemoTeam, iterateDemoTeam } from '@shared/demo';
import { groupRecordsByAthlete } from '@shared/metrics/inputs';
import type { AthleteSummary } from '@shared/metrics/athlete-summary';
import { computeTeamMetrics } from '@shared/metrics/team-metrics';
import type { Stimulus } from '@shared/model/common';
import type { Block, PlannedSession } from '@shared/model/plan';
import { defaultSettings } from '@shared/model/settings';
import type { PlanAthlete, PlanContext } from '@shared/planning/plan-context';
import { projectPlan } from '@shared/planning/projection';
import { checkPlan } from '@shared/planning/rules';
import { addDays, isoWeekday } from '@shared/time/local-date';

/** A fixed day, so every run computes the same club. */
const TODAY = '2026-11-21';
const SEED = 1;

const TEAM = { athleteCount: 60, historyDays: 1095, warmups: 3, runs: 11, targetMs: 30 };
const PLANNER = {
  athleteCount: 60,
  historyDays: 1095,
  weeks: 16,
  weeksPerBlock: 4,
  warmups: 3,
  runs: 11,
  targetMs: 50,
};
const CLUB = { athleteCount: 1000, historyDays: 3650, targetMs: 1500, targetRssMb: 1024 };

function report(
  bench: string,
  value: number,
  unit: string,
  target: number | null,
  isHigherBetter = false,
): void {
  const rounded = Math.round(value * 10) / 10;
  const ok = target === null ? null : isHigherBetter ? value >= target : value <= target;
  console.log(JSON.stringify({ bench, value: rounded, unit, target, ok }));
}

/** The middle value; the mean of the two middle values for an even count. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const upper = sorted[Math.floor(sorted.length / 2)];
  const lower = sorted[Math.ceil(sorted.length / 2) - 1];
  if (upper === undefined || lower === undefined) throw new Error('median of no values');
  return (lower + upper) / 2;
}

function rssMb(): number {
  return process.memoryUsage().rss / (1024 * 1024);
}

/** 60 athletes × 3 years, every series kept: what the dashboard computes on opening. */
function benchTeam(): void {
  const team = generateDemoTeam({
    today: TODAY,
    seed: SEED,
    athleteCount: TEAM.athleteCount,
    historyDays: TEAM.historyDays,
  });
  const inputs = groupRecordsByAthlete(team);
  const settings = defaultSettings();
  if (inputs.length !== TEAM.athleteCount)
    throw new Error(`Expected ${TEAM.athleteCount} athletes, got ${inputs.length}`);
  // Each timed run starts from a collected heap (node --expose-gc, set by bench.mjs), so it pays for
  // its own allocations but not for the garbage the previous run left behind.
  const collectGarbage = (globalThis as { gc?: () => void }).gc;
  const run = (): number => {
    collectGarbage?.();
    const started = performance.now();
    const results = computeTeamMetrics(inputs, TODAY, settings, { keepSeries: true });
    const elapsed = performance.now() - started;
    if (results.length !== inputs.length) throw new Error('computeTeamMetrics lost athletes');
    return elapsed;
  };
  for (let warmup = 0; warmup < TEAM.warmups; warmup += 1) run();
  const timings: number[] = [];
  for (let index = 0; index < TEAM.runs; index += 1) timings.push(run());
  report('metrics.team_60x3y.ms', median(timings), 'ms', TEAM.targetMs);
}

/** A realistic week of the squad: ISO weekday, start, stimulus, minutes, target RPE. */
const PLANNER_WEEK: readonly [number, string, Stimulus, number, number][] = [
  [1, '08:00', 'strength', 60, 7],
  [1, '15:00', 'endurance', 45, 6],
  [2, '17:00', 'skill', 60, 5],
  [3, '17:00', 'hiit', 40, 8],
  [4, '08:00', 'strength', 60, 7],
  [6, '10:00', 'match', 90, 8],
];
const BLOCK_FOCUSES: readonly Block['focus'][] = ['strength', 'endurance', 'concurrent', 'strength'];

/** 16 weeks from the Monday after `today` in blocks of 4 weeks, for every athlete of the plan. */
function plannerPlan(today: string): { blocks: Block[]; plannedSessions: PlannedSession[] } {
  const firstMonday = addDays(today, 8 - isoWeekday(today));
  const blocks: Block[] = [];
  const plannedSessions: PlannedSession[] = [];
  for (let week = 0; week < PLANNER.weeks; week += 1) {
    const monday = addDays(firstMonday, 7 * week);
    const blockIndex = Math.floor(week / PLANNER.weeksPerBlock);
    const blockId = `block-${blockIndex + 1}`;
    if (week % PLANNER.weeksPerBlock === 0) {
      blocks.push({
        id: blockId,
        seasonId: 'season-bench',
        name: blockId,
        startDate: monday,
        endDate: addDays(monday, 7 * PLANNER.weeksPerBlock - 1),
        focus: BLOCK_FOCUSES[blockIndex % BLOCK_FOCUSES.length] ?? 'concurrent',
        notes: '',
      });
    }
    for (const [weekday, startTime, stimulus, durationMin, targetRpe] of PLANNER_WEEK) {
      const date = addDays(monday, weekday - 1);
      plannedSessions.push({
        id: `planned-${date}-${startTime}`,
        blockId,
        date,
        startTime,
        stimulus,
        durationMin,
        targetRpe,
        title: stimulus,
        description: '',
      });
    }
  }
  return { blocks, plannedSessions };
}

/** 60 athletes × 3 years of history and a 16-week plan: the planner's projection and every rule. */
function benchPlanner(): void {
  const team = generateDemoTeam({
    today: TODAY,
    seed: SEED,
    athleteCount: PLANNER.athleteCount,
    historyDays: PLANNER.historyDays,
  });
  const athletes: PlanAthlete[] = groupRecordsByAthlete(team).map((input, index) => ({
    ...input,
    name: team.athletes[index]?.name ?? input.athleteId,
    squadIds: team.athletes[index]?.squadIds ?? [],
  }));
  const context: PlanContext = { today: TODAY, settings: defaultSettings(), athletes, ...plannerPlan(TODAY) };
  const collectGarbage = (globalThis as { gc?: () => void }).gc;
  const run = (): number => {
    collectGarbage?.();
    const started = performance.now();
    const warnings = checkPlan(context, projectPlan(context));
    const elapsed = performance.now() - started;
    if (warnings.length === 0) throw new Error('The bench plan should break some rules');
    return elapsed;
  };
  for (let warmup = 0; warmup < PLANNER.warmups; warmup += 1) run();
  const timings: number[] = [];
  for (let index = 0; index < PLANNER.runs; index += 1) timings.push(run());
  report('planner.rules_16w_60.ms', median(timings), 'ms', PLANNER.targetMs);
}

interface ClubRun {
  engineMs: number;
  wallMs: number;
  peakRssMb: number;
  summaries: AthleteSummary[];
}

/** 1,000 athletes × 10 years streamed one athlete at a time; only the summaries are kept. */
function runClub(): ClubRun {
  const settings = defaultSettings();
  const minorGc = (globalThis as { gc?: (options: { type: 'minor' | 'major' }) => void }).gc;
  const summaries: AthleteSummary[] = [];
  let engineMs = 0;
  let peakRssMb = rssMb();
  const wallStarted = performance.now();
  for (const chunk of iterateDemoTeam({
    today: TODAY,
    seed: SEED,
    athleteCount: CLUB.athleteCount,
    historyDays: CLUB.historyDays,
  })) {
    if (chunk.athletes.length === 0) continue;
    const inputs = groupRecordsByAthlete(chunk);
    // A minor collection first, so the engine's time does not include sweeping the generator's garbage.
    minorGc?.({ type: 'minor' });
    const started = performance.now();
    const results = computeTeamMetrics(inputs, TODAY, settings, { keepSeries: false });
    engineMs += performance.now() - started;
    for (const result of results) summaries.push(result.summary);
    peakRssMb = Math.max(peakRssMb, rssMb());
  }
  const wallMs = performance.now() - wallStarted;
  if (summaries.length !== CLUB.athleteCount)
    throw new Error(`Expected ${CLUB.athleteCount} summaries, got ${summaries.length}`);
  return { engineMs, wallMs, peakRssMb, summaries };
}

function benchClub(runCount: number): void {
  const runs: ClubRun[] = [];
  for (let index = 0; index < runCount; index += 1) runs.push(runClub());
  // maxRSS is the whole process's peak in KB, including moments between the samples.
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  const peakRssMb = Math.max(maxRssMb, ...runs.map((run) => run.peakRssMb));
  report('metrics.club_1000x10y.ms', median(runs.map((run) => run.engineMs)), 'ms', CLUB.targetMs);
  report('metrics.club_1000x10y.wall_ms', median(runs.map((run) => run.wallMs)), 'ms', null);
  report('metrics.club_1000x10y.rss_mb', peakRssMb, 'MB', CLUB.targetRssMb);
}

function main(): void {
  const [part, runs] = process.argv.slice(2);
  if (part === 'team') benchTeam();
  else if (part === 'planner') benchPlanner();
  else if (part === 'club') {
    const runCount = runs === undefined ? 1 : Number(runs);
    if (!Number.isInteger(runCount) || runCount < 1)
      throw new Error(`club: expected a run count ≥ 1, found "${runs ?? ''}"`);
    benchClub(runCount);
  } else throw new Error(`Usage: bench-metrics.ts team | planner | club [runs]; found "${part ?? ''}"`);
}

main();
