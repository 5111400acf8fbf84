import { describe, expect, it } from 'vitest';
import { SessionSchema, WellnessEntrySchema } from '@shared/model';
import { parseCell, type CellIssue } from '../../../src/renderer/src/features/log/cell-issues';
import { parseCoachDate, parseCompleteCoachDate } from '../../../src/renderer/src/features/log/coach-date';
import { issueText, type LogField } from '../../../src/renderer/src/features/log/issue-text';
import { buildRowMessages } from '../../../src/renderer/src/features/log/row-messages';
import {
  checkSingleSession,
  type SingleSessionForm,
} from '../../../src/renderer/src/features/log/single-session';
import { logTexts } from '../../../src/renderer/src/features/log/texts';

describe('parseCell', () => {
  it.each([
    { text: '', expected: { kind: 'empty' } },
    { text: '   ', expected: { kind: 'empty' } },
    { text: '6,5', expected: { kind: 'number', value: 6.5 } },
    { text: '6.5', expected: { kind: 'number', value: 6.5 } },
    { text: '6,', expected: { kind: 'number', value: 6 } },
    {
      text: '1,2,3',
      expected: { kind: 'issue', issue: { code: 'notANumber', message: 'Expected a number' } },
    },
    { text: 'abc', expected: { kind: 'issue', issue: { code: 'notANumber', message: 'Expected a number' } } },
    {
      text: '11',
      expected: { kind: 'issue', issue: { code: 'tooBig', message: 'RPE must be between 0 and 10' } },
    },
  ])('RPE cell "$text"', ({ text, expected }) => {
    expect(parseCell(text, SessionSchema.shape.sessionRpe)).toEqual(expected);
  });
});

describe('parseCoachDate', () => {
  it.each([
    { text: '2025-03-04', expected: '2025-03-04' },
    { text: '4-3-2025', expected: '2025-03-04' },
    { text: '04/03/2025', expected: '2025-03-04' },
    { text: '4.3.2025', expected: '2025-03-04' },
    { text: '31-2-2025', expected: null },
    { text: '2025-13-01', expected: null },
    { text: 'tomorrow', expected: null },
    { text: '', expected: null },
  ])('"$text" → $expected', ({ text, expected }) => {
    expect(parseCoachDate(text)).toBe(expected);
  });
});

describe('parseCompleteCoachDate', () => {
  it.each([
    { text: '2026-11-30', expected: '2026-11-30' },
    { text: '2026-11-3', expected: null },
    { text: '2026-1-05', expected: null },
    { text: '30-11-2026', expected: '2026-11-30' },
    { text: '3-11-2026', expected: '2026-11-03' },
    { text: '30-11-202', expected: null },
    { text: '2026-02-30', expected: null },
  ])('"$text" → $expected', ({ text, expected }) => {
    expect(parseCompleteCoachDate(text)).toBe(expected);
  });
});

