import { useCallback } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Block, Language, PlannedSession, Stimulus } from '@shared/model';
import type { PlanAthlete } from '@shared/planning/plan-context';
import type { PlanFix, PlanWarning } from '@shared/planning/plan-warnings';
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

function text(values: PlanWarning['values'], key: string): string {
  const value = values[key];
  return value === undefined ? '' : String(value);
}

function numberValue(values: PlanWarning['values'], key: string): number {
  const value = values[key];
  return typeof value === 'number' ? value : Number.NaN;
}

export function describePlanWarning(
  warning: PlanWarning,
  lookups: PlanTextLookups,
  t: TFunction,
  language: Language,
): PlanWarningText {
  const { values } = warning;
  const day = (date: string) => (date === '' ? '' : formatDate(date, language));
  const number = (value: number, digits = 0) =>
    Number.isFinite(value) ? formatNumber(value, language, digits) : '–';
  const stimulus = (name: string) => t(`common:stimulus_${name as Stimulus}`);
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
  const fix = describeFix(warning.fix, { t, day, number, sessionTitle, athleteName, values });

  switch (warning.rule) {
    case 'interference-gap': {
      const actual = text(values, 'actualDate');
      return {
        title: t('planner:w_interference_title', {
          earlier: stimulus(text(values, 'earlierStimulus')),
          later: stimulus(text(values, 'laterStimulus')),
          gap: number(numberValue(values, 'gapHours'), 1),
          min: number(numberValue(values, 'minGapHours'), 1),
        }),
        detail:
          actual === ''
            ? t('planner:w_sessions', { sessions })
            : t('planner:w_sessionsWithLogged', {
                sessions,
                logged: t('planner:loggedSessionLabel', {
                  stimulus: stimulus(text(values, 'actualStimulus')),
                  date: day(actual),
                  time: text(values, 'actualStartTime'),
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
      const block = lookups.blocks?.find((candidate) => candidate.id === warning.blockId);
      const focus = text(values, 'focus');
      return {
        title: t('planner:w_diluted_title', {
          block: block?.name ?? '',
          focus: t(`planner:focus_${focus}`),
          percent: number(numberValue(values, 'percent')),
          opposing: focus === 'strength' ? t('planner:enduranceWork') : t('planner:strengthWork'),
          limit: number(numberValue(values, 'focusDilutionPercent')),
        }),
        detail: t('planner:w_diluted_detail', {
          opposing: number(numberValue(values, 'opposingLoadAu')),
          total: number(numberValue(values, 'totalLoadAu')),
        }),
        fix,
        athletes,
      };
    }
    case 'weekly-ramp':
      return {
        title: t('planner:w_ramp_title', {
          date: day(warning.date),
          percent: number(numberValue(values, 'percentAbove')),
          limit: number(numberValue(values, 'weeklyRampWarningPercent')),
        }),
        detail: t('planner:w_ramp_detail', {
          name: athleteName(text(values, 'athleteId')),
          week: number(numberValue(values, 'weekLoadAu')),
          previous: number(numberValue(values, 'previousMeanAu')),
        }),
        fix,
        athletes,
      };
    case 'hard-in-acute-phase':
      return {
        title: t('planner:w_acute_title', {
          hours: number(numberValue(values, 'hoursSinceEnd'), 1),
          acute: number(numberValue(values, 'acutePhaseHours'), 1),
        }),
        detail: t('planner:w_acute_detail', {
          sessions,
          earlier:
            text(values, 'earlierPlannedSessionId') === ''
              ? t('planner:loggedSessionLabel', {
                  stimulus: stimulus(text(values, 'earlierStimulus')),
                  date: day(text(values, 'earlierDate')),
                  time: text(values, 'earlierStartTime'),
                })
              : t('planner:plannedSessionLabel', {
                  session: sessionLabel(text(values, 'earlierPlannedSessionId')),
                }),
        }),
        fix,
        athletes,
      };
    case 'projected-ratio':
      return {
        title: t('planner:w_ratio_title', {
          ratio: number(numberValue(values, 'peakRatio'), 2),
          date: day(text(values, 'peakDate')),
          danger: number(numberValue(values, 'ratioDanger'), 2),
        }),
        detail: t('planner:w_ratio_detail', {
          name: athleteName(text(values, 'peakAthleteId')),
          acute: number(numberValue(values, 'acuteAu')),
          chronic: number(numberValue(values, 'chronicAu')),
        }),
        fix,
        athletes,
      };
  }
}

interface FixContext {
  t: TFunction;
  day: (date: string) => string;
  number: (value: number, digits?: number) => string;
  sessionTitle: (id: string) => string;
  athleteName: (id: string) => string;
  values: PlanWarning['values'];
}

function describeFix(
  fix: PlanFix,
  { t, day, number, sessionTitle, athleteName, values }: FixContext,
): string {
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
      return t('planner:fix_reduceWeek', {
        max: number(fix.maxLoadAu),
        name: athleteName(fix.athleteId ?? String(values.athleteId ?? '')),
      });
    case 'move-after-acute':
      return t('planner:fix_moveAfterAcute', {
        title: sessionTitle(fix.sessionId),
        date: day(fix.earliestDate),
        time: fix.earliestTime,
        rpe: number(fix.maxRpe, 1),
      });
    case 'reduce-load-before':
      return fix.maxDailyLoadAu > 0
        ? t('planner:fix_reduceBefore', {
            date: day(fix.date),
            max: number(fix.maxDailyLoadAu),
            name: athleteName(fix.athleteId ?? String(values.peakAthleteId ?? '')),
          })
        : t('planner:fix_reduceBeforeRest', { date: day(fix.date) });
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
