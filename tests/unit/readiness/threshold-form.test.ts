import { describe, expect, it } from 'vitest';
import { defaultSettings, SettingsSchema } from '@shared/model';
import {
  applyThresholdForm,
  thresholdFormOf,
  type ThresholdForm,
} from '../../../src/renderer/src/features/settings/threshold-form';

const defaults = defaultSettings();

function edited(form: ThresholdForm, changes: Partial<ThresholdForm['values']>): ThresholdForm {
  return { ...form, values: { ...form.values, ...changes } };
}

describe('thresholds form', () => {
  it('writes numbers the way the coach reads them', () => {
    expect(thresholdFormOf(defaults, 'nl').values['load.ratioHigh']).toBe('1,3');
    expect(thresholdFormOf(defaults, 'en').values['load.ratioHigh']).toBe('1.3');
    expect(thresholdFormOf(defaults, 'en').values['readiness.morningTime']).toBe('08:00');
    expect(thresholdFormOf(defaults, 'nl').values['wellness.compositeZAmberAtOrBelow']).toBe('-1,5');
    expect(thresholdFormOf(defaults, 'en').values['fatigue.itemZAtOrBelow']).toBe('-1.5');
    expect(thresholdFormOf(defaults, 'nl').ageBands[1]).toEqual({ fromAgeYears: '35', factor: '1,25' });
  });

  it('gives the same settings back when nothing was changed', () => {
    const result = applyThresholdForm(defaults, thresholdFormOf(defaults, 'nl'));
    expect(result).toEqual({ isValid: true, settings: defaults });
  });

  it('reads a Dutch decimal comma and keeps settings the form does not show', () => {
    const settings = { ...defaults, language: 'nl' as const };
    const form = edited(thresholdFormOf(settings, 'nl'), {
      'load.ratioHigh': '1,25',
      'readiness.morningTime': '07:30',
      'wellness.itemZAmberAtOrBelow': '-2,5',
      'fatigue.itemZAtOrBelow': '-1,25',
      'readiness.availabilitySeverity.ill': 'amber',
    });
    form.ageBands = [...form.ageBands.slice(0, 2), { fromAgeYears: '55', factor: '1,6' }];
    const result = applyThresholdForm(settings, form);
    if (!result.isValid) throw new Error(JSON.stringify(result.errors));
    expect(result.settings.load.ratioHigh).toBe(1.25);
    expect(result.settings.readiness.morningTime).toBe('07:30');
    expect(result.settings.wellness.itemZAmberAtOrBelow).toBe(-2.5);
    expect(result.settings.fatigue.itemZAtOrBelow).toBe(-1.25);
    expect(result.settings.readiness.availabilitySeverity.ill).toBe('amber');
    expect(result.settings.recovery.ageScaling[2]).toEqual({ fromAgeYears: 55, factor: 1.6 });
    expect(result.settings.language).toBe('nl');
    expect(result.settings.load.ewmaAcuteSpanDays).toBe(7);
    expect(SettingsSchema.safeParse(result.settings).success).toBe(true);
  });

  it('refuses empty cells and text that is not a number', () => {
    const result = applyThresholdForm(
      defaults,
      edited(thresholdFormOf(defaults, 'en'), {
        'load.ratioLow': '',
        'wellness.compositeZRedAtOrBelow': 'low',
      }),
    );
    expect(result.isValid).toBe(false);
    if (result.isValid) return;
    expect(result.errors.fields['load.ratioLow']).toEqual({ code: 'required' });
    expect(result.errors.fields['wellness.compositeZRedAtOrBelow']).toEqual({ code: 'notANumber' });
  });

  it('shows the schema’s message on the field it is about', () => {
    const form = edited(thresholdFormOf(defaults, 'en'), {
      'wellness.compositeZAmberAtOrBelow': '0.5',
      'recovery.regenerationPhaseEndHours': '12',
      'readiness.morningTime': '25:00',
      'load.minHistoryDays': '2.5',
    });
    const result = applyThresholdForm(defaults, form);
    if (result.isValid) throw new Error('accepted an invalid row');
    expect(Object.keys(result.errors.fields).sort()).toEqual([
      'load.minHistoryDays',
      'readiness.morningTime',
      'recovery.regenerationPhaseEndHours',
      'wellness.compositeZAmberAtOrBelow',
    ]);
    expect(result.errors.fields['recovery.regenerationPhaseEndHours']).toEqual({
      code: 'schema',
      message: 'The acute phase must end before the regeneration phase',
    });
    expect(result.errors.fields['wellness.compositeZAmberAtOrBelow']?.code).toBe('schema');
  });

  it('refuses a bad age band row and an empty list of bands', () => {
    const form = thresholdFormOf(defaults, 'en');
    const badRow = applyThresholdForm(defaults, { ...form, ageBands: [{ fromAgeYears: '0', factor: '-1' }] });
    if (badRow.isValid) throw new Error('accepted a negative factor');
    expect(badRow.errors.ageBands[0]?.code).toBe('schema');
    const none = applyThresholdForm(defaults, { ...form, ageBands: [] });
    if (none.isValid) throw new Error('accepted no bands');
    expect(none.errors.ageBands[-1]?.code).toBe('schema');
    const typo = applyThresholdForm(defaults, { ...form, ageBands: [{ fromAgeYears: 'x', factor: '1' }] });
    if (typo.isValid) throw new Error('accepted text as an age');
    expect(typo.errors.ageBands[0]).toEqual({ code: 'notANumber' });
  });

  it('refuses limits out of order: high ratio above danger, red z above amber, more flagged days than the window', () => {
    const form = edited(thresholdFormOf(defaults, 'en'), {
      'load.ratioHigh': '1.6',
      'wellness.compositeZRedAtOrBelow': '-0.5',
      'fatigue.minFlaggedDays': '9',
    });
    const result = applyThresholdForm(defaults, form);
    if (result.isValid) throw new Error('accepted limits out of order');
    expect(result.errors.fields).toEqual({
      'load.ratioDanger': { code: 'order' },
      'wellness.compositeZAmberAtOrBelow': { code: 'order' },
      'fatigue.windowCheckinDays': { code: 'order' },
    });
  });
});
