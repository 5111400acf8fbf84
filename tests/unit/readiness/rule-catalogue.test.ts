import { describe, expect, it } from 'vitest';
import { READINESS_RULE_IDS } from '@shared/metrics';
import { defaultSettings } from '@shared/model';
import {
  RULE_CATALOGUE,
  SOURCE_IDS,
  ruleThresholds,
  settingsLinkFor,
} from '../../../src/renderer/src/features/readiness/rule-catalogue';
import {
  AGE_SCALING,
  THRESHOLDS,
  THRESHOLD_SECTION_IDS,
  readSetting,
  readThreshold,
  withSetting,
  type ThresholdRef,
  type ThresholdValue,
} from '../../../src/renderer/src/features/readiness/thresholds';
import { readinessTexts } from '../../../src/renderer/src/features/readiness/texts';

/** The defaults SCIENCE.md states, written out here so a changed default or a wrong path fails. */
const SCIENCE_DEFAULTS: Record<ThresholdRef, ThresholdValue> = {
  'load.ratioLow': 0.8,
  'load.ratioHigh': 1.3,
  'load.ratioDanger': 1.5,
  'load.minHistoryDays': 28,
  'load.monotonyFlagAbove': 2,
  'wellness.compositeZAmberAtOrBelow': -1.5,
  'wellness.compositeZRedAtOrBelow': -2,
  'wellness.itemZAmberAtOrBelow': -2,
  'wellness.baselineWindowDays': 28,
  'wellness.baselineMinCheckins': 7,
  'hrv.normalRangeSdFactor': 0.5,
  'hrv.restingHrSdFactor': 1,
  'recovery.hardSessionRpeMin': 7,
  'recovery.hardSessionLoadFactor': 1.5,
  'recovery.acutePhaseEndHours': 24,
  'recovery.regenerationPhaseEndHours': 72,
  'fatigue.minFlaggedDays': 5,
  'fatigue.windowCheckinDays': 7,
  'fatigue.compositeZAtOrBelow': -1,
  'fatigue.itemZAtOrBelow': -1.5,
  'readiness.noDataGreyAfterDays': 3,
  'readiness.morningTime': '08:00',
  'readiness.availabilitySeverity.injured': 'red',
  'readiness.availabilitySeverity.ill': 'red',
  'readiness.availabilitySeverity.unavailable': 'red',
  'readiness.availabilitySeverity.modified': 'amber',
  'returnToTraining.detrainingFlagDays': 14,
  'returnToTraining.breakDays': 14,
  'returnToTraining.returningWindowDays': 28,
  'returnToTraining.firstWeekPercentOfChronic': 50,
  'returnToTraining.experiencedTrainingAgeYears': 2,
  'returnToTraining.weeklyStepStrengthPercentExperienced': 20,
  'returnToTraining.weeklyStepEndurancePercentExperienced': 10,
  'returnToTraining.weeklyStepStrengthPercentNovice': 10,
  'returnToTraining.weeklyStepEndurancePercentNovice': 5,
  'returnToTraining.maxHardSessionsFirstWeek': 1,
  'interference.minGapHours': 6,
  'interference.strongWarningGapHours': 3,
  'interference.focusDilutionPercent': 30,
  'load.weeklyRampWarningPercent': 30,
  [AGE_SCALING]: [
    { fromAgeYears: 0, factor: 1 },
    { fromAgeYears: 35, factor: 1.25 },
    { fromAgeYears: 50, factor: 1.5 },
  ],
};

const en: Record<string, string> = readinessTexts.en;

describe('rule catalogue', () => {
  it('covers every rule id and nothing else', () => {
    expect(Object.keys(RULE_CATALOGUE).sort()).toEqual([...READINESS_RULE_IDS].sort());
  });

  it.each(READINESS_RULE_IDS)('reads the SCIENCE.md defaults of %s from default settings', (ruleId) => {
    for (const { ref, value } of ruleThresholds(ruleId, defaultSettings())) {
      expect(value, ref).toEqual(SCIENCE_DEFAULTS[ref]);
    }
  });

  it('gives the thresholds named in the readiness rules', () => {
    const refs = (ruleId: keyof typeof RULE_CATALOGUE) => RULE_CATALOGUE[ruleId].thresholds;
    expect(refs('acwr-high')).toContain('load.ratioHigh');
    expect(refs('acwr-danger')).toContain('load.ratioDanger');
    expect(refs('acwr-low')).toEqual(['load.ratioLow']);
    expect(refs('wellness-composite')).toEqual([
      'wellness.compositeZAmberAtOrBelow',
      'wellness.compositeZRedAtOrBelow',
    ]);
    expect(refs('wellness-item')).toEqual(['wellness.itemZAmberAtOrBelow']);
    expect(refs('sustained-fatigue')).toEqual(expect.arrayContaining(['fatigue.itemZAtOrBelow']));
    // Two sources agreeing: each source's amber threshold is listed.
    expect(refs('combined-signals')).toEqual(
      expect.arrayContaining([
        'wellness.compositeZAmberAtOrBelow',
        'hrv.normalRangeSdFactor',
        'load.ratioDanger',
      ]),
    );
    expect(refs('recovery-acute')).toEqual(
      expect.arrayContaining([
        'recovery.acutePhaseEndHours',
        'recovery.regenerationPhaseEndHours',
        'recovery.hardSessionRpeMin',
        AGE_SCALING,
      ]),
    );
    expect(refs('no-recent-data')).toEqual(['readiness.noDataGreyAfterDays']);
  });

  it('links every rule to a settings group that exists, and to a sources text', () => {
    for (const ruleId of READINESS_RULE_IDS) {
      const entry = RULE_CATALOGUE[ruleId];
      expect(THRESHOLD_SECTION_IDS).toContain(entry.sectionId);
      expect(entry.sources.length).toBeGreaterThan(0);
      for (const source of entry.sources) expect(en[`source_${source}`]).toBeTruthy();
      if (entry.note) expect(en[`note_${entry.note}`]).toBeTruthy();
      expect(en[`definition_${ruleId}`]).toBeTruthy();
    }
    expect(settingsLinkFor('acwr-high')).toBe('/settings?section=thresholds-load');
    expect(settingsLinkFor('recovery-regeneration')).toBe('/settings?section=thresholds-recovery');
    expect(SOURCE_IDS.every((source) => en[`source_${source}`])).toBe(true);
  });

  it('only uses thresholds the settings page can edit, each with a label', () => {
    const editable: readonly string[] = THRESHOLDS.map((threshold) => threshold.path);
    for (const ruleId of READINESS_RULE_IDS) {
      for (const ref of RULE_CATALOGUE[ruleId].thresholds) {
        if (ref !== AGE_SCALING) expect(editable).toContain(ref);
        expect(en[`threshold_${ref.replaceAll('.', '_')}`], ref).toBeTruthy();
      }
    }
  });
});

describe('threshold paths', () => {
  it('reads and writes every editable threshold at its path', () => {
    const settings = defaultSettings();
    for (const { path } of THRESHOLDS) {
      expect(readThreshold(settings, path)).toEqual(SCIENCE_DEFAULTS[path]);
      const changed = withSetting(settings, path, 'changed') as typeof settings;
      expect(readSetting(changed, path)).toBe('changed');
    }
    // withSetting copies: the original is untouched.
    expect(settings.load.ratioHigh).toBe(1.3);
  });

  it('refuses a path the settings row lacks', () => {
    const broken = { ...defaultSettings(), load: undefined } as unknown as ReturnType<typeof defaultSettings>;
    expect(() => readSetting(broken, 'load.ratioHigh')).toThrow(RangeError);
  });
});
