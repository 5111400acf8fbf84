import type { Settings } from '@shared/model';

/**
 * The thresholds a coach tunes, as dotted paths into the settings schema. The path type is derived
 * from `Settings`, so a renamed or missing setting is a compile error, not a silent `undefined`.
 */
type LeafPath<T> = {
  [K in keyof T & string]: T[K] extends readonly unknown[]
    ? never
    : T[K] extends object
      ? `${K}.${LeafPath<T[K]>}`
      : K;
}[keyof T & string];

/** A number, string or boolean setting, e.g. `'load.ratioHigh'`. Arrays (age scaling) are excluded. */
export type SettingsLeafPath = LeafPath<Settings>;

/** The threshold groups of the settings page; each is an element id `?section=` scrolls to. */
export const THRESHOLD_SECTION_IDS = [
  'thresholds-load',
  'thresholds-wellness',
  'thresholds-hrv',
  'thresholds-recovery',
  'thresholds-fatigue',
  'thresholds-readiness',
  'thresholds-return',
  'thresholds-planning',
] as const;
export type ThresholdSectionId = (typeof THRESHOLD_SECTION_IDS)[number];

/** How a threshold is entered: a number, an `HH:MM` time, or a red/amber severity. */
export type ThresholdKind = 'number' | 'time' | 'severity';
export type ThresholdUnit =
  'ratio' | 'sd' | 'days' | 'checkins' | 'hours' | 'rpe' | 'factor' | 'score' | 'percent' | 'years' | 'none';

interface ThresholdDefinition {
  path: SettingsLeafPath;
  sectionId: ThresholdSectionId;
  kind: ThresholdKind;
  unit: ThresholdUnit;
}

const number = <Path extends SettingsLeafPath>(
  path: Path,
  sectionId: ThresholdSectionId,
  unit: ThresholdUnit,
) => ({ path, sectionId, kind: 'number', unit }) as const;

/** Every editable threshold, in the order the settings page shows them. */
export const THRESHOLDS = [
  number('load.ratioLow', 'thresholds-load', 'ratio'),
  number('load.ratioHigh', 'thresholds-load', 'ratio'),
  number('load.ratioDanger', 'thresholds-load', 'ratio'),
  number('load.minHistoryDays', 'thresholds-load', 'days'),
  number('load.monotonyFlagAbove', 'thresholds-load', 'none'),
  number('wellness.compositeZAmberAtOrBelow', 'thresholds-wellness', 'sd'),
  number('wellness.compositeZRedAtOrBelow', 'thresholds-wellness', 'sd'),
  number('wellness.itemZAmberAtOrBelow', 'thresholds-wellness', 'sd'),
  number('wellness.baselineWindowDays', 'thresholds-wellness', 'days'),
  number('wellness.baselineMinCheckins', 'thresholds-wellness', 'checkins'),
  number('hrv.normalRangeSdFactor', 'thresholds-hrv', 'sd'),
  number('hrv.restingHrSdFactor', 'thresholds-hrv', 'sd'),
  number('recovery.hardSessionRpeMin', 'thresholds-recovery', 'rpe'),
  number('recovery.hardSessionLoadFactor', 'thresholds-recovery', 'factor'),
  number('recovery.acutePhaseEndHours', 'thresholds-recovery', 'hours'),
  number('recovery.regenerationPhaseEndHours', 'thresholds-recovery', 'hours'),
  number('fatigue.minFlaggedDays', 'thresholds-fatigue', 'checkins'),
  number('fatigue.windowCheckinDays', 'thresholds-fatigue', 'checkins'),
  number('fatigue.compositeZAtOrBelow', 'thresholds-fatigue', 'sd'),
  number('fatigue.itemZAtOrBelow', 'thresholds-fatigue', 'sd'),
  number('readiness.noDataGreyAfterDays', 'thresholds-readiness', 'days'),
  { path: 'readiness.morningTime', sectionId: 'thresholds-readiness', kind: 'time', unit: 'none' },
  {
    path: 'readiness.availabilitySeverity.injured',
    sectionId: 'thresholds-readiness',
    kind: 'severity',
    unit: 'none',
  },
  {
    path: 'readiness.availabilitySeverity.ill',
    sectionId: 'thresholds-readiness',
    kind: 'severity',
    unit: 'none',
  },
  {
    path: 'readiness.availabilitySeverity.unavailable',
    sectionId: 'thresholds-readiness',
    kind: 'severity',
    unit: 'none',
  },
  {
    path: 'readiness.availabilitySeverity.modified',
    sectionId: 'thresholds-readiness',
    kind: 'severity',
    unit: 'none',
  },
  number('returnToTraining.detrainingFlagDays', 'thresholds-return', 'days'),
  number('returnToTraining.breakDays', 'thresholds-return', 'days'),
  number('returnToTraining.returningWindowDays', 'thresholds-return', 'days'),
  number('returnToTraining.firstWeekPercentOfChronic', 'thresholds-return', 'percent'),
  number('returnToTraining.experiencedTrainingAgeYears', 'thresholds-return', 'years'),
  number('returnToTraining.weeklyStepStrengthPercentExperienced', 'thresholds-return', 'percent'),
  number('returnToTraining.weeklyStepEndurancePercentExperienced', 'thresholds-return', 'percent'),
  number('returnToTraining.weeklyStepStrengthPercentNovice', 'thresholds-return', 'percent'),
  number('returnToTraining.weeklyStepEndurancePercentNovice', 'thresholds-return', 'percent'),
  number('returnToTraining.maxHardSessionsFirstWeek', 'thresholds-return', 'none'),
  number('interference.minGapHours', 'thresholds-planning', 'hours'),
  number('interference.strongWarningGapHours', 'thresholds-planning', 'hours'),
  number('interference.focusDilutionPercent', 'thresholds-planning', 'percent'),
  number('load.weeklyRampWarningPercent', 'thresholds-planning', 'percent'),
] as const satisfies readonly ThresholdDefinition[];

