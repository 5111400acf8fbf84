import type { PlanRule } from '@shared/planning/plan-warnings';
import type { ThresholdId, ThresholdSectionId } from '../readiness/thresholds';

/** What the rule dialog shows of each plan check: its thresholds, where to change them, its source. */
export interface PlanRuleEntry {
  thresholds: readonly ThresholdId[];
  sectionId: ThresholdSectionId;
  /** Whether the value is a product default rather than a published constant (SCIENCE.md). */
  isProductDefault: boolean;
}

export const PLAN_RULE_CATALOGUE: Readonly<Record<PlanRule, PlanRuleEntry>> = {
  'interference-gap': {
    thresholds: ['interference.minGapHours', 'interference.strongWarningGapHours'],
    sectionId: 'thresholds-planning',
    isProductDefault: false,
  },
  'endurance-before-strength': { thresholds: [], sectionId: 'thresholds-planning', isProductDefault: false },
  'focus-diluted': {
    thresholds: ['interference.focusDilutionPercent'],
    sectionId: 'thresholds-planning',
    isProductDefault: true,
  },
  'weekly-ramp': {
    thresholds: ['load.weeklyRampWarningPercent'],
    sectionId: 'thresholds-planning',
    isProductDefault: false,
  },
  'hard-in-acute-phase': {
    thresholds: [
      'recovery.hardSessionRpeMin',
      'recovery.hardSessionLoadFactor',
      'recovery.acutePhaseEndHours',
    ],
    sectionId: 'thresholds-recovery',
    isProductDefault: true,
  },
  'projected-ratio': {
    thresholds: ['load.ratioDanger', 'load.minHistoryDays'],
    sectionId: 'thresholds-load',
    isProductDefault: false,
  },
  'projected-ratio-low': {
    thresholds: ['load.ratioLow', 'load.minHistoryDays'],
    sectionId: 'thresholds-load',
    isProductDefault: false,
  },
};
