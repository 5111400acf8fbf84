import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import {
  defaultSettings,
  type Athlete,
  type Block,
  type Language,
  type PlanAcknowledgement,
  type PlannedSession,
  type Season,
  type Settings,
} from '@shared/model';
import type { PrintRequest } from '@shared/print';
import type { PlanAthlete } from '@shared/planning/plan-context';
import { appDb } from '../db/app-db';
import { getSettings } from '../db';
import { todayLocalDate } from '../i18n/format';
import { usePlanAnalysis, usePlanAthletes, usePlanRecords } from '../features/planner/usePlan';
import { buildPrintPlan, type PrintPlan, type PrintScope } from './print-plan';

type ErrorKey = 'errorSeason' | 'errorBlock' | 'errorAthlete' | 'errorNoSquad' | 'errorRequest';

export type PrintPlanState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | {
      status: 'ready';
      plan: PrintPlan;
      language: Language;
      acknowledgements: ReadonlyMap<string, PlanAcknowledgement>;
      /** For the warning sentences: every session and athlete of the plan, not only the printed ones. */
      sessionsById: ReadonlyMap<string, PlannedSession>;
      athletes: readonly PlanAthlete[];
    };

type Target =
  | { isFound: false; errorKey: ErrorKey; id: string }
  | {
      isFound: true;
      season: Season;
      block: Block | null;
      athlete: Athlete | null;
      squadId: string | null;
      settings: Settings;
    };

/** The season (and block or athlete) a request names, the squad to plan it for, and the settings. */
async function readTarget(request: PrintRequest | null, squadParam: string | null): Promise<Target> {
  if (!request) return { isFound: false, errorKey: 'errorRequest', id: '' };
  const settings = await getSettings(appDb);
  const block = request.kind === 'block' ? await appDb.blocks.get(request.blockId) : undefined;
  if (request.kind === 'block' && !block)
    return { isFound: false, errorKey: 'errorBlock', id: request.blockId };
  const seasonId = request.kind === 'block' ? (block?.seasonId ?? '') : request.seasonId;
  const season = await appDb.seasons.get(seasonId);
  if (!season) return { isFound: false, errorKey: 'errorSeason', id: seasonId };
  const athlete = request.kind === 'athlete' ? await appDb.athletes.get(request.athleteId) : undefined;
  if (request.kind === 'athlete' && !athlete)
    return { isFound: false, errorKey: 'errorAthlete', id: request.athleteId };
  // A club-wide season (no squadId, as the demo's history) is planned per squad: the print route
  // takes the squad from `?squad=<id>`, else the athlete's first squad, else usePlanRecords' first
  // squad. printRoutePath has no squad yet (Electron prints the path alone); it may gain one later.
  const squadIds = new Set((await appDb.squads.toArray()).map((squad) => squad.id));
  if (season.squadId !== undefined && !squadIds.has(season.squadId))
    return { isFound: false, errorKey: 'errorNoSquad', id: season.squadId };
  const squadId =
    season.squadId ??
    [squadParam, ...(athlete?.squadIds ?? [])].find((id) => id !== null && squadIds.has(id)) ??
    null;
  return { isFound: true, season, block: block ?? null, athlete: athlete ?? null, squadId, settings };
}

function scopeOf(target: Extract<Target, { isFound: true }>): PrintScope {
  if (target.block) return { kind: 'block', block: target.block };
  if (target.athlete)
    return {
      kind: 'athlete',
      athlete: { id: target.athlete.id, name: target.athlete.name, squadIds: target.athlete.squadIds },
    };
  return { kind: 'season' };
}

const DEFAULT_SETTINGS = defaultSettings();
/**
 * Everything the print route draws for a request, read once the settings, the language, the plan,
 * the athletes and the plan checks are all there (so the PDF never shows a half-loaded plan).
 */
export function usePrintPlan(request: PrintRequest | null, squadParam: string | null): PrintPlanState {
  const { t, i18n } = useTranslation('print');
  const [today] = useState(() => todayLocalDate());
  const target = useLiveQuery(() => readTarget(request, squadParam), [request, squadParam]);
  const found = target?.isFound ? target : undefined;
  const records = usePlanRecords(found?.squadId ?? null, found?.season.id ?? null, today);
  // Only the season and squad asked for count (a live query may briefly answer for the previous ones).
  const isRecordsCurrent =
    found !== undefined &&
    records?.season?.id === found.season.id &&
    (found.squadId === null || records.squad?.id === found.squadId);
  const athletes = usePlanAthletes(
    isRecordsCurrent ? records.squad?.id : undefined,
    isRecordsCurrent ? records.season?.startDate : undefined,
  );
  const analysis = usePlanAnalysis(
    isRecordsCurrent ? records : undefined,
    athletes,
    found?.settings ?? DEFAULT_SETTINGS,
    today,
  );
  const language: Language = found?.settings.language ?? 'en';
  const isLanguageReady = i18n.language === language;

  return useMemo((): PrintPlanState => {
    if (target && !target.isFound) return { status: 'error', message: t(target.errorKey, { id: target.id }) };
    if (records && !records.squad) return { status: 'error', message: t('errorNoSquad') };
    if (
      !found ||
      !isRecordsCurrent ||
      !records.squad ||
      !records.season ||
      !analysis ||
      !athletes ||
      !isLanguageReady
    )
      return { status: 'loading' };
    const plan = buildPrintPlan({
      scope: scopeOf(found),
      squad: records.squad,
      season: records.season,
      blocks: records.blocks,
      plannedSessions: records.plannedSessions,
      athletes,
      warnings: analysis.warnings,
      settings: found.settings,
    });
    return {
      status: 'ready',
      plan,
      language,
      acknowledgements: records.acknowledgements,
      sessionsById: new Map(records.plannedSessions.map((session) => [session.id, session])),
      athletes,
    };
  }, [target, found, records, isRecordsCurrent, athletes, analysis, isLanguageReady, language, t]);
}