export type ThresholdId = (typeof THRESHOLDS)[number]['path'];
export type Threshold = (typeof THRESHOLDS)[number];

/** The age scaling of the recovery phases: a list of bands, edited as rows (product default). */
export const AGE_SCALING = 'recovery.ageScaling';
export type ThresholdRef = ThresholdId | typeof AGE_SCALING;
export type AgeBand = Settings['recovery']['ageScaling'][number];
export type ThresholdValue = number | string | boolean | readonly AgeBand[];

export function thresholdDefinition(id: ThresholdId): Threshold {
  const found = THRESHOLDS.find((threshold) => threshold.path === id);
  if (!found) throw new RangeError(`Unknown threshold ${id}`);
  return found;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The value at a settings path; throws when the settings row lacks it (the schema fills every default). */
export function readSetting(settings: Settings, path: SettingsLeafPath): number | string | boolean {
  let node: unknown = settings;
  for (const key of path.split('.')) node = isRecord(node) ? node[key] : undefined;
  if (typeof node === 'number' || typeof node === 'string' || typeof node === 'boolean') return node;
  throw new RangeError(`No setting at ${path}`);
}

/** A threshold's current value: a leaf setting or the age bands. */
export function readThreshold(settings: Settings, ref: ThresholdRef): ThresholdValue {
  return ref === AGE_SCALING ? settings.recovery.ageScaling : readSetting(settings, ref);
}

/**
 * A copy of `settings` with the value at `path` replaced. The result is not trusted: it is `unknown`
 * until `SettingsSchema` has parsed it.
 */
export function withSetting(
  settings: unknown,
  path: SettingsLeafPath,
  value: number | string | boolean,
): unknown {
  const copy: unknown = structuredClone(settings);
  const keys = path.split('.');
  const last = keys.pop();
  let node: unknown = copy;
  for (const key of keys) node = isRecord(node) ? node[key] : undefined;
  if (!isRecord(node) || last === undefined) throw new RangeError(`No setting at ${path}`);
  node[last] = value;
  return copy;
}
