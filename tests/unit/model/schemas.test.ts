import { describe, expect, it } from 'vitest';
import {
  AthleteSchema,
  AvailabilityEventSchema,
  BlockSchema,
  PlannedSessionSchema,
  SessionSchema,
  SettingsSchema,
  WellnessEntrySchema,
  defaultSettings,
} from '@shared/model';

const session = { id: 's1', athleteId: 'a1', date: '2025-03-30', durationMin: 60, sessionRpe: 7 };
const checkin = { id: 'w1', athleteId: 'a1', date: '2025-03-30' };

describe('SessionSchema', () => {
  it('fills the defaults and keeps the values', () => {
    expect(SessionSchema.parse(session)).toEqual({
      ...session,
      stimulus: 'other',
      notes: '',
      source: 'manual',
    });
  });

  it.each([
    ['RPE 11', { sessionRpe: 11 }, 'RPE must be between 0 and 10'],
    ['RPE -1', { sessionRpe: -1 }, 'RPE must be between 0 and 10'],
    ['duration 0', { durationMin: 0 }, 'Duration must be more than 0 min'],
    ['duration 601', { durationMin: 601 }, 'Duration must be at most 600 min'],
    ['30 February', { date: '2025-02-30' }, 'Expected a date as YYYY-MM-DD'],
    ['day-first date', { date: '30-03-2025' }, 'Expected a date as YYYY-MM-DD'],
    ['24:00', { startTime: '24:00' }, 'Expected a time as HH:MM (24 h)'],
    ['unknown stimulus', { stimulus: 'yoga' }, 'Invalid option'],
  ])('refuses %s', (_name, change, message) => {
    const result = SessionSchema.safeParse({ ...session, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });

  it('accepts RPE 0, a decimal RPE and a 23:59 start', () => {
    expect(SessionSchema.safeParse({ ...session, sessionRpe: 0 }).success).toBe(true);
    expect(SessionSchema.safeParse({ ...session, sessionRpe: 6.5, startTime: '23:59' }).success).toBe(true);
  });
});

describe('WellnessEntrySchema', () => {
  it.each([
    ['fatigue 0', { fatigue: 0 }],
    ['mood 6', { mood: 6 }],
    ['soreness 2.5', { soreness: 2.5 }],
    ['sleep 25 h', { sleepHours: 25 }],
    ['HRV 0 ms', { hrvRmssdMs: 0 }],
    ['resting HR 20', { restingHrBpm: 20 }],
    ['no value at all', {}],
  ])('refuses %s', (_name, change) => {
    expect(WellnessEntrySchema.safeParse({ ...checkin, ...change }).success).toBe(false);
  });

  it('accepts a check-in with only one value', () => {
    expect(WellnessEntrySchema.safeParse({ ...checkin, hrvRmssdMs: 62.4 }).success).toBe(true);
  });
});

describe('roster and plan schemas', () => {
  it('needs a name and trims it', () => {
    expect(AthleteSchema.safeParse({ id: 'a', name: '   ' }).success).toBe(false);
    expect(AthleteSchema.parse({ id: 'a', name: ' Eva ' })).toMatchObject({
      name: 'Eva',
      squadIds: [],
      isArchived: false,
    });
  });

  it('refuses ranges that end before they start', () => {
    expect(
      AvailabilityEventSchema.safeParse({
        id: 'e',
        athleteId: 'a',
        kind: 'injured',
        startDate: '2025-03-10',
        endDate: '2025-03-09',
      }).success,
    ).toBe(false);
    expect(
      BlockSchema.safeParse({
        id: 'b',
        seasonId: 's',
        name: 'Base',
        startDate: '2025-03-10',
        endDate: '2025-03-01',
        focus: 'strength',
      }).success,
    ).toBe(false);
  });

  it('puts a planned session in a block or a squad', () => {
    const planned = {
      id: 'p',
      date: '2025-03-10',
      startTime: '09:00',
      stimulus: 'strength',
      durationMin: 60,
      targetRpe: 7,
      title: 'Gym',
    };
    expect(PlannedSessionSchema.safeParse(planned).success).toBe(false);
    expect(PlannedSessionSchema.safeParse({ ...planned, squadId: 'sq' }).success).toBe(true);
  });
});

describe('SettingsSchema', () => {
  it('holds the defaults of SCIENCE.md', () => {
    const settings = defaultSettings();
    expect(settings.load).toMatchObject({
      acuteWindowDays: 7,
      chronicWindowDays: 28,
      uncoupledChronicFromDaysAgo: 27,
      uncoupledChronicToDaysAgo: 7,
      ewmaAcuteSpanDays: 7,
      ewmaChronicSpanDays: 28,
      ratioLow: 0.8,
      ratioHigh: 1.3,
      ratioDanger: 1.5,
      monotonyFlagAbove: 2,
      ctlTimeConstantDays: 42,
      atlTimeConstantDays: 7,
      weeklyRampWarningPercent: 30,
    });
    expect(settings.wellness).toEqual({
      baselineWindowDays: 28,
      baselineMinCheckins: 7,
      compositeZAmberAtOrBelow: -1.5,
      compositeZRedAtOrBelow: -2,
      itemZAmberAtOrBelow: -2,
    });
    expect(settings.hrv).toMatchObject({
      rollingMinReadings: 3,
      normalRangeWindowDays: 60,
      normalRangeMinReadings: 14,
      normalRangeSdFactor: 0.5,
    });
    expect(settings.recovery).toMatchObject({
      hardSessionRpeMin: 7,
      hardSessionLoadFactor: 1.5,
      assumedSessionEndTime: '18:00',
    });
    // Stimulus → recovery classes loaded (SCIENCE.md, "Recovery phases, per stimulus class").
    expect(settings.recovery.stimulusClasses).toEqual({
      strength: ['strength'],
      endurance: ['endurance'],
      hiit: ['endurance'],
      mixed: ['strength', 'endurance'],
      skill: ['strength', 'endurance'],
      recovery: [],
      match: ['strength', 'endurance'],
      other: ['strength', 'endurance'],
    });
    expect(settings.recovery.ageScaling).toEqual([
      { fromAgeYears: 0, factor: 1 },
      { fromAgeYears: 35, factor: 1.25 },
      { fromAgeYears: 50, factor: 1.5 },
    ]);
    expect(settings.interference).toEqual({
      minGapHours: 6,
      strongWarningGapHours: 3,
      focusDilutionPercent: 30,
      strengthStimuli: ['strength'],
      enduranceStimuli: ['endurance', 'hiit'],
    });
    expect(settings.fatigue).toEqual({
      windowCheckinDays: 7,
      minFlaggedDays: 5,
      compositeZAtOrBelow: -1,
      itemZAtOrBelow: -1.5,
      lookbackDays: 28,
    });
    expect(settings.returnToTraining).toMatchObject({
      detrainingFlagDays: 14,
      breakDays: 14,
      firstWeekPercentOfChronic: 50,
    });
    expect(settings.readiness).toEqual({
      noDataGreyAfterDays: 3,
      morningTime: '08:00',
      availabilitySeverity: { injured: 'red', ill: 'red', unavailable: 'red', modified: 'amber' },
    });
  });

  it('refuses recovery phases in the wrong order', () => {
    const result = SettingsSchema.safeParse({ recovery: { acutePhaseEndHours: 80 } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['recovery', 'regenerationPhaseEndHours']);
  });

  it('keeps a changed value and fills the rest from the defaults', () => {
    const settings = SettingsSchema.parse({ language: 'nl', load: { ratioHigh: 1.4 } });
    expect(settings.language).toBe('nl');
    expect(settings.load.ratioHigh).toBe(1.4);
    expect(settings.load.ratioLow).toBe(0.8);
    expect(settings.hrv.normalRangeWindowDays).toBe(60);
  });
});
