import type { TFunction } from 'i18next';
import type { ReadinessReason, ReadinessRuleId } from '@shared/metrics';
import { AVAILABILITY_KINDS, STIMULI, type Language, type Settings } from '@shared/model';
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

type Params = ReadinessReason['params'];

function textParam(params: Params, name: string): string | undefined {
  const value = params[name];
  return typeof value === 'string' ? value : undefined;
}

function numberParam(params: Params, name: string): number | undefined {
  const value = params[name];
  return typeof value === 'number' ? value : undefined;
}

const isOneOf = <T extends string>(list: readonly T[], value: string | undefined): value is T =>
  value !== undefined && (list as readonly string[]).includes(value);

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

function availabilitySentence({ params }: ReadinessReason, tools: Tools): string {
  const kindParam = textParam(params, 'kind');
  const kind = isOneOf(AVAILABILITY_KINDS, kindParam)
    ? tools.t(`common:availability_${kindParam}`)
    : (kindParam ?? '');
  const start = shortDate(textParam(params, 'startDate'), tools);
  const endDate = textParam(params, 'endDate');
  if (endDate === undefined) return tools.t('readiness:rule_availability_open', { kind, start });
  return tools.t('readiness:rule_availability', { kind, start, end: shortDate(endDate, tools) });
}

function recoverySentence(reason: ReadinessReason, tools: Tools): string {
  const { params, value } = reason;
  const { t, language } = tools;
  const nextDate = textParam(params, 'nextPhaseDate');
  const nextTime = textParam(params, 'nextPhaseTime');
  const when = nextDate && nextTime ? formatWeekdayTime(nextDate, nextTime, language) : t('common:none');
  const adaptationDate = textParam(params, 'adaptationDate');
  const adaptationTime = textParam(params, 'adaptationTime');
  const adaptation =
    adaptationDate && adaptationTime
      ? formatWeekdayTime(adaptationDate, adaptationTime, language)
      : t('common:none');
  const stimulusParam = textParam(params, 'stimulus');
  const stimulus = isOneOf(STIMULI, stimulusParam)
    ? t(`common:stimulus_${stimulusParam}`)
    : (stimulusParam ?? '');
  const hours = formatValue(value, tools, value !== null && value < 10 ? 1 : 0);
  const sentence = t(`readiness:rule_${reason.ruleId}`, { stimulus, hours, when, adaptation });
  const ageFactor = numberParam(params, 'ageFactor');
  if (ageFactor === undefined || ageFactor === 1) return sentence;
  return sentence + t('readiness:ageFactorSuffix', { factor: formatNumber(ageFactor, language, 2) });
}

function ratioSentence(reason: ReadinessReason, tools: Tools): string {
  const { params } = reason;
  const variantParam = textParam(params, 'variant') ?? 'ewma';
  const variant = isOneOf(['ewma', 'rolling', 'uncoupled'], variantParam)
    ? tools.t(`readiness:variant_${variantParam}`)
    : variantParam;
  return tools.t(`readiness:rule_${reason.ruleId}`, {
    variant,
    ratio: formatValue(reason.value, tools, 2),
    acute: formatValue(numberParam(params, 'acuteAu'), tools, 0),
    chronic: formatValue(numberParam(params, 'chronicAu'), tools, 0),
    threshold: formatValue(reason.threshold, tools, 2),
  });
}

function wellnessSentence(reason: ReadinessReason, tools: Tools): string {
  const { params, value } = reason;
  const itemParam = textParam(params, 'item');
  return tools.t(`readiness:rule_${reason.ruleId}`, {
    item: itemParam === undefined ? '' : tools.t(`readiness:item_${itemParam}`),
    score: formatValue(numberParam(params, 'score'), tools, 1),
    sd: formatValue(value === null ? null : Math.abs(value), tools, 1),
    mean: formatValue(numberParam(params, 'baselineMean'), tools, 1),
  });
}

function sustainedFatigueSentence({ value, threshold, params }: ReadinessReason, tools: Tools): string {
  const window = numberParam(params, 'windowCheckinDays') ?? tools.settings?.fatigue.windowCheckinDays;
  const flagged = formatValue(value, tools, 0);
  if (window === undefined) {
    return tools.t('readiness:rule_sustained-fatigue_noWindow', {
      flagged,
      threshold: formatValue(threshold, tools, 0),
    });
  }
  return tools.t('readiness:rule_sustained-fatigue', { flagged, window: formatValue(window, tools, 0) });
}

function breakDetail({ params }: ReadinessReason, tools: Tools): string {
  const { t } = tools;
  const start = shortDate(textParam(params, 'breakStartDate'), tools);
  const endDate = textParam(params, 'breakEndDate');
  const end = shortDate(endDate, tools);
  const isOngoing = endDate === undefined;
  if (textParam(params, 'kind') === 'gap') {
    return isOngoing ? t('readiness:breakGapOngoing', { start }) : t('readiness:breakGap', { start, end });
  }
  const availabilityKind = textParam(params, 'availabilityKind');
  if (isOneOf(AVAILABILITY_KINDS, availabilityKind)) {
    const kind = t(`common:availability_${availabilityKind}`).toLocaleLowerCase(tools.language);
    return t(isOngoing ? 'readiness:breakAbsentKindOngoing' : 'readiness:breakAbsentKind', {
      kind,
      start,
      end,
    });
  }
  return isOngoing ? t('readiness:breakAbsentOngoing', { start }) : t('readiness:breakAbsent', { end });
}

type Describe = (reason: ReadinessReason, tools: Tools) => string;

/** One sentence per rule; the Record type makes a rule without a sentence a compile error. */
const SENTENCES: Record<ReadinessRuleId, Describe> = {
  availability: availabilitySentence,
  'recovery-acute': recoverySentence,
  'recovery-regeneration': recoverySentence,
  'recovery-adaptation': recoverySentence,
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
      high: formatValue(numberParam(params, 'rangeHigh'), tools, 2),
    }),
  'resting-hr-high': ({ value, threshold }, tools) =>
    tools.t('readiness:rule_resting-hr-high', {
      value: formatValue(value, tools, 1),
      threshold: formatValue(threshold, tools, 1),
    }),
  'sustained-fatigue': sustainedFatigueSentence,
  'monotony-high': ({ value, threshold }, tools) =>
    tools.t('readiness:rule_monotony-high', {
      value: formatValue(value, tools, 2),
      threshold: formatValue(threshold, tools, 2),
    }),
  'returning-from-break': (reason, tools) =>
    tools.t('readiness:rule_returning-from-break', {
      count: reason.value ?? 0,
      detail: breakDetail(reason, tools),
    }),
  'no-recent-data': ({ value }, { t }) =>
    value === null
      ? t('readiness:rule_no-recent-data_never')
      : t('readiness:rule_no-recent-data', { count: value }),
};

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
  return SENTENCES[reason.ruleId](reason, { t, language, settings });
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
  'recovery-adaptation': 'hours',
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
