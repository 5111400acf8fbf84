import { SettingsSchema, type Language, type Settings } from '@shared/model';
import { parseTypedNumber } from '../../i18n/format';
import {
  THRESHOLDS,
  readSetting,
  withSetting,
  type AgeBand,
  type Threshold,
  type ThresholdId,
} from '../readiness/thresholds';

/**
 * The thresholds form as the coach types it (text, so "1,3" and "1.3" both work), and its way back
 * into a settings row: parsed, checked for order, then validated by `SettingsSchema` before anything
 * can be saved.
 */

export interface AgeBandDraft {
  fromAgeYears: string;
  factor: string;
}

export interface ThresholdForm {
  /** Numbers as typed, times `HH:MM`, booleans 'true'/'false', severities 'red'/'amber'. */
  values: Record<ThresholdId, string>;
  ageBands: AgeBandDraft[];
}

/** A problem the form found itself (shown translated) or the schema's message (shown as is). */
export type FieldError = { code: 'required' | 'notANumber' | 'order' } | { code: 'schema'; message: string };

export interface ThresholdFormErrors {
  fields: Partial<Record<ThresholdId, FieldError>>;
  /** Per age band row; key −1 = the list as a whole. */
  ageBands: Partial<Record<number, FieldError>>;
  /** Schema messages for settings the form does not show. */
  other: string[];
}

export type ThresholdFormResult =
  { isValid: true; settings: Settings } | { isValid: false; errors: ThresholdFormErrors };

/** A number as a coach of `language` writes it: "1,3" in Dutch. */
function numberText(value: number, language: Language): string {
  const text = String(value);
  return language === 'nl' ? text.replace('.', ',') : text;
}

function valueText(value: number | string | boolean, language: Language): string {
  return typeof value === 'number' ? numberText(value, language) : String(value);
}

/** The form filled from a settings row. */
export function thresholdFormOf(settings: Settings, language: Language): ThresholdForm {
  const entries = THRESHOLDS.map((threshold) => [
    threshold.path,
    valueText(readSetting(settings, threshold.path), language),
  ]);
  return {
    values: Object.fromEntries(entries) as Record<ThresholdId, string>,
    ageBands: settings.recovery.ageScaling.map((band) => ({
      fromAgeYears: numberText(band.fromAgeYears, language),
      factor: numberText(band.factor, language),
    })),
  };
}

type Parsed<T> = { value: T } | { error: FieldError };

function parseNumber(text: string): Parsed<number> {
  const value = parseTypedNumber(text);
  if (value === null) return { error: { code: 'required' } };
  if (Number.isNaN(value)) return { error: { code: 'notANumber' } };
  return { value };
}

function parseField(threshold: Threshold, text: string): Parsed<number | string> {
  switch (threshold.kind) {
    case 'number':
      return parseNumber(text);
    default:
      return text.trim() === '' ? { error: { code: 'required' } } : { value: text.trim() };
  }
}

function parseAgeBands(drafts: readonly AgeBandDraft[], errors: ThresholdFormErrors): AgeBand[] {
  return drafts.map((draft, index) => {
    const from = parseNumber(draft.fromAgeYears);
    const factor = parseNumber(draft.factor);
    if ('error' in from) errors.ageBands[index] = from.error;
    else if ('error' in factor) errors.ageBands[index] = factor.error;
    return { fromAgeYears: 'value' in from ? from.value : 0, factor: 'value' in factor ? factor.value : 0 };
  });
}

/** Orders the schema cannot see: low < high ≤ danger ratio, red z ≤ amber z, flagged ≤ window. */
const ORDER_RULES: readonly { below: ThresholdId; above: ThresholdId; isStrict: boolean }[] = [
  { below: 'load.ratioLow', above: 'load.ratioHigh', isStrict: true },
  { below: 'load.ratioHigh', above: 'load.ratioDanger', isStrict: false },
  { below: 'wellness.compositeZRedAtOrBelow', above: 'wellness.compositeZAmberAtOrBelow', isStrict: false },
  { below: 'fatigue.minFlaggedDays', above: 'fatigue.windowCheckinDays', isStrict: false },
];

function checkOrder(settings: Settings, errors: ThresholdFormErrors): void {
  for (const { below, above, isStrict } of ORDER_RULES) {
    const low = readSetting(settings, below);
    const high = readSetting(settings, above);
    if (typeof low === 'number' && typeof high === 'number' && (isStrict ? low >= high : low > high)) {
      errors.fields[above] = { code: 'order' };
    }
  }
}

function schemaErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  errors: ThresholdFormErrors,
) {
  const ids: readonly string[] = THRESHOLDS.map((threshold) => threshold.path);
  for (const issue of issues) {
    const path = issue.path.map(String);
    const dotted = path.join('.');
    const error: FieldError = { code: 'schema', message: issue.message };
    if (ids.includes(dotted)) errors.fields[dotted as ThresholdId] = error;
    else if (dotted.startsWith('recovery.ageScaling'))
      errors.ageBands[path[2] === undefined ? -1 : Number(path[2])] = error;
    else errors.other.push(`${dotted}: ${issue.message}`);
  }
}

const hasErrors = (errors: ThresholdFormErrors) =>
  Object.keys(errors.fields).length > 0 || Object.keys(errors.ageBands).length > 0 || errors.other.length > 0;

/** The settings row with the form's thresholds in it, or why it cannot be saved. Other settings are kept. */
export function applyThresholdForm(settings: Settings, form: ThresholdForm): ThresholdFormResult {
  const errors: ThresholdFormErrors = { fields: {}, ageBands: {}, other: [] };
  const ageScaling = parseAgeBands(form.ageBands, errors);
  let candidate: unknown = { ...settings, recovery: { ...settings.recovery, ageScaling } };
  for (const threshold of THRESHOLDS) {
    const parsed = parseField(threshold, form.values[threshold.path]);
    if ('error' in parsed) errors.fields[threshold.path] = parsed.error;
    else candidate = withSetting(candidate, threshold.path, parsed.value);
  }
  if (hasErrors(errors)) return { isValid: false, errors };
  const result = SettingsSchema.safeParse(candidate);
  if (!result.success) {
    schemaErrors(result.error.issues, errors);
    return { isValid: false, errors };
  }
  checkOrder(result.data, errors);
  return hasErrors(errors) ? { isValid: false, errors } : { isValid: true, settings: result.data };
}
