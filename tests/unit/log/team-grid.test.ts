import { describe, expect, it } from 'vitest';
import type { SessionHeader } from '../../../src/renderer/src/features/log/session-header';
import {
  checkTeamGrid,
  isPresentByDefault,
  isRowPresent,
  previewLoadAu,
  withDurationOverride,
  withoutRows,
  withPresence,
  withRpe,
  type GridAthlete,
  type TeamDrafts,
} from '../../../src/renderer/src/features/log/team-grid';

const header: SessionHeader = { date: '2025-03-04', startTime: '18:30', stimulus: 'hiit', durationMin: '75' };
const sanne: GridAthlete = { id: 'sanne', name: 'Sanne de Vries' };
const bram: GridAthlete = { id: 'bram', name: 'Bram Jansen' };
const eva: GridAthlete = { id: 'eva', name: 'Eva Smit', availabilityKind: 'injured' };
const squad = [sanne, bram, eva];

function typed(...cells: Array<[string, string, string?]>): TeamDrafts {
  let drafts: TeamDrafts = {};
  for (const [athleteId, rpe, duration] of cells) {
    drafts = withRpe(drafts, athleteId, rpe);
    if (duration !== undefined) drafts = withDurationOverride(drafts, athleteId, duration);
  }
  return drafts;
}

describe('checkTeamGrid: cells', () => {
  it.each([
    { name: 'RPE 11', rpe: '11', duration: undefined, field: 'rpe', code: 'tooBig', message: 'RPE must be between 0 and 10' },
    { name: 'RPE -1', rpe: '-1', duration: undefined, field: 'rpe', code: 'tooSmall', message: 'RPE must be between 0 and 10' },
    { name: 'RPE junk', rpe: '7x', duration: undefined, field: 'rpe', code: 'notANumber', message: 'Expected a number' },
    { name: 'RPE empty on a present row', rpe: '', duration: undefined, field: 'rpe', code: 'requiredOrAbsent', message: 'Enter an RPE or mark the athlete absent' },
    { name: 'duration 0', rpe: '6', duration: '0', field: 'durationMin', code: 'tooSmall', message: 'Duration must be more than 0 min' },
    { name: 'duration 601', rpe: '6', duration: '601', field: 'durationMin', code: 'tooBig', message: 'Duration must be at most 600 min' },
  ])('$name is marked on the row and nothing is built', ({ rpe, duration, field, code, message }) => {
    const drafts = withDurationOverride(withRpe({}, 'sanne', rpe), 'sanne', duration ?? '');
    const check = checkTeamGrid(header, [sanne], drafts);
    expect(check.isValid).toBe(false);
    expect(check.rowIssues.get('sanne')).toEqual({ [field]: { code, message } });
  });

  it.each([
    { rpe: '6,5', expected: 6.5 },
    { rpe: '6.5', expected: 6.5 },
    { rpe: ' 7 ', expected: 7 },
    { rpe: '0', expected: 0 },
    { rpe: '10', expected: 10 },
  ])('accepts RPE "$rpe" as $expected', ({ rpe, expected }) => {
    const check = checkTeamGrid(header, [sanne], typed(['sanne', rpe]));
    expect(check.isValid).toBe(true);
    expect(check.inputs[0]?.sessionRpe).toBe(expected);
  });

  it('marks a header duration of 0 on the header, not on every row', () => {
    const check = checkTeamGrid({ ...header, durationMin: '0' }, [sanne], typed(['sanne', '6']));
    expect(check.headerIssues.durationMin).toEqual({ code: 'tooSmall', message: 'Duration must be more than 0 min' });
    expect(check.rowIssues.size).toBe(0);
    expect(check.isValid).toBe(false);
  });

  it.each([
    { name: 'no date', patch: { date: null }, field: 'date', code: 'required' },
    { name: 'no duration', patch: { durationMin: '' }, field: 'durationMin', code: 'required' },
    { name: 'duration with decimal comma is fine', patch: { durationMin: '62,5' }, field: undefined, code: undefined },
    { name: 'a start time of 25:00', patch: { startTime: '25:00' }, field: 'startTime', code: 'invalid' },
    { name: 'a start time with seconds is cut to HH:MM', patch: { startTime: '18:30:00' }, field: undefined, code: undefined },
  ])('header: $name', ({ patch, field, code }) => {
    const check = checkTeamGrid({ ...header, ...patch }, [sanne], typed(['sanne', '6']));
    if (field === undefined) expect(check.headerIssues).toEqual({});
    else expect(check.headerIssues).toMatchObject({ [field]: { code } });
  });
});

describe('checkTeamGrid: presence', () => {
  it('does not save or check absent rows, and counts only present ones', () => {
    let drafts = typed(['sanne', '7'], ['bram', '11']);
    drafts = withPresence(drafts, 'bram', false);
    const check = checkTeamGrid(header, squad, drafts);
    expect(check.presentCount).toBe(1);
    expect(check.isValid).toBe(true);
    expect(check.inputs.map((input) => input.athleteId)).toEqual(['sanne']);
  });

  it('starts injured, ill and unavailable athletes as absent, modified training as present', () => {
    expect([undefined, 'modified', 'injured', 'ill', 'unavailable'].map((kind) => isPresentByDefault(kind as never))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(isRowPresent(eva, {})).toBe(false);
  });

  it('marks an athlete present when an RPE is typed for them', () => {
    const drafts = withRpe(withPresence({}, 'bram', false), 'bram', '5');
    expect(isRowPresent(bram, drafts)).toBe(true);
    expect(isRowPresent(eva, withRpe({}, 'eva', '3'))).toBe(true);
    expect(isRowPresent(eva, withRpe({}, 'eva', ''))).toBe(false);
  });
});

describe('checkTeamGrid: building the sessions', () => {
  it('builds one team session per present athlete with the header and per-athlete durations', () => {
    const check = checkTeamGrid(header, squad, typed(['sanne', '6,5'], ['bram', '8', '45']));
    expect(check.isValid).toBe(true);
    expect(check.inputs).toEqual([
      { athleteId: 'sanne', date: '2025-03-04', startTime: '18:30', stimulus: 'hiit', durationMin: 75, sessionRpe: 6.5, notes: '', source: 'team' },
      { athleteId: 'bram', date: '2025-03-04', startTime: '18:30', stimulus: 'hiit', durationMin: 45, sessionRpe: 8, notes: '', source: 'team' },
    ]);
  });

  it('leaves the start time out when none is given', () => {
    const check = checkTeamGrid({ ...header, startTime: '' }, [sanne], typed(['sanne', '6']));
    expect(check.inputs[0]).not.toHaveProperty('startTime');
  });

  it('keeps every typed value when the grid is invalid', () => {
    const drafts = typed(['sanne', '11'], ['bram', '7', '0']);
    checkTeamGrid(header, squad, drafts);
    expect(drafts).toEqual({
      sanne: { rpe: '11', durationMin: '', isPresent: true },
      bram: { rpe: '7', durationMin: '0', isPresent: true },
    });
  });

  it('clears only the saved rows after saving', () => {
    const drafts = typed(['sanne', '6'], ['other', '4']);
    expect(withoutRows(drafts, ['sanne', 'bram'])).toEqual({ other: drafts.other });
  });

  it('previews the load as RPE × duration (Foster 2001)', () => {
    expect(previewLoadAu({ rpe: '6,5', durationMin: '' }, '60')).toBe(390);
    expect(previewLoadAu({ rpe: '6', durationMin: '30' }, '60')).toBe(180);
    expect(previewLoadAu({ rpe: '11', durationMin: '' }, '60')).toBeUndefined();
  });
});
