import type { ReadinessRuleId, RuleFiring } from '@shared/metrics';
import type { RecoveryMapView } from './recovery-map-view';
import type { TeamLoadRequest, TeamLoadView } from './team-load-view';
import type { TodayRow } from './today-view';

/** What a screen asks of the team metrics service. `today` is the coach's date (no clock in the worker). */
export type TeamQuery =
  | { type: 'today'; date: string; today: string }
  | { type: 'recovery-map'; date: string; today: string }
  | {
      type: 'rule-firing';
      date: string;
      today: string;
      squadId: string | null;
      ruleId: ReadinessRuleId;
      dayCount: number;
    }
  | ({ type: 'team-load'; today: string } & TeamLoadRequest);

/** The answer to each query type. */
export interface TeamQueryResults {
  today: TodayRow[];
  'recovery-map': RecoveryMapView;
  'rule-firing': RuleFiring;
  'team-load': TeamLoadView;
}

export type TeamQueryResult<Q extends TeamQuery> = TeamQueryResults[Q['type']];

export type ToTeamService =
  { type: 'open'; databaseName: string } | { type: 'query'; id: number; query: TeamQuery };

/**
 * `changed`: the data behind earlier answers changed (ask again); `progress`: athletes loaded so far
 * while the service reads the database.
 */
export type FromTeamService =
  | { type: 'result'; id: number; revision: number; result: TeamQueryResults[TeamQuery['type']] }
  | { type: 'error'; id: number; message: string }
  | { type: 'changed'; revision: number }
  | { type: 'progress'; loadedAthletes: number; totalAthletes: number };
