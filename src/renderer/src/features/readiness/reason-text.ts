import type { TFunction } from 'i18next';
import type { ReadinessReason, ReadinessRuleId, ReasonOf } from '@shared/metrics';
import type { Language, Settings } from '@shared/model';
import { fromLocalMinute } from '@shared/time/local-date';
import { formatDate, formatNumber } from '../../i18n/format';
import { formatQuantity, type QuantityUnit } from './threshold-text';

/**
 * A readiness reason in the coach's words, with its values: "EWMA ratio 1.39 (acute 638 / chronic
 * 459 AU) — above 1.3". Keys carry their namespace, so any `t` of the app will do.
 */

interface Tools {
  t: TFunction;
  language: Language;
  settings: Settings | undefined;
}

function formatValue(value: number | null | undefined, { t, language }: Tools, digits: number): string {
  return value === null || value === undefined ? t('common:none') : formatNumber(value, language, digits);
}

/** "12 Mar" / "12 mrt." */
function shortDate(isoDate: string | undefined, { t, language }: Tools): string {
  return isoDate === undefined ? t('common:none') : formatDate(isoDate, language, 'd MMM');
}

/** "Thu 09:00" / "do 09:00" (date-fns weekday of the coach's language). */
export function formatWeekdayTime(isoDate: string, time: string, language: Language): string {
  return `${formatDate(isoDate, language, language === 'nl' ? 'EEEEEE' : 'EEE')} ${time}`;
}

/** "Thu 09:00" of a local minute (time/local-date). */
export function formatLocalMinute(minute: number, language: Language): string {
  const { date, time } = fromLocalMinute(minute);
  return formatWeekdayTime(date, time, language);
}

function availabilitySentence({ params }: ReasonOf<'availability'>, tools: Tools): string {
  const kind = tools.t(`common:availability_${params.kind}`);
  const start = shortDate(params.startDate, tools);
  if (params.endDate === undefined) return tools.t('readiness:rule_availability_open', { kind, start });
  return tools.t('readiness:rule_availability', { kind, start, end: shortDate(params.endDate, tools) });
}

function recoverySentence(
  reason: ReasonOf<'recovery-acute' | 'recovery-regeneration'>,
  tools: Tools,
): string {
  const { params, value } = reason;
  const { t, language } = tools;
  const sentence = t(`readiness:rule_${reason.ruleId}`, {
    class: t(`readiness:class_${params.recoveryClass}`),
    classLower: t(`readiness:classLower_${params.recoveryClass}`),
    stimulus: t(`common:stimulus_${params.stimulus}`),
    hours: formatValue(value, tools, value !== null && value < 10 ? 1 : 0),
    adaptation: formatWeekdayTime(params.adaptationDate, params.adaptationTime, language),
  });
  if (params.ageFactor === 1) return sentence;
  return sentence + t('readiness:ageFactorSuffix', { factor: formatNumber(params.ageFactor, language, 2) });
}

function ratioSentence(reason: ReasonOf<'acwr-danger' | 'acwr-high' | 'acwr-low'>, tools: Tools): string {
  const { params } = reason;
  return tools.t(`readiness:rule_${reason.ruleId}`, {
    variant: tools.t(`readiness:variant_${params.variant}`),
    ratio: formatValue(reason.value, tools, 2),
    acute: formatValue(params.acuteAu, tools, 0),
    chronic: formatValue(params.chronicAu, tools, 0),
    threshold: formatValue(reason.threshold, tools, 2),
  });
}

function wellnessSentence(reason: ReasonOf<'wellness-composite' | 'wellness-item'>, tools: Tools): string {
  const { params, value } = reason;
  return tools.t(`readiness:rule_${reason.ruleId}`, {
    item: reason.ruleId === 'wellness-item' ? tools.t(`readiness:item_${reason.params.item}`) : '',
    score: formatValue(params.score, tools, 1),
    sd: formatValue(value === null ? null : Math.abs(value), tools, 1),
    mean: formatValue(params.baselineMean, tools, 1),
  });
}

function sustainedFatigueSentence({ value, params }: ReasonOf<'sustained-fatigue'>, tools: Tools): string {
  return tools.t('readiness:rule_sustained-fatigue', {
    flagged: formatValue(value, tools, 0),
    window: formatValue(params.windowCheckinDays, tools, 0),
  });
}

function breakDetail({ params }: ReasonOf<'returning-from-break'>, tools: Tools): string {
  const { t } = tools;
  const start = shortDate(params.breakStartDate, tools);
  const end = shortDate(params.breakEndDate, tools);
  const isOngoing = params.breakEndDate === undefined;
  if (params.kind === 'gap') {
    return isOngoing ? t('readiness:breakGapOngoing', { start }) : t('readiness:breakGap', { start, end });
  }
  if (params.availabilityKind !== undefined) {
    const kind = t(`common:availability_${params.availabilityKind}`).toLocaleLowerCase(tools.language);
    return t(isOngoing ? 'readiness:breakAbsentKindOngoing' : 'readiness:breakAbsentKind', {
      kind,
      start,
      end,
    });
  }
  return isOngoing ? t('readiness:breakAbsentOngoing', { start }) : t('readiness:breakAbsent', { end });
}

