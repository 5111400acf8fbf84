import { useCallback } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Block, Language, PlannedSession, Stimulus } from '@shared/model';
import type { PlanAthlete } from '@shared/planning/plan-context';
import type { MoveAfterAcuteFix, PlanFix, PlanWarning } from '@shared/planning/plan-warnings';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLanguage } from '../readiness/useLanguage';

/**
 * A plan warning in words: what is wrong (title), which sessions and numbers (detail), the concrete
 * fix, and who it applies to. Used by the planner and the printed plan, in English and Dutch.
 */
export interface PlanWarningText {
  title: string;
  detail: string;
  fix: string;
  athletes: string;
}

export interface PlanTextLookups {
  sessionsById?: ReadonlyMap<string, PlannedSession>;
  athletes?: readonly PlanAthlete[];
  blocks?: readonly Block[];
}

/** Names listed before "and N more". */
const LISTED_NAMES = 4;

export function describePlanWarning(
  warning: PlanWarning,
  lookups: PlanTextLookups,
  t: TFunction,
  language: Language,
): PlanWarningText {
  const day = (date: string) => (date === '' ? '' : formatDate(date, language));
  const number = (value: number, digits = 0) =>
    Number.isFinite(value) ? formatNumber(value, language, digits) : '–';
  const stimulus = (name: Stimulus) => t(`common:stimulus_${name}`);
  const athleteName = (id: string) =>
    lookups.athletes?.find((athlete) => athlete.athleteId === id)?.name ?? id;
  const sessionLabel = (id: string) => {
    const session = lookups.sessionsById?.get(id);
    return session
      ? t('planner:sessionLabel', { title: session.title, date: day(session.date), time: session.startTime })
      : t('planner:sessionLabelUnknown');
  };
  const sessionTitle = (id: string) =>
    lookups.sessionsById?.get(id)?.title ?? t('planner:sessionLabelUnknown');
  const sessions = warning.sessionIds.map(sessionLabel).join(' · ');
  const athletes = describeAthletes(warning.athleteIds, lookups.athletes, athleteName, t);
  const fix = describeFix(warning.fix, { t, day, number, sessionTitle, athleteName });

  switch (warning.rule) {
    case 'interference-gap': {
      const { values } = warning;
      return {
        title: t('planner:w_interference_title', {
          earlier: stimulus(values.earlierStimulus),
          later: stimulus(values.laterStimulus),
          gap: number(values.gapHours, 1),
          min: number(values.minGapHours, 1),
        }),
        detail:
          values.actualDate === undefined
            ? t('planner:w_sessions', { sessions })
            : t('planner:w_sessionsWithLogged', {
                sessions,
                logged: t('planner:loggedSessionLabel', {
                  stimulus: values.actualStimulus === undefined ? '' : stimulus(values.actualStimulus),
                  date: day(values.actualDate),
                  time: values.actualStartTime ?? '',
                }),
              }),
        fix,
        athletes,
      };
    }
    case 'endurance-before-strength':
      return {
        title: t('planner:w_order_title', { date: day(warning.date) }),
        detail: t('planner:w_sessions', { sessions }),
        fix,
        athletes,
      };
    case 'focus-diluted': {
      const { values } = warning;
      const block = lookups.blocks?.find((candidate) => candidate.id === warning.blockId);
      return {
        title: t('planner:w_diluted_title', {
          block: block?.name ?? '',
          focus: t(`planner:focus_${values.focus}`),
          percent: number(values.percent),
          opposing: values.focus === 'strength' ? t('planner:enduranceWork') : t('planner:strengthWork'),
          limit: number(values.focusDilutionPercent),
        }),
        detail: t('planner:w_diluted_detail', {
          opposing: number(values.opposingLoadAu),
          total: number(values.totalLoadAu),
        }),
        fix,
        athletes,
      };
    }
    case 'weekly-ramp': {
      const { values } = warning;
      return {
        title: t('planner:w_ramp_title', {
          date: day(warning.date),
          percent: number(values.percentAbove),
          limit: number(values.weeklyRampWarningPercent),
        }),
        detail: t('planner:w_ramp_detail', {
          name: athleteName(values.athleteId),
          week: number(values.weekLoadAu),
          previous: number(values.previousMeanAu),
        }),
        fix,
        athletes,
      };
    }
    case 'hard-in-acute-phase': {
      const { values } = warning;
      return {
        title: t('planner:w_acute_title', {
          hours: number(values.hoursSinceEnd, 1),
          acute: number(values.acutePhaseHours, 1),
        }),
        detail: t('planner:w_acute_detail', {
          sessions,
          earlier:
            values.earlierPlannedSessionId === undefined
              ? t('planner:loggedSessionLabel', {
                  stimulus: stimulus(values.earlierStimulus),
                  date: day(values.earlierDate),
                  time: values.earlierStartTime ?? '',
                })
              : t('planner:plannedSessionLabel', { session: sessionLabel(values.earlierPlannedSessionId) }),
        }),
        fix,
        athletes,
      };
    }
    case 'projected-ratio': {
      const { values } = warning;
      return {
        title: t('planner:w_ratio_title', {
          ratio: number(values.peakRatio, 2),
          date: day(values.peakDate),
          danger: number(values.ratioDanger, 2),
        }),
        detail: t('planner:w_ratio_detail', {
          name: athleteName(values.peakAthleteId),
          acute: number(values.acuteAu),
          chronic: number(values.chronicAu),
        }),
        fix,
        athletes,
      };
    }
    case 'projected-ratio-low': {
      const { values } = warning;
      return {
        title: t('planner:w_ratioLow_title', {
          date: day(warning.fix.weekStart),
          ratio: number(values.meanRatio, 2),
          low: number(values.ratioLow, 2),
        }),
        detail: t('planner:w_ratioLow_detail', {
          name: athleteName(values.athleteId),
          week: number(values.weekLoadAu),
          chronic: number(values.chronicWeekAu),
        }),
        fix,
        athletes,
      };
    }
  }
}