/** The grid's English texts say what the schema (and so the importer) says, where it has its own words. */
describe('issue texts', () => {
  const interpolate = (key: string, values: Record<string, number> = {}) =>
    (logTexts.en as Record<string, string>)[key]?.replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
      String(values[name]),
    );

  const cases: Array<{ field: LogField; value: number; schema: 'session' | 'wellness' }> = [
    { field: 'rpe', value: 11, schema: 'session' },
    { field: 'rpe', value: -1, schema: 'session' },
    { field: 'durationMin', value: 0, schema: 'session' },
    { field: 'durationMin', value: 601, schema: 'session' },
    { field: 'hrvRmssdMs', value: 0, schema: 'wellness' },
    { field: 'hrvRmssdMs', value: 301, schema: 'wellness' },
    { field: 'restingHrBpm', value: 200, schema: 'wellness' },
  ];
  it.each(cases)('$field = $value', ({ field, value, schema }) => {
    const fieldSchema =
      schema === 'session'
        ? SessionSchema.shape[field === 'rpe' ? 'sessionRpe' : 'durationMin']
        : WellnessEntrySchema.shape[field as 'hrvRmssdMs'];
    const cell = parseCell(String(value), fieldSchema);
    if (cell.kind !== 'issue') throw new Error('expected an issue');
    const text = issueText(field, cell.issue);
    expect(text).not.toBeNull();
    expect(interpolate(text!.key, text!.values)).toBe(cell.issue.message);
  });

  it('gives every key it picks a text in both languages', () => {
    const issues: CellIssue[] = [
      'notANumber',
      'tooSmall',
      'tooBig',
      'notWholeNumber',
      'required',
      'requiredOrAbsent',
      'alreadyCheckedIn',
    ].map((code) => ({ code: code as CellIssue['code'], message: '' }));
    const fields: LogField[] = [
      'rpe',
      'durationMin',
      'date',
      'startTime',
      'athlete',
      'sleepHours',
      'fatigue',
      'hrvRmssdMs',
      'restingHrBpm',
    ];
    for (const field of fields) {
      for (const issue of issues) {
        const text = issueText(field, issue);
        if (text === null) continue;
        expect(Object.keys(logTexts.en)).toContain(text.key);
        expect(Object.keys(logTexts.nl)).toContain(text.key);
      }
    }
  });

  it.each([
    { field: 'rpe', code: 'requiredOrAbsent', key: 'issueRpeRequired' },
    { field: 'rpe', code: 'required', key: 'issueRequired' },
    { field: 'athlete', code: 'required', key: 'issueAthleteRequired' },
    { field: 'fatigue', code: 'tooSmall', key: 'issueScoreRange' },
    { field: 'fatigue', code: 'notWholeNumber', key: 'issueScoreRange' },
    { field: 'sleepHours', code: 'alreadyCheckedIn', key: 'issueAlreadyCheckedIn' },
  ] as const)('$field $code → $key', ({ field, code, key }) => {
    expect(issueText(field, { code, message: '' })?.key).toBe(key);
  });

  it('falls back to the schema message for issues it has no words for', () => {
    expect(issueText('notes', { code: 'tooBig', message: 'Too big' })).toBeNull();
  });
});

describe('buildRowMessages', () => {
  it('lists messages in column order and lets equal messages share one id', () => {
    const texts: Record<string, string | undefined> = {
      a: 'Already checked in',
      b: undefined,
      c: 'Already checked in',
      d: 'Bad',
    };
    const list = buildRowMessages('row-1', ['a', 'b', 'c', 'd'], (field) => texts[field]);
    expect(list.messages).toEqual([
      { id: 'row-1-a', text: 'Already checked in' },
      { id: 'row-1-d', text: 'Bad' },
    ]);
    expect(list.idByField).toEqual({ a: 'row-1-a', c: 'row-1-a', d: 'row-1-d' });
  });
});

describe('checkSingleSession', () => {
  const form: SingleSessionForm = {
    athleteId: 'sanne',
    date: '2025-03-04',
    startTime: '07:15',
    stimulus: 'strength',
    durationMin: '50',
    rpe: '7,5',
    notes: '  Squats  ',
  };

  it('builds one manual session', () => {
    expect(checkSingleSession(form)).toEqual({
      issues: {},
      input: {
        athleteId: 'sanne',
        date: '2025-03-04',
        startTime: '07:15',
        stimulus: 'strength',
        durationMin: 50,
        sessionRpe: 7.5,
        notes: 'Squats',
        source: 'manual',
      },
    });
  });

  it.each([
    { name: 'no athlete', patch: { athleteId: null }, field: 'athlete', code: 'required' },
    { name: 'RPE 11', patch: { rpe: '11' }, field: 'rpe', code: 'tooBig' },
    { name: 'no RPE', patch: { rpe: '' }, field: 'rpe', code: 'required' },
    { name: 'duration 0', patch: { durationMin: '0' }, field: 'durationMin', code: 'tooSmall' },
    { name: 'no date', patch: { date: null }, field: 'date', code: 'required' },
  ])('refuses $name', ({ patch, field, code }) => {
    const check = checkSingleSession({ ...form, ...patch });
    expect(check.input).toBeUndefined();
    expect(check.issues).toMatchObject({ [field]: { code } });
  });
});
