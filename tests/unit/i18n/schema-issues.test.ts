import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { AthleteSchema, AvailabilityEventSchema, SessionSchema } from '@shared/model';
import { initI18n } from '../../../src/renderer/src/i18n';
import { fieldErrorsOf, saveFailedText } from '../../../src/renderer/src/i18n/schema-issues';

let en: TFunction;
let nl: TFunction;

beforeAll(async () => {
  const i18n = await initI18n('en');
  en = i18n.getFixedT('en');
  nl = i18n.getFixedT('nl');
});

describe('a form says in the coach language why it did not save', () => {
  it('names each over-long or missing field of an athlete, in English and Dutch', () => {
    const draft = { name: '', position: 'x'.repeat(81), sport: '', notes: 'n'.repeat(2001), squadIds: [] };
    const parsed = AthleteSchema.omit({ id: true }).safeParse(draft);
    expect(parsed.success).toBe(false);
    const issues = parsed.success ? [] : parsed.error.issues;
    expect(fieldErrorsOf(issues, en)).toEqual({
      name: 'Required',
      position: 'At most 80 characters',
      notes: 'At most 2000 characters',
    });
    expect(fieldErrorsOf(issues, nl)).toMatchObject({ position: 'Hoogstens 80 tekens', name: 'Verplicht' });
  });

  it('says which dates are accepted, and translates a refinement by its key', () => {
    const session = {
      id: 's',
      athleteId: 'a',
      date: '9999-01-01',
      durationMin: 60,
      sessionRpe: 5,
      stimulus: 'other',
    };
    const badDate = SessionSchema.safeParse(session);
    expect(fieldErrorsOf(badDate.success ? [] : badDate.error.issues, nl)).toEqual({
      date: 'Een datum van 1970-01-01 tot 2099-12-31',
    });
    const event = {
      id: 'e',
      athleteId: 'a',
      kind: 'injured',
      startDate: '2026-03-05',
      endDate: '2026-03-01',
    };
    const backwards = AvailabilityEventSchema.safeParse(event);
    expect(fieldErrorsOf(backwards.success ? [] : backwards.error.issues, nl)).toEqual({
      endDate: 'De einddatum kan niet voor de begindatum liggen',
    });
  });

  it('a failed save says nothing was saved, with the cause', () => {
    expect(saveFailedText(new Error('QuotaExceededError'), en)).toBe('Nothing was saved: QuotaExceededError');
    expect(saveFailedText('disk full', nl)).toBe('Er is niets opgeslagen: disk full');
  });
});
