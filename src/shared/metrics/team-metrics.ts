import type { Settings } from '../model/settings';
import { computeAthleteMetrics, type AthleteMetrics } from './athlete-metrics';
import { summariseAthlete, type AthleteSummary } from './athlete-summary';
import type { AthleteMetricsInput } from './inputs';
import { READINESS_STATUSES, type ReadinessStatus } from './readiness-types';

export interface TeamAthleteMetrics {
  summary: AthleteSummary;
  /** The full series; left out with `keepSeries: false` to bound memory at club scale. */
  metrics: AthleteMetrics | null;
}

export interface TeamMetricsOptions {
  /** The day to summarise (default `asOf`). */
  date?: string;
  /** Keep every athlete's series (default true). */
  keepSeries?: boolean;
}

/** Every athlete's series and summary in one call, in input order. */
export function computeTeamMetrics(
  inputs: Iterable<AthleteMetricsInput>,
  asOf: string,
  settings: Settings,
  options: TeamMetricsOptions = {},
): TeamAthleteMetrics[] {
  const results: TeamAthleteMetrics[] = [];
  for (const input of inputs) {
    const metrics = computeAthleteMetrics(input, asOf, settings);
    const summary = summariseAthlete(metrics, input, options.date ?? asOf);
    results.push({ summary, metrics: options.keepSeries === false ? null : metrics });
  }
  return results;
}

/** Mean, sample SD (0 for one value), minimum, maximum and count of the defined values. */
export interface Spread {
  count: number;
  mean: number | null;
  sd: number | null;
  min: number | null;
  max: number | null;
}

export const AGGREGATED_METRICS = [
  'dailyLoadAu',
  'acuteMeanAu',
  'chronicMeanAu',
  'ewmaAcuteAu',
  'ewmaChronicAu',
  'acwrEwma',
  'acwrRolling',
  'monotony',
  'strainAu',
  'ctlAu',
  'atlAu',
  'tsbAu',
  'compositeZ',
] as const satisfies readonly (keyof AthleteSummary)[];
export type AggregatedMetric = (typeof AGGREGATED_METRICS)[number];

export interface SquadAggregate {
  athleteCount: number;
  countsByStatus: Record<ReadinessStatus, number>;
  metrics: Record<AggregatedMetric, Spread>;
}

/** Spread of numbers, skipping nulls. */
export function computeSpread(values: readonly (number | null)[]): Spread {
  const defined = values.filter((value): value is number => value !== null);
  const count = defined.length;
  if (count === 0) return { count, mean: null, sd: null, min: null, max: null };
  const mean = defined.reduce((sum, value) => sum + value, 0) / count;
  const squares = defined.reduce((sum, value) => sum + (value - mean) ** 2, 0);
  return {
    count,
    mean,
    sd: count > 1 ? Math.sqrt(squares / (count - 1)) : 0,
    min: Math.min(...defined),
    max: Math.max(...defined),
  };
}

/** Squad aggregates: counts by readiness status and the spread of each headline metric. */
export function aggregateSquad(summaries: readonly AthleteSummary[]): SquadAggregate {
  const countsByStatus = Object.fromEntries(READINESS_STATUSES.map((status) => [status, 0])) as Record<
    ReadinessStatus,
    number
  >;
  for (const summary of summaries) countsByStatus[summary.readiness.status] += 1;
  const metrics = Object.fromEntries(
    AGGREGATED_METRICS.map((name) => [name, computeSpread(summaries.map((summary) => summary[name]))]),
  ) as Record<AggregatedMetric, Spread>;
  return { athleteCount: summaries.length, countsByStatus, metrics };
}

/**
 * One aggregate per squad: each summary counts in every squad its athlete belongs to
 * (`squadIdsByAthlete`); athletes without a squad are left out.
 */
export function aggregateSquads(
  summaries: readonly AthleteSummary[],
  squadIdsByAthlete: ReadonlyMap<string, readonly string[]>,
): Map<string, SquadAggregate> {
  const members = new Map<string, AthleteSummary[]>();
  for (const summary of summaries) {
    for (const squadId of squadIdsByAthlete.get(summary.athleteId) ?? []) {
      const list = members.get(squadId) ?? [];
      list.push(summary);
      members.set(squadId, list);
    }
  }
  return new Map([...members].map(([squadId, list]) => [squadId, aggregateSquad(list)]));
}
