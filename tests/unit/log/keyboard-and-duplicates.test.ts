import { describe, expect, it } from 'vitest';
import type { Session } from '@shared/model';
import { moveAcrossForKey, type GridKeyPress } from '../../../src/renderer/src/features/log/grid-navigation';
import { groupLoggedSessions } from '../../../src/renderer/src/features/log/logged-sessions';
import { normaliseStartTime } from '../../../src/renderer/src/features/log/session-header';
import { typeAheadMatch } from '../../../src/renderer/src/features/log/type-ahead';
import { checkinDateIssue } from '../../../src/renderer/src/features/log/wellness-grid';

const press = (key: string, modifiers: Partial<GridKeyPress> = {}): GridKeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe('moveAcrossForKey (row-wise entry, 3 rows of 8 cells)', () => {
  it.each([
    {
      name: 'Enter moves right',
      key: press('Enter'),
      row: 0,
      column: 2,
      expected: { kind: 'focusCell', row: 0, column: 3 },
    },
    {
      name: 'Enter on the last cell goes to the next row',
      key: press('Enter'),
      row: 0,
      column: 7,
      expected: { kind: 'focusCell', row: 1, column: 0 },
    },
    {
      name: 'Enter on the very last cell goes to save',
      key: press('Enter'),
      row: 2,
      column: 7,
      expected: { kind: 'focusSave' },
    },
    {
      name: 'Shift+Enter moves left',
      key: press('Enter', { shiftKey: true }),
      row: 1,
      column: 3,
      expected: { kind: 'focusCell', row: 1, column: 2 },
    },
    {
      name: 'Shift+Enter on a first cell goes to the row above',
      key: press('Enter', { shiftKey: true }),
      row: 1,
      column: 0,
      expected: { kind: 'focusCell', row: 0, column: 7 },
    },
    {
      name: 'Shift+Enter on the first cell stays',
      key: press('Enter', { shiftKey: true }),
      row: 0,
      column: 0,
      expected: { kind: 'stay' },
    },
    {
      name: 'Ctrl+Enter is left to the save shortcut',
      key: press('Enter', { ctrlKey: true }),
      row: 0,
      column: 0,
      expected: null,
    },
    { name: '↓ is left to the column moves', key: press('ArrowDown'), row: 0, column: 0, expected: null },
  ])('$name', ({ key, row, column, expected }) => {
    expect(moveAcrossForKey(key, row, column, 3, 8)).toEqual(expected);
  });

  it('jumps over athletes who already checked in', () => {
    const isOpen = (row: number) => row !== 1;
    expect(moveAcrossForKey(press('Enter'), 0, 7, 3, 8, isOpen)).toEqual({
      kind: 'focusCell',
      row: 2,
      column: 0,
    });
    expect(moveAcrossForKey(press('Enter', { shiftKey: true }), 2, 0, 3, 8, isOpen)).toEqual({
      kind: 'focusCell',
      row: 0,
      column: 7,
    });
  });
});

describe('typeAheadMatch', () => {
  const labels = ['Strength', 'Endurance', 'HIIT', 'Mixed', 'Skill', 'Recovery', 'Match', 'Other'];
  it.each([
    { typed: 's', current: 7, expected: 0 },
    { typed: 's', current: 0, expected: 4 },
    { typed: 'ss', current: 0, expected: 4 },
    { typed: 's', current: 4, expected: 0 },
    { typed: 'sk', current: 0, expected: 4 },
    { typed: 'h', current: 0, expected: 2 },
    { typed: 'M', current: 0, expected: 3 },
    { typed: 'ma', current: 3, expected: 6 },
    { typed: 'x', current: 0, expected: null },
    { typed: 's', current: -1, expected: 0 },
  ])('"$typed" from option $current → $expected', ({ typed, current, expected }) => {
    expect(typeAheadMatch(labels, current, typed)).toBe(expected);
  });

  it('reads Dutch labels the same way', () => {
    expect(typeAheadMatch(['Kracht', 'Duurtraining', 'HIIT', 'Gemengd', 'Techniek'], 0, 't')).toBe(4);
  });
});

describe('normaliseStartTime (24-hour clock)', () => {
  it.each([
    { text: '06:15', expected: '06:15' },
    { text: '6:15', expected: '06:15' },
    { text: '6.15', expected: '06:15' },
    { text: '0615', expected: '06:15' },
    { text: '615', expected: '06:15' },
    { text: '18', expected: '18:00' },
    { text: '18:00:00', expected: '18:00' },
    { text: ' 23:59 ', expected: '23:59' },
    { text: '24:00', expected: '24:00' },
    { text: '6:75', expected: '6:75' },
    { text: '6:15 PM', expected: '6:15 PM' },
    { text: '', expected: '' },
  ])('"$text" → "$expected"', ({ text, expected }) => {
    expect(normaliseStartTime(text)).toBe(expected);
  });
});

describe('checkinDateIssue', () => {
  it.each([
    { date: '2026-12-02', expected: undefined },
    { date: '2026-11-30', expected: undefined },
    { date: '2026-12-03', expected: 'afterToday' },
    { date: null, expected: 'required' },
  ])('$date with today 2026-12-02 → $expected', ({ date, expected }) => {
    expect(checkinDateIssue(date, '2026-12-02')).toBe(expected);
  });
});

describe('groupLoggedSessions', () => {
  const session = (athleteId: string, extra: Partial<Session> = {}): Session => ({
    id: `s-${athleteId}-${extra.durationMin ?? 60}`,
    athleteId,
    date: '2026-12-02',
    startTime: '06:15',
    stimulus: 'strength',
    durationMin: 60,
    sessionRpe: 6,
    notes: '',
    source: 'team',
    ...extra,
  });
  const names: Record<string, string> = { a: 'Anna', b: 'Bram', c: 'Cas', d: 'Daan' };

  it('groups by stimulus and duration, the largest group first, with the RPE range and names', () => {
    const groups = groupLoggedSessions(
      [
        session('c', { sessionRpe: 8 }),
        session('d', { durationMin: 45, sessionRpe: 5 }),
        session('a', { sessionRpe: 5 }),
        session('b'),
      ],
      (id) => names[id] ?? id,
    );
    expect(groups).toEqual([
      { stimulus: 'strength', durationMin: 60, rpeMin: 5, rpeMax: 8, athleteNames: ['Anna', 'Bram', 'Cas'] },
      { stimulus: 'strength', durationMin: 45, rpeMin: 5, rpeMax: 5, athleteNames: ['Daan'] },
    ]);
  });

  it('is empty when nothing is logged', () => {
    expect(groupLoggedSessions([], (id) => id)).toEqual([]);
  });
});
