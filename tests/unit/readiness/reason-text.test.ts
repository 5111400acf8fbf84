import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { READINESS_RULE_IDS, reason, type ReadinessReason } from '@shared/metrics';
import { defaultSettings, type Language } from '@shared/model';
import { initI18n } from '../../../src/renderer/src/i18n';
import {
  describeMeasurement,
  describeReason,
  formatWeekdayTime,
  ruleName,
} from '../../../src/renderer/src/features/readiness/reason-text';
import { REASON_SAMPLES, RECOVERY_PARAMS } from './reason-samples';

const translators = {} as Record<Language, TFunction>;

beforeAll(async () => {
  // The app's own set-up: every namespace, interpolation as in the renderer.
  const i18n = await initI18n('en');
  translators.en = i18n.getFixedT('en', 'readiness');
  translators.nl = i18n.getFixedT('nl', 'readiness');
});

const settings = defaultSettings();
const LANGUAGES: readonly Language[] = ['en', 'nl'];

describe('describeReason', () => {
  it('has a sample for every rule', () => {
    expect(Object.keys(REASON_SAMPLES).sort()).toEqual([...READINESS_RULE_IDS].sort());
  });

  describe.each(LANGUAGES)('in %s', (language) => {
    it.each(READINESS_RULE_IDS)('says %s in words with its values', (ruleId) => {
      const sample = REASON_SAMPLES[ruleId];
      const text = describeReason(sample.reason, translators[language], language, settings);
      expect(text).toBe(sample[language]);
      expect(text).not.toMatch(/\{\{|readiness:|common:|rule_|undefined|NaN/);
      for (const value of sample.values[language]) expect(text).toContain(value);
    });

    it.each(READINESS_RULE_IDS)('names %s', (ruleId) => {
      const name = ruleName(ruleId, translators[language]);
      expect(name).not.toContain('name_');
      expect(name.length).toBeGreaterThan(3);
    });
  });

  const describeIn = (item: ReadinessReason, language: Language, withSettings = true) =>
    describeReason(item, translators[language], language, withSettings ? settings : undefined);

  it('says an open-ended availability note has no end date', () => {
    const item = reason('availability', 'red', null, null, { kind: 'injured', startDate: '2025-03-03' });
    expect(describeIn(item, 'en')).toBe('Injured since 3 Mar, no end date');
    expect(describeIn(item, 'nl')).toBe('Geblesseerd sinds 3 mrt, geen einddatum');
  });

  it('adds the age factor to a recovery phase when it is not 1', () => {
    const item = reason('recovery-acute', 'info', 18.2, 24, { ...RECOVERY_PARAMS, ageFactor: 1.25 });
    expect(describeIn(item, 'en')).toBe(
      'Hard session (Strength) 18 h ago — strength in the acute phase, hard strength work from Fri 19:30 (phases × 1.25 for age)',
    );
    expect(describeIn(item, 'nl')).toContain('(fasen × 1,25 vanwege leeftijd)');
  });

  it('gives hours below 10 to a tenth', () => {
    const item = { ...REASON_SAMPLES['recovery-acute'].reason, value: 4.5 };
    expect(describeIn(item, 'nl')).toContain('4,5 uur geleden');
  });

  it('says sustained fatigue with the window the reason carries, with or without settings', () => {
    const item = reason('sustained-fatigue', 'amber', 5, 5, { windowCheckinDays: 10 });
    expect(describeIn(item, 'en', false)).toBe('Sustained fatigue: 5 of the last 10 check-ins flagged');
    expect(describeIn(item, 'en')).toBe('Sustained fatigue: 5 of the last 10 check-ins flagged');
  });

  it('says a gap in sessions, ongoing or ended, and an absence still going on', () => {
    const gap = reason('returning-from-break', 'amber', 16, 14, {
      kind: 'gap',
      stage: 'ramp',
      breakStartDate: '2025-02-24',
      breakEndDate: '2025-03-11',
      preBreakChronicWeeklyLoadAu: 2100,
    });
    expect(describeIn(gap, 'en')).toBe('Returning from a 16-day break (no sessions 24 Feb – 11 Mar)');
    expect(describeIn(gap, 'nl')).toBe('Terug na 16 dagen pauze (geen trainingen van 24 feb t/m 11 mrt)');
    const { breakEndDate: _ended, ...open } = gap.params;
    const ongoing = reason('returning-from-break', 'info', 16, 14, { ...open, stage: 'ongoing' });
    expect(describeIn(ongoing, 'en')).toBe(
      'No sessions for 16 days (no sessions since 24 Feb): plan a return ramp',
    );
    expect(describeIn(ongoing, 'nl')).toBe(
      'Al 16 dagen geen training (geen trainingen sinds 24 feb): plan een opbouw',
    );
    const absent = reason('returning-from-break', 'amber', 16, 14, { ...open, kind: 'availability' });
    expect(describeIn(absent, 'nl')).toBe('Terug na 16 dagen pauze (afwezig sinds 24 feb)');
    const ill = reason('returning-from-break', 'amber', 16, 14, {
      ...gap.params,
      kind: 'availability',
      availabilityKind: 'ill',
    });
    expect(describeIn(ill, 'en')).toBe('Returning from a 16-day break (ill until 11 Mar)');
  });

  it('says a return whose load is back at its pre-break level as done, not as a return under way', () => {
    const complete = reason('returning-from-break', 'info', 16, 14, {
      kind: 'gap',
      stage: 'complete',
      breakStartDate: '2025-02-24',
      breakEndDate: '2025-03-11',
      preBreakChronicWeeklyLoadAu: 2100,
    });
    expect(describeIn(complete, 'en')).toBe(
      'Back at the pre-break load after a 16-day break (no sessions 24 Feb – 11 Mar)',
    );
    expect(describeIn(complete, 'nl')).toBe(
      'Na 16 dagen pauze weer op de belasting van ervoor (geen trainingen van 24 feb t/m 11 mrt)',
    );
  });

  it('counts one day in the singular and says when nothing was ever recorded', () => {
    expect(describeIn(reason('no-recent-data', 'grey', 1, 1, {}), 'en')).toBe(
      'No check-in or session for 1 day',
    );
    expect(describeIn(reason('no-recent-data', 'grey', 1, 1, {}), 'nl')).toBe(
      'Al 1 dag geen welzijnscheck of training',
    );
    expect(describeIn(reason('no-recent-data', 'grey', null, 3, {}), 'en')).toBe(
      'No check-in or session recorded yet',
    );
    expect(describeIn(reason('insufficient-history', 'info', 1, 28, {}), 'nl')).toBe(
      'Pas 1 dag belastingshistorie — de ratio heeft er 28 nodig',
    );
  });

  it('says a recovery note by its class and when hard work of that class is fine, whether or not a next phase is known', () => {
    const { nextPhaseDate: _date, nextPhaseTime: _time, ...withoutNext } = RECOVERY_PARAMS;
    const item = reason('recovery-regeneration', 'info', 40, 72, {
      ...withoutNext,
      recoveryClass: 'endurance',
    });
    expect(describeIn(item, 'en')).toBe(
      'Hard session (Strength) 40 h ago — endurance in regeneration, hard endurance work from Fri 19:30',
    );
    expect(describeIn(item, 'nl')).toBe(
      'Zware training (Kracht) 40 uur geleden — duur in regeneratie, zwaar duurwerk vanaf vr 19:30',
    );
  });
});

describe('describeMeasurement and formatWeekdayTime', () => {
  it('gives the measured value and its threshold with units', () => {
    const acute = REASON_SAMPLES['recovery-acute'].reason;
    expect(describeMeasurement(acute, translators.en, 'en')).toBe('Measured 18.2 h, compared with 24 h');
    expect(describeMeasurement(acute, translators.nl, 'nl')).toBe('Gemeten 18,2 uur, vergeleken met 24 uur');
    const composite = REASON_SAMPLES['wellness-composite'].reason;
    expect(describeMeasurement(composite, translators.en, 'en')).toBe(
      'Measured -2.34 SD, compared with -2 SD',
    );
    expect(describeMeasurement(REASON_SAMPLES['no-checkin-today'].reason, translators.en, 'en')).toBeNull();
  });

  it('names the weekday in the coach’s language', () => {
    expect(formatWeekdayTime('2025-03-09', '07:15', 'en')).toBe('Sun 07:15');
    expect(formatWeekdayTime('2025-03-09', '07:15', 'nl')).toBe('zo 07:15');
  });
});
