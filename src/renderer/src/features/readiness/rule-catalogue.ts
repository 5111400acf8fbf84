import type { ReadinessRuleId } from '@shared/metrics';
import type { Settings } from '@shared/model';
import {
  AGE_SCALING,
  readThreshold,
  type ThresholdRef,
  type ThresholdSectionId,
  type ThresholdValue,
} from './thresholds';

/** Where a rule comes from (SCIENCE.md); each has a citation text `source_<id>` in the readiness texts. */
export const SOURCE_IDS = [
  'williams2017',
  'gabbett2016',
  'impellizzeri2021',
  'foster1998',
  'saw2016',
  'plews2012',
  'plews2014',
  'buchheit2014',
  'meeusen2013',
  'mujika2000',
  'robertson2017',
  'recoveryPhases',
  'productRule',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/** What the rule dialog adds about the default (SCIENCE.md: product choices are labelled adjustable). */
export type RuleNote = 'productDefault' | 'ratioCaution' | 'ageScaling';

export interface RuleCatalogueEntry {
  /** The settings this rule compares with, in the order the dialog lists them. */
  thresholds: readonly ThresholdRef[];
  /** The settings page group its thresholds live in (`/settings?section=<id>`). */
  sectionId: ThresholdSectionId;
  sources: readonly SourceId[];
  note: RuleNote | null;
}

const RECOVERY: RuleCatalogueEntry = {
  thresholds: [
    'recovery.hardSessionRpeMin',
    'recovery.hardSessionLoadFactor',
    'recovery.acutePhaseEndHours',
    'recovery.regenerationPhaseEndHours',
    AGE_SCALING,
    'readiness.morningTime',
  ],
  sectionId: 'thresholds-recovery',
  sources: ['recoveryPhases'],
  note: 'ageScaling',
};

const RATIO_SOURCES: readonly SourceId[] = ['williams2017', 'gabbett2016', 'impellizzeri2021'];

/** Every readiness rule: its thresholds, settings group, sources and note. */
export const RULE_CATALOGUE: Readonly<Record<ReadinessRuleId, RuleCatalogueEntry>> = {
  availability: {
    thresholds: [
      'readiness.availabilitySeverity.injured',
      'readiness.availabilitySeverity.ill',
      'readiness.availabilitySeverity.unavailable',
      'readiness.availabilitySeverity.modified',
    ],
    sectionId: 'thresholds-readiness',
    sources: ['productRule'],
    note: 'productDefault',
  },
  'recovery-acute': RECOVERY,
  'recovery-regeneration': RECOVERY,
  'acwr-danger': {
    thresholds: ['load.ratioDanger', 'load.minHistoryDays'],
    sectionId: 'thresholds-load',
    sources: RATIO_SOURCES,
    note: 'ratioCaution',
  },
  'acwr-high': {
    thresholds: ['load.ratioHigh', 'load.ratioDanger'],
    sectionId: 'thresholds-load',
    sources: RATIO_SOURCES,
    note: 'ratioCaution',
  },
  'acwr-low': {
    thresholds: ['load.ratioLow'],
    sectionId: 'thresholds-load',
    sources: RATIO_SOURCES,
    note: 'ratioCaution',
  },
  'insufficient-history': {
    thresholds: ['load.minHistoryDays'],
    sectionId: 'thresholds-load',
    sources: ['williams2017'],
    note: null,
  },
  'wellness-composite': {
    thresholds: ['wellness.compositeZAmberAtOrBelow', 'wellness.compositeZRedAtOrBelow'],
    sectionId: 'thresholds-wellness',
    sources: ['saw2016', 'robertson2017'],
    note: 'productDefault',
  },
  'wellness-item': {
    thresholds: ['wellness.itemZAmberAtOrBelow'],
    sectionId: 'thresholds-wellness',
    sources: ['saw2016', 'robertson2017'],
    note: 'productDefault',
  },
  'combined-signals': {
    thresholds: [
      'wellness.compositeZAmberAtOrBelow',
      'wellness.itemZAmberAtOrBelow',
      'hrv.normalRangeSdFactor',
      'load.ratioDanger',
    ],
    sectionId: 'thresholds-wellness',
    sources: ['meeusen2013', 'robertson2017'],
    note: 'productDefault',
  },
  'no-checkin-today': { thresholds: [], sectionId: 'thresholds-wellness', sources: ['saw2016'], note: null },
  'no-wellness-baseline': {
    thresholds: ['wellness.baselineMinCheckins', 'wellness.baselineWindowDays'],
    sectionId: 'thresholds-wellness',
    sources: ['saw2016'],
    note: null,
  },
  'hrv-below-range': {
    thresholds: ['hrv.normalRangeSdFactor'],
    sectionId: 'thresholds-hrv',
    sources: ['plews2014', 'plews2012', 'buchheit2014'],
    note: null,
  },
  'resting-hr-high': {
    thresholds: ['hrv.restingHrSdFactor'],
    sectionId: 'thresholds-hrv',
    sources: ['buchheit2014'],
    note: null,
  },
  'sustained-fatigue': {
    thresholds: [
      'fatigue.minFlaggedDays',
      'fatigue.windowCheckinDays',
      'fatigue.compositeZAtOrBelow',
      'fatigue.itemZAtOrBelow',
    ],
    sectionId: 'thresholds-fatigue',
    sources: ['meeusen2013'],
    note: 'productDefault',
  },
  'monotony-high': {
    thresholds: ['load.monotonyFlagAbove'],
    sectionId: 'thresholds-load',
    sources: ['foster1998'],
    note: 'productDefault',
  },
  detraining: {
    thresholds: ['returnToTraining.detrainingFlagDays'],
    sectionId: 'thresholds-return',
    sources: ['mujika2000'],
    note: 'productDefault',
  },
  'returning-from-break': {
    thresholds: ['returnToTraining.breakDays', 'returnToTraining.returningWindowDays'],
    sectionId: 'thresholds-return',
    sources: ['mujika2000'],
    note: 'productDefault',
  },
  'no-recent-data': {
    thresholds: ['readiness.noDataGreyAfterDays'],
    sectionId: 'thresholds-readiness',
    sources: ['productRule'],
    note: 'productDefault',
  },
};

/** A rule's thresholds with their current values, in the dialog's order. */
export function ruleThresholds(
  ruleId: ReadinessRuleId,
  settings: Settings,
): { ref: ThresholdRef; value: ThresholdValue }[] {
  return RULE_CATALOGUE[ruleId].thresholds.map((ref) => ({ ref, value: readThreshold(settings, ref) }));
}

/** The route of the settings group a rule's thresholds live in. */
export function settingsLinkFor(ruleId: ReadinessRuleId): string {
  return `/settings?section=${RULE_CATALOGUE[ruleId].sectionId}`;
}