function returningSentence(reason: ReasonOf<'returning-from-break'>, tools: Tools): string {
  const key =
    reason.params.stage === 'ramp'
      ? 'readiness:rule_returning-from-break'
      : `readiness:rule_returning-from-break_${reason.params.stage}`;
  return tools.t(key, { count: reason.value ?? 0, detail: breakDetail(reason, tools) });
}

function combinedSentence({ params }: ReasonOf<'combined-signals'>, tools: Tools): string {
  const names = params.sources.map((source) => tools.t(`readiness:signalSource_${source}`));
  const list = new Intl.ListFormat(tools.language, { type: 'conjunction' }).format(names);
  return tools.t('readiness:rule_combined-signals', { sources: list });
}

/** One sentence per rule, typed by the rule's own reason: a rule without one is a compile error. */
type Sentences = { [Id in ReadinessRuleId]: (reason: ReasonOf<Id>, tools: Tools) => string };

const SENTENCES: Sentences = {
  availability: availabilitySentence,
  'combined-signals': combinedSentence,
  'recovery-acute': recoverySentence,
  'recovery-regeneration': recoverySentence,
  'acwr-danger': ratioSentence,
  'acwr-high': ratioSentence,
  'acwr-low': ratioSentence,
  'insufficient-history': ({ value, threshold }, tools) =>
    tools.t('readiness:rule_insufficient-history', {
      count: value ?? 0,
      needed: formatValue(threshold, tools, 0),
    }),
  'wellness-composite': wellnessSentence,
  'wellness-item': wellnessSentence,
  'no-checkin-today': (_reason, { t }) => t('readiness:rule_no-checkin-today'),
  'no-wellness-baseline': ({ threshold }, tools) =>
    tools.t('readiness:rule_no-wellness-baseline', { needed: formatValue(threshold, tools, 0) }),
  'hrv-below-range': ({ value, threshold, params }, tools) =>
    tools.t('readiness:rule_hrv-below-range', {
      value: formatValue(value, tools, 2),
      low: formatValue(threshold, tools, 2),
      high: formatValue(params.rangeHigh, tools, 2),
    }),
  'resting-hr-high': ({ value, threshold }, tools) =>
    tools.t('readiness:rule_resting-hr-high', {
      value: formatValue(value, tools, 1),
      threshold: formatValue(threshold, tools, 1),
    }),
  'sustained-fatigue': sustainedFatigueSentence,
  'monotony-high': ({ value, threshold, params }, tools) =>
    tools.t('readiness:rule_monotony-high', {
      value: formatValue(value, tools, 2),
      strain: formatValue(params.strainAu, tools, 0),
      threshold: formatValue(threshold, tools, 2),
    }),
  detraining: ({ value, params }, tools) =>
    tools.t('readiness:rule_detraining', {
      count: value ?? 0,
      classLower: tools.t(`readiness:classLower_${params.recoveryClass}`),
    }),
  'returning-from-break': returningSentence,
  'no-recent-data': ({ value }, { t }) =>
    value === null
      ? t('readiness:rule_no-recent-data_never')
      : t('readiness:rule_no-recent-data', { count: value }),
};

function describeWith<Id extends ReadinessRuleId>(reason: ReasonOf<Id>, tools: Tools): string {
  const describe = SENTENCES[reason.ruleId] as (reason: ReasonOf<Id>, tools: Tools) => string;
  return describe(reason, tools);
}

/**
 * The plain-language sentence of a reason with its values, numbers and dates in `language`.
 * `settings` adds what the reason does not carry (the sustained-fatigue window).
 */
export function describeReason(
  reason: ReadinessReason,
  t: TFunction,
  language: Language,
  settings?: Settings,
): string {
  return describeWith(reason, { t, language, settings });
}

/** The rule's short name: "Load ratio high". */
export function ruleName(ruleId: ReadinessRuleId, t: TFunction): string {
  return t(`readiness:name_${ruleId}`);
}

/** The unit of each rule's `value` (and `threshold`), for the rule dialog. */
const VALUE_UNITS: Record<ReadinessRuleId, QuantityUnit> = {
  availability: 'none',
  'recovery-acute': 'hours',
  'recovery-regeneration': 'hours',
  'combined-signals': 'none',
  'acwr-danger': 'ratio',
  'acwr-high': 'ratio',
  'acwr-low': 'ratio',
  'insufficient-history': 'days',
  'wellness-composite': 'sd',
  'wellness-item': 'sd',
  'no-checkin-today': 'none',
  'no-wellness-baseline': 'checkins',
  'hrv-below-range': 'ln',
  'resting-hr-high': 'bpm',
  'sustained-fatigue': 'checkins',
  'monotony-high': 'ratio',
  detraining: 'days',
  'returning-from-break': 'days',
  'no-recent-data': 'days',
};

/** "Measured 1.39, compared with 1.3"; null when the rule measured nothing (an absence). */
export function describeMeasurement(
  reason: ReadinessReason,
  t: TFunction,
  language: Language,
): string | null {
  if (reason.value === null) return null;
  const unit = VALUE_UNITS[reason.ruleId];
  const value = formatQuantity(reason.value, unit, t, language);
  if (reason.threshold === null) return t('readiness:dialogValueOnly', { value });
  return t('readiness:dialogValue', {
    value,
    threshold: formatQuantity(reason.threshold, unit, t, language),
  });
}