interface FixContext {
  t: TFunction;
  day: (date: string) => string;
  number: (value: number, digits?: number) => string;
  sessionTitle: (id: string) => string;
  athleteName: (id: string) => string;
}

/** The sentence of a move-after-acute fix: move it, and each alternative that changes the plan. */
function describeMoveAfterAcute(
  fix: MoveAfterAcuteFix,
  { t, day, number, sessionTitle }: FixContext,
): string {
  const options = {
    title: sessionTitle(fix.sessionId),
    date: day(fix.earliestDate),
    time: fix.earliestTime,
    rpe: fix.maxRpe === null ? '' : number(fix.maxRpe),
    minutes: fix.maxDurationMin === null ? '' : number(fix.maxDurationMin),
  };
  if (fix.maxRpe !== null && fix.maxDurationMin !== null)
    return t('planner:fix_moveAfterAcuteOrBoth', options);
  if (fix.maxRpe !== null) return t('planner:fix_moveAfterAcuteOrRpe', options);
  if (fix.maxDurationMin !== null) return t('planner:fix_moveAfterAcuteOrShorten', options);
  return t('planner:fix_moveAfterAcute', options);
}

function describeFix(fix: PlanFix, context: FixContext): string {
  const { t, day, number, sessionTitle, athleteName } = context;
  switch (fix.kind) {
    case 'move-later':
      return t('planner:fix_moveLater', {
        title: sessionTitle(fix.sessionId),
        time: fix.earliestTime,
        date: day(fix.date),
      });
    case 'swap-order':
      return t('planner:fix_swap', {
        first: sessionTitle(fix.secondSessionId),
        second: sessionTitle(fix.firstSessionId),
      });
    case 'reduce-opposing-load':
      return t('planner:fix_reduceOpposing', { max: number(fix.maxOpposingLoadAu) });
    case 'reduce-week-load':
      return t('planner:fix_reduceWeek', { max: number(fix.maxLoadAu), name: athleteName(fix.athleteId) });
    case 'move-after-acute':
      return describeMoveAfterAcute(fix, context);
    case 'reduce-load-before':
      return fix.maxDailyLoadAu > 0
        ? t('planner:fix_reduceBefore', {
            date: day(fix.date),
            max: number(fix.maxDailyLoadAu),
            name: athleteName(fix.athleteId),
          })
        : t('planner:fix_reduceBeforeRest', { date: day(fix.date) });
    case 'raise-week-load':
      return t('planner:fix_raiseWeek', { min: number(fix.minLoadAu), name: athleteName(fix.athleteId) });
  }
}

function describeAthletes(
  ids: readonly string[],
  athletes: readonly PlanAthlete[] | undefined,
  athleteName: (id: string) => string,
  t: TFunction,
): string {
  if (athletes !== undefined && athletes.length > 1 && ids.length === athletes.length)
    return t('planner:appliesToSquad', { count: ids.length });
  const names = ids.slice(0, LISTED_NAMES).map(athleteName).join(', ');
  return ids.length > LISTED_NAMES
    ? t('planner:appliesToMore', { names, count: ids.length - LISTED_NAMES })
    : t('planner:appliesTo', { names });
}

/** `describePlanWarning` in the coach's language. */
export function useDescribePlanWarning(
  lookups: PlanTextLookups = {},
): (warning: PlanWarning) => PlanWarningText {
  const { t } = useTranslation('planner');
  const language = useLanguage();
  const { sessionsById, athletes, blocks } = lookups;
  return useCallback(
    (warning: PlanWarning) => describePlanWarning(warning, { sessionsById, athletes, blocks }, t, language),
    [sessionsById, athletes, blocks, t, language],
  );
}
