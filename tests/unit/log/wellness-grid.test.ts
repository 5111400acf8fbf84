import { describe, expect, it } from 'vitest';
import type { WellnessEntry } from '@shared/model';
import {
  ALREADY_CHECKED_IN,
  cellText,
  checkWellnessGrid,
  editWellnessCell,
  isRowReadOnly,
  withoutWellnessRows,
  type WellnessDrafts,
  type WellnessGridAthlete,
} from '../../../src/renderer/src/features/log/wellness-grid';

const date = '2025-03-04';
const savedCheckin: WellnessEntry = { id: 'w1', athleteId: 'lotte', date, sleepHours: 7.5, fatigue: 4, mood: 5 };
const sanne: WellnessGridAthlete = { id: 'sanne', name: 'Sanne de Vries' };
const bram: WellnessGridAthlete = { id: 'bram', name: 'Bram Jansen' };
const lotte: WellnessGridAthlete = { id: 'lotte', name: 'Lotte Bakker', checkin: savedCheckin };

describe('checkWellnessGrid: cells', () => {
  it.each([
    { name: 'fatigue 0', field: 'fatigue', text: '0', code: 'tooSmall' },
    { name: 'mood 6', field: 'mood', text: '6', code: 'tooBig' },
    { name: 'stress 4,5 (items are whole numbers)', field: 'stress', text: '4,5', code: 'notWholeNumber' },
    { name: 'sleep 25 h', field: 'sleepHours', text: '25', code: 'tooBig' },
    { name: 'HRV 0 ms', field: 'hrvRmssdMs', text: '0', code: 'tooSmall' },
    { name: 'HRV 301 ms', field: 'hrvRmssdMs', text: '301', code: 'tooBig' },
    { name: 'resting HR 200', field: 'restingHrBpm', text: '200', code: 'tooBig' },
    { name: 'resting HR 20', field: 'restingHrBpm', text: '20', code: 'tooSmall' },
    { name: 'soreness "ok"', field: 'soreness', text: 'ok', code: 'notANumber' },
  ])('marks $name in place and saves nothing', ({ field, text, code }) => {
    const drafts: WellnessDrafts = { sanne: { sleepHours: '8', [field]: text } };
    const check = checkWellnessGrid(date, [sanne], drafts);
    expect(check.isValid).toBe(false);
    expect(check.rowIssues.get('sanne')?.[field as 'fatigue']?.code).toBe(code);
    expect(check.inputs).toEqual([]);
  });

  it('reports the schema messages the importer reports', () => {
    const drafts: WellnessDrafts = { sanne: { hrvRmssdMs: '0', restingHrBpm: '200' } };
    const issues = checkWellnessGrid(date, [sanne], drafts).rowIssues.get('sanne');
    expect(issues?.hrvRmssdMs?.message).toBe('HRV must be more than 0 ms');
    expect(issues?.restingHrBpm?.message).toBe('Resting HR must be 25–150 bpm');
  });

  it('accepts a decimal comma and builds the check-in', () => {
    const drafts: WellnessDrafts = {
      sanne: { sleepHours: '6,5', sleepQuality: '4', fatigue: '3', hrvRmssdMs: '62,4', restingHrBpm: '48' },
    };
    const check = checkWellnessGrid(date, [sanne], drafts);
    expect(check.isValid).toBe(true);
    expect(check.inputs).toEqual([
      { athleteId: 'sanne', date, sleepHours: 6.5, sleepQuality: 4, fatigue: 3, hrvRmssdMs: 62.4, restingHrBpm: 48 },
    ]);
  });
});

describe('checkWellnessGrid: rows', () => {
  it('skips empty rows, including rows whose cells were typed and cleared again', () => {
    const drafts: WellnessDrafts = { sanne: { fatigue: '4' }, bram: { fatigue: '', mood: '  ' } };
    const check = checkWellnessGrid(date, [sanne, bram, lotte], drafts);
    expect(check.filledCount).toBe(1);
    expect(check.isValid).toBe(true);
    expect(check.inputs.map((input) => input.athleteId)).toEqual(['sanne']);
  });

  it('has nothing to save when every row is empty', () => {
    const check = checkWellnessGrid(date, [sanne, bram], {});
    expect(check).toMatchObject({ filledCount: 0, inputs: [], isValid: true });
  });

  it('refuses typing into the row of an athlete who already checked in that day', () => {
    const drafts: WellnessDrafts = { sanne: { mood: '4' } };
    const result = editWellnessCell(drafts, lotte, 'fatigue', '3');
    expect(result.isRefused).toBe(true);
    expect(result.drafts).toBe(drafts);
    expect(isRowReadOnly(lotte, drafts)).toBe(true);
  });

  it('lets the coach type into other rows', () => {
    const result = editWellnessCell({}, sanne, 'fatigue', '3');
    expect(result).toEqual({ drafts: { sanne: { fatigue: '3' } }, isRefused: false });
  });

  it('marks a second check-in on the same day in place (typed before the saved one appeared)', () => {
    const drafts: WellnessDrafts = { lotte: { fatigue: '3', mood: '' } };
    const check = checkWellnessGrid(date, [sanne, lotte], drafts);
    expect(check.isValid).toBe(false);
    expect(check.rowIssues.get('lotte')).toEqual({ fatigue: ALREADY_CHECKED_IN });
    // The typed values stay editable so the coach can clear them.
    expect(isRowReadOnly(lotte, drafts)).toBe(false);
    expect(editWellnessCell(drafts, lotte, 'fatigue', '').isRefused).toBe(false);
  });

  it('clears only the saved rows after saving', () => {
    const drafts: WellnessDrafts = { sanne: { fatigue: '3' }, other: { mood: '2' } };
    expect(withoutWellnessRows(drafts, ['sanne'])).toEqual({ other: { mood: '2' } });
  });
});

describe('cellText', () => {
  const format = (value: number) => String(value).replace('.', ',');
  it.each([
    { athlete: lotte, draft: undefined, field: 'sleepHours', expected: '7,5' },
    { athlete: lotte, draft: undefined, field: 'stress', expected: '' },
    { athlete: lotte, draft: { fatigue: '2' }, field: 'fatigue', expected: '2' },
    { athlete: sanne, draft: { fatigue: '2' }, field: 'fatigue', expected: '2' },
    { athlete: sanne, draft: undefined, field: 'mood', expected: '' },
  ] as const)('shows "$expected" for $field of $athlete.name', ({ athlete, draft, field, expected }) => {
    expect(cellText(athlete, draft, field, format)).toBe(expected);
  });
});
