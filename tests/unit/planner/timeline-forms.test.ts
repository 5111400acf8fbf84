import { describe, expect, it } from 'vitest';
import type { Block, Season } from '@shared/model';
import { builtInTemplates } from '@shared/planning/templates';
import {
  checkBlockForm,
  checkTemplatePlacement,
  sessionShift,
} from '../../../src/renderer/src/features/planner/timeline/block-form';
import {
  checkNewSeasonForm,
  seasonsSharedBy,
} from '../../../src/renderer/src/features/planner/timeline/season-form';
import {
  formatBarRange,
  seasonOptionLabel,
} from '../../../src/renderer/src/features/planner/timeline/timeline-format';

const season: Season = {
  id: 's',
  name: 'S',
  squadId: 'q',
  startDate: '2025-09-01',
  endDate: '2025-12-21',
  notes: '',
};
const base: Block = {
  id: 'a',
  seasonId: 's',
  name: 'Base',
  startDate: '2025-09-01',
  endDate: '2025-10-12',
  focus: 'endurance',
  notes: '',
};

describe('checkBlockForm', () => {
  const form = {
    name: ' Base ',
    focus: 'endurance' as const,
    startDate: '2025-09-08',
    endDate: '2025-10-19',
    notes: ' n ',
  };

  it('gives the trimmed changes when the block fits', () => {
    expect(checkBlockForm(form, 'a', [base], season).changes).toEqual({
      name: 'Base',
      focus: 'endurance',
      startDate: '2025-09-08',
      endDate: '2025-10-19',
      notes: 'n',
    });
  });

  it('names each missing field and the range problem', () => {
    const check = checkBlockForm({ ...form, name: ' ', startDate: null }, 'a', [base], season);
    expect(check).toMatchObject({ nameMissing: true, startMissing: true, endMissing: false, changes: null });
    expect(checkBlockForm(form, undefined, [base], season).rangeProblem?.kind).toBe('overlap');
  });
});

describe('sessionShift', () => {
  it('moves the sessions with the start and counts those left outside the new dates', () => {
    const sessions = [
      { blockId: 'a', date: '2025-09-01' },
      { blockId: 'a', date: '2025-10-10' },
      { blockId: 'b', date: '2025-09-01' },
    ];
    expect(sessionShift(base, { startDate: '2025-09-08', endDate: '2025-10-19' }, sessions)).toEqual({
      shiftDays: 7,
      outsideCount: 0,
    });
    expect(sessionShift(base, { startDate: '2025-09-01', endDate: '2025-09-28' }, sessions)).toEqual({
      shiftDays: 0,
      outsideCount: 1,
    });
  });
});

describe('checkTemplatePlacement', () => {
  it('needs a Monday where the template’s weeks fit in the season, clear of other blocks', () => {
    expect(checkTemplatePlacement(null, 4, [base], season)).toEqual({ kind: 'missing' });
    expect(checkTemplatePlacement('2025-10-14', 4, [base], season)).toEqual({ kind: 'notMonday' });
    expect(checkTemplatePlacement('2025-10-13', 4, [base], season)).toBeNull();
    expect(checkTemplatePlacement('2025-10-06', 4, [base], season)?.kind).toBe('overlap');
    expect(checkTemplatePlacement('2025-12-01', 4, [base], season)).toEqual({ kind: 'outsideSeason' });
  });
});

describe('checkNewSeasonForm', () => {
  const templates = builtInTemplates('en').slice(0, 2); // strength 4 w, endurance base 6 w
  const form = {
    name: 'U19 2026–27',
    startDate: '2026-07-06',
    mode: 'templates' as const,
    templates,
    endDate: null,
  };

  it('computes the end from the templates and allows it', () => {
    const check = checkNewSeasonForm(form, []);
    expect(check).toMatchObject({ endDate: '2026-09-13', totalWeeks: 10, isValid: true, overlapping: [] });
  });

  it('refuses no templates, no name, a start that is not a Monday', () => {
    expect(checkNewSeasonForm({ ...form, templates: [] }, [])).toMatchObject({
      noTemplates: true,
      isValid: false,
    });
    expect(checkNewSeasonForm({ ...form, name: '  ' }, [])).toMatchObject({
      nameMissing: true,
      isValid: false,
    });
    expect(checkNewSeasonForm({ ...form, startDate: '2026-07-07' }, [])).toMatchObject({
      startNotMonday: true,
      isValid: false,
    });
  });

  it('refuses an empty season ending before it starts or without an end', () => {
    const empty = { ...form, mode: 'empty' as const, endDate: '2026-07-05' };
    expect(checkNewSeasonForm(empty, [])).toMatchObject({ endBeforeStart: true, isValid: false });
    expect(checkNewSeasonForm({ ...empty, endDate: null }, [])).toMatchObject({
      endMissing: true,
      isValid: false,
    });
    expect(checkNewSeasonForm({ ...empty, endDate: '2027-05-30' }, [])).toMatchObject({
      endDate: '2027-05-30',
      totalWeeks: 0,
      isValid: true,
    });
  });

  it('warns about an overlapping season of the squad but still allows creating it', () => {
    const existing = { ...season, startDate: '2025-08-04', endDate: '2026-07-12' };
    const check = checkNewSeasonForm(form, [existing]);
    expect(check.overlapping).toEqual([existing]);
    expect(check.isValid).toBe(true);
  });

  it('checks a new season against the squad’s seasons and the club-wide ones, not other squads’', () => {
    const clubWide = {
      ...season,
      id: 'club',
      squadId: undefined,
      startDate: '2026-06-01',
      endDate: '2026-12-20',
    };
    const other = {
      ...season,
      id: 'other',
      squadId: 'another-squad',
      startDate: '2026-06-01',
      endDate: '2026-12-20',
    };
    const shared = seasonsSharedBy([clubWide, other], season.squadId ?? '');
    expect(shared).toEqual([clubWide]);
    expect(checkNewSeasonForm(form, shared).overlapping).toEqual([clubWide]);
  });
});

describe('season select and block bar labels', () => {
  it('names a season’s months once, and marks a club-wide season', () => {
    const demo = {
      name: 'Season Aug 2026 – Dec 2026',
      startDate: '2026-08-03',
      endDate: '2026-12-20',
      squadId: 's',
    };
    expect(seasonOptionLabel(demo, 'en', 'club-wide')).toBe('Season Aug 2026 – Dec 2026');
    expect(seasonOptionLabel({ ...demo, name: 'U19 2026–27' }, 'en', 'club-wide')).toBe(
      'U19 2026–27 (Aug 2026 – Dec 2026)',
    );
    expect(seasonOptionLabel(demo, 'nl', 'hele club')).toBe('Season Aug 2026 – Dec 2026');
    const { squadId: _squadId, ...clubWide } = demo;
    expect(seasonOptionLabel(clubWide, 'en', 'club-wide')).toBe('Season Aug 2026 – Dec 2026 · club-wide');
  });

  it('writes a block bar’s dates short, with no break inside a date', () => {
    expect(formatBarRange({ startDate: '2026-12-14', endDate: '2026-12-27' }, 'en')).toBe('14–27\u00a0Dec');
    expect(formatBarRange({ startDate: '2026-12-14', endDate: '2027-01-03' }, 'en')).toBe(
      '14\u00a0Dec – 3\u00a0Jan',
    );
  });
});
