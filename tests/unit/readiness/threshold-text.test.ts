import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings, type Language } from '@shared/model';
import { initI18n } from '../../../src/renderer/src/i18n';
import { ruleThresholds } from '../../../src/renderer/src/features/readiness/rule-catalogue';
import {
  formatAgeBands,
  formatQuantity,
  formatThresholdValue,
  thresholdLabel,
} from '../../../src/renderer/src/features/readiness/threshold-text';

const translators = {} as Record<Language, TFunction>;

beforeAll(async () => {
  const i18n = await initI18n('en');
  translators.en = i18n.getFixedT('en', 'settings');
  translators.nl = i18n.getFixedT('nl', 'settings');
});

describe('threshold texts', () => {
  it('writes each threshold of a rule with its label and unit', () => {
    const lines = (language: Language) =>
      ruleThresholds('recovery-acute', defaultSettings()).map(
        ({ ref, value }) =>
          `${thresholdLabel(ref, translators[language])}: ${formatThresholdValue(ref, value, translators[language], language)}`,
      );
    expect(lines('en')).toEqual([
      'Hard session: session RPE at or above: RPE 7',
      'Hard session: or load at least the usual session load ×: × 1.5',
      'Acute phase ends after: 24 h',
      'Regeneration phase ends after: 72 h',
      'Phase lengths by age: under 35: × 1, from 35: × 1.25, from 50: × 1.5',
      'Morning decision time (recovery judged at): 08:00',
    ]);
    expect(lines('nl')[4]).toBe(
      'Duur van de fasen naar leeftijd: onder 35: × 1, vanaf 35: × 1,25, vanaf 50: × 1,5',
    );
  });

  it('counts days and check-ins, gives z thresholds in SD, and says severities in words', () => {
    const { en, nl } = translators;
    expect(formatQuantity(1, 'days', en, 'en')).toBe('1 day');
    expect(formatQuantity(14, 'days', nl, 'nl')).toBe('14 dagen');
    expect(formatQuantity(7, 'checkins', nl, 'nl')).toBe('7 welzijnschecks');
    expect(formatQuantity(-1, 'sd', nl, 'nl')).toBe('-1 SD');
    expect(formatThresholdValue('readiness.availabilitySeverity.modified', 'amber', en, 'en')).toBe(
      'caution',
    );
    expect(formatThresholdValue('readiness.availabilitySeverity.ill', 'red', nl, 'nl')).toBe('niet klaar');
    expect(formatThresholdValue('wellness.compositeZAmberAtOrBelow', -1.5, nl, 'nl')).toBe('-1,5 SD');
    expect(formatThresholdValue('fatigue.itemZAtOrBelow', -1.5, en, 'en')).toBe('-1.5 SD');
  });

  it('orders age bands and says a band that does not start at 0 as "from"', () => {
    const bands = [
      { fromAgeYears: 40, factor: 1.2 },
      { fromAgeYears: 18, factor: 1 },
    ];
    expect(formatAgeBands(bands, translators.en, 'en')).toBe('from 18: × 1, from 40: × 1.2');
  });
});
