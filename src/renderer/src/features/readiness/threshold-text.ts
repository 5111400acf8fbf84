import type { TFunction } from 'i18next';
import type { Language } from '@shared/model';
import { formatNumber } from '../../i18n/format';
import {
  AGE_SCALING,
  thresholdDefinition,
  type AgeBand,
  type ThresholdRef,
  type ThresholdUnit,
  type ThresholdValue,
} from './thresholds';

/** Units a number can be shown in: a threshold's unit, or a measured heart value. */
export type QuantityUnit = ThresholdUnit | 'bpm' | 'ln' | 'au';

/** Decimals worth showing per unit: ratios to 0.01, hours and z-scores to 0.1, counts whole. */
const DIGITS: Record<QuantityUnit, number> = {
  ratio: 2,
  sd: 2,
  days: 0,
  checkins: 0,
  hours: 1,
  rpe: 1,
  factor: 2,
  score: 0,
  percent: 0,
  years: 1,
  none: 2,
  bpm: 1,
  ln: 2,
  au: 0,
};

/** A number with its unit in the coach's language: "24 h", "−1 SD", "7 check-ins", "× 1,5". */
export function formatQuantity(value: number, unit: QuantityUnit, t: TFunction, language: Language): string {
  const text = formatNumber(value, language, DIGITS[unit]);
  switch (unit) {
    case 'days':
    case 'checkins':
      return t(`readiness:unit_${unit}`, { count: value });
    case 'hours':
    case 'sd':
    case 'rpe':
    case 'factor':
    case 'score':
    case 'bpm':
    case 'au':
    case 'percent':
    case 'years':
      return t(`readiness:unit_${unit}`, { value: text });
    default:
      return text;
  }
}

/** "under 35: × 1, from 35: × 1.25, from 50: × 1.5". */
export function formatAgeBands(bands: readonly AgeBand[], t: TFunction, language: Language): string {
  const sorted = [...bands].sort((a, b) => a.fromAgeYears - b.fromAgeYears);
  return sorted
    .map((band, index) => {
      const factor = formatNumber(band.factor, language, 2);
      const next = sorted[index + 1];
      if (band.fromAgeYears === 0 && next !== undefined)
        return t('readiness:ageBandUnder', { to: next.fromAgeYears, factor });
      return t('readiness:ageBandFrom', { from: band.fromAgeYears, factor });
    })
    .join(', ');
}

/** Units worth naming beside a label; ratios, counts and factors say theirs in the label itself. */
const NAMED_UNITS: readonly ThresholdUnit[] = ['sd', 'days', 'hours', 'rpe', 'score'];

/** "hours", "SD", "RPE 0–10"; null for a unit the label already says. */
export function unitName(unit: ThresholdUnit, t: TFunction): string | null {
  return NAMED_UNITS.includes(unit) ? t(`readiness:unitName_${unit}`) : null;
}

/** The texts key of a threshold's label: `threshold_load_ratioHigh`. */
export function thresholdLabelKey(ref: ThresholdRef): string {
  return `readiness:threshold_${ref.replaceAll('.', '_')}`;
}

export function thresholdLabel(ref: ThresholdRef, t: TFunction): string {
  return t(thresholdLabelKey(ref));
}

/** A threshold's value as the coach reads it, with its unit. */
export function formatThresholdValue(
  ref: ThresholdRef,
  value: ThresholdValue,
  t: TFunction,
  language: Language,
): string {
  if (typeof value === 'object') return formatAgeBands(value, t, language);
  if (typeof value === 'boolean') return t(value ? 'readiness:yes' : 'readiness:no');
  if (ref === AGE_SCALING) return String(value);
  const definition = thresholdDefinition(ref);
  if (typeof value === 'string') {
    return definition.kind === 'severity' ? t(`readiness:severity_${value}_value`) : value;
  }
  return formatQuantity(value, definition.unit, t, language);
}
