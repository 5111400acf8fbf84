import { describe, expect, it } from 'vitest';
import { BlockTemplateSchema, PlannedSessionSchema } from '@shared/model/plan';
import type { Block, BlockTemplate, PlannedSession, TemplateSession } from '@shared/model/plan';
import type { MetricsSession } from '@shared/metrics/inputs';
import { defaultSettings } from '@shared/model/settings';
import { checkPlan } from '@shared/planning/rules';
import {
  TAPER_REFERENCE_WEEK_LOAD_AU,
  applyTemplate,
  builtInTemplates,
  isBuiltInTemplateId,
  templateFromBlock,
  templateWeekLoadsAu,
} from '@shared/planning/templates';
import { addDays, isoWeekday } from '@shared/time/local-date';

const settings = defaultSettings();
const { strengthStimuli, enduranceStimuli, minGapHours } = settings.interference;
const HARD_RPE = settings.recovery.hardSessionRpeMin;
const MINUTES_PER_DAY = 1440;

const english = builtInTemplates('en');
const dutch = builtInTemplates('nl');

function byId(id: string): BlockTemplate {
  const template = english.find((candidate) => candidate.id === id);
  if (template === undefined) throw new Error(`no template ${id}`);
  return template;
}

/** Minutes from Monday 00:00 of week 1 to the session's start. */
function startMinute(session: TemplateSession): number {
  const [hours = 0, minutes = 0] = session.startTime.split(':').map(Number);
  return ((session.week - 1) * 7 + session.weekday - 1) * MINUTES_PER_DAY + hours * 60 + minutes;
}

const isStrength = (session: TemplateSession): boolean => strengthStimuli.includes(session.stimulus);
const isEndurance = (session: TemplateSession): boolean => enduranceStimuli.includes(session.stimulus);
const loadAu = (session: TemplateSession): number => session.targetRpe * session.durationMin;

function weekSessions(template: BlockTemplate, week: number): TemplateSession[] {
  return template.sessions.filter((session) => session.week === week);
}

/** Our own week loads (independent of templateWeekLoadsAu). */
function weekLoads(template: BlockTemplate): number[] {
  return Array.from({ length: template.weeks }, (_, index) =>
    weekSessions(template, index + 1).reduce((sum, session) => sum + loadAu(session), 0),
  );
}

/** Smallest gap in hours (later start − earlier end) between a strength and an endurance/HIIT session. */
function smallestInterferenceGapHours(template: BlockTemplate): number {
  let smallest = Infinity;
  for (const strength of template.sessions.filter(isStrength)) {
    for (const endurance of template.sessions.filter(isEndurance)) {
      const [earlier, later] =
        startMinute(strength) <= startMinute(endurance) ? [strength, endurance] : [endurance, strength];
      const gapMin = startMinute(later) - (startMinute(earlier) + earlier.durationMin);
      smallest = Math.min(smallest, gapMin / 60);
    }
  }
  return smallest;
}

function share(template: BlockTemplate, predicate: (session: TemplateSession) => boolean): number {
  const total = template.sessions.reduce((sum, session) => sum + loadAu(session), 0);
  return template.sessions.filter(predicate).reduce((sum, session) => sum + loadAu(session), 0) / total;
}

function maxRpe(sessions: readonly TemplateSession[]): number {
  return Math.max(...sessions.map((session) => session.targetRpe));
}

function counter(prefix: string): () => string {
  let next = 0;
  return () => `${prefix}-${++next}`;
}

describe('builtInTemplates', () => {
  it('has the five built-ins with stable ids, weeks and focus', () => {
    expect(english.map((template) => [template.id, template.weeks, template.focus])).toEqual([
      ['builtin-strength-4w', 4, 'strength'],
      ['builtin-endurance-base-6w', 6, 'endurance'],
      ['builtin-concurrent-4w', 4, 'concurrent'],
      ['builtin-taper-2w', 2, 'taper'],
      ['builtin-return-4w', 4, 'return'],
    ]);
    for (const template of english) expect(isBuiltInTemplateId(template.id)).toBe(true);
    expect(isBuiltInTemplateId('my-template')).toBe(false);
    expect(isBuiltInTemplateId('builtin-strength-5w')).toBe(false);
  });

  it.each([...english, ...dutch].map((template) => [template.id, template] as const))(
    '%s validates and is realistic for a squad (4–6 sessions a week, 30–90 min)',
    (_, template) => {
      expect(BlockTemplateSchema.safeParse(template).success).toBe(true);
      for (let week = 1; week <= template.weeks; week++) {
        const count = weekSessions(template, week).length;
        expect(count).toBeGreaterThanOrEqual(4);
        expect(count).toBeLessThanOrEqual(6);
      }
      for (const session of template.sessions) {
        expect(session.durationMin).toBeGreaterThanOrEqual(30);
        expect(session.durationMin).toBeLessThanOrEqual(90);
        expect(session.title.length).toBeGreaterThan(0);
      }
    },
  );

  describe.each(english.map((template) => [template.id, template] as const))(
    "planner's rules: %s",
    (_, template) => {
      it(`keeps strength and endurance/HIIT at least ${minGapHours} h apart`, () => {
        expect(smallestInterferenceGapHours(template)).toBeGreaterThanOrEqual(minGapHours);
      });

      it('never plans endurance before strength on the same day', () => {
        for (const endurance of template.sessions.filter(isEndurance)) {
          const sameDayStrength = template.sessions.filter(
            (other) =>
              isStrength(other) && other.week === endurance.week && other.weekday === endurance.weekday,
          );
          for (const strength of sameDayStrength)
            expect(startMinute(strength)).toBeLessThan(startMinute(endurance));
        }
      });

      it('has no week more than 30 % above the mean of the two weeks before it', () => {
        const loads = weekLoads(template);
        loads.forEach((load, index) => {
          if (index === 0) return;
          const before = loads.slice(Math.max(0, index - 2), index);
          const mean = before.reduce((sum, value) => sum + value, 0) / before.length;
          expect(load).toBeLessThanOrEqual(mean * 1.3);
        });
      });

      it('plans no hard session inside the 24-h acute phase of an earlier hard one', () => {
        const hard = template.sessions.filter((session) => session.targetRpe >= HARD_RPE);
        const sorted = [...hard].sort((a, b) => startMinute(a) - startMinute(b));
        for (let index = 1; index < sorted.length; index++) {
          const previous = sorted[index - 1];
          const current = sorted[index];
          if (previous === undefined || current === undefined) continue;
          expect(
            startMinute(current) - (startMinute(previous) + previous.durationMin),
          ).toBeGreaterThanOrEqual(24 * 60);
        }
      });
    },
  );

  it.each(english.map((template) => [template.id, template] as const))(
    "%s: the planner's own checkPlan finds nothing (squad trained at the level of week 1 before)",
    (_, template) => {
      const startDate = '2026-03-02';
      const history: MetricsSession[] = [];
      for (let weeksBefore = 8; weeksBefore >= 1; weeksBefore--) {
        for (const session of weekSessions(template, 1)) {
          history.push({
            date: addDays(startDate, -7 * weeksBefore + session.weekday - 1),
            startTime: session.startTime,
            stimulus: session.stimulus,
            durationMin: session.durationMin,
            sessionRpe: session.targetRpe,
          });
        }
      }
      const plannedSessions = applyTemplate(template, {
        startDate,
        blockId: 'block-1',
        squadId: 'squad-a',
        newId: counter('p'),
      });
      const warnings = checkPlan({
        today: startDate,
        settings,
        athletes: [
          {
            athleteId: 'a1',
            name: 'Alex',
            squadIds: ['squad-a'],
            trainingAgeYears: 4,
            sessions: history,
            wellness: [],
            availability: [],
          },
        ],
        blocks: [
          {
            id: 'block-1',
            seasonId: 'season-1',
            name: template.name,
            startDate,
            endDate: addDays(startDate, template.weeks * 7 - 1),
            focus: template.focus,
            notes: '',
          },
        ],
        plannedSessions,
      });
      expect(warnings.map((warning) => warning.id)).toEqual([]);
    },
  );

  it('keeps the focus of the strength and endurance blocks (opposing load well under 30 %)', () => {
    expect(share(byId('builtin-strength-4w'), isEndurance)).toBeLessThan(0.15);
    expect(share(byId('builtin-endurance-base-6w'), isStrength)).toBeLessThan(0.2);
    expect(share(byId('builtin-endurance-base-6w'), isEndurance)).toBeGreaterThan(0.5);
    expect(share(byId('builtin-strength-4w'), isStrength)).toBeGreaterThan(0.5);
  });

  it('strength block: three loading weeks rising in load and RPE, then a deload of about −40 %', () => {
    const template = byId('builtin-strength-4w');
    const [w1 = 0, w2 = 0, w3 = 0, w4 = 0] = weekLoads(template);
    expect(w2).toBeGreaterThan(w1);
    expect(w3).toBeGreaterThan(w2);
    expect(w4 / w3).toBeGreaterThan(0.55);
    expect(w4 / w3).toBeLessThan(0.65);
    const strengthRpe = (week: number): number => maxRpe(weekSessions(template, week).filter(isStrength));
    expect(strengthRpe(2)).toBeGreaterThan(strengthRpe(1));
    expect(strengthRpe(3)).toBeGreaterThan(strengthRpe(2));
    expect(strengthRpe(4)).toBeLessThan(strengthRpe(1));
  });

  it('endurance base: aerobic volume rises every week', () => {
    const template = byId('builtin-endurance-base-6w');
    const aerobicMin = Array.from({ length: 6 }, (_, index) =>
      weekSessions(template, index + 1)
        .filter(isEndurance)
        .reduce((sum, session) => sum + session.durationMin, 0),
    );
    for (let index = 1; index < aerobicMin.length; index++) {
      expect(aerobicMin[index]).toBeGreaterThan(aerobicMin[index - 1] ?? Infinity);
    }
    for (let week = 1; week <= 6; week++)
      expect(weekSessions(template, week).filter(isStrength)).toHaveLength(1);
  });

  it('concurrent block: strength at 08:00 for 60 min, endurance from 15:00 on strength days', () => {
    const template = byId('builtin-concurrent-4w');
    const strength = template.sessions.filter(isStrength);
    expect(strength.length).toBe(8);
    for (const session of strength) expect([session.startTime, session.durationMin]).toEqual(['08:00', 60]);
    const strengthDays = new Set(strength.map((session) => `${session.week}-${session.weekday}`));
    const sameDayEndurance = template.sessions.filter(
      (session) => isEndurance(session) && strengthDays.has(`${session.week}-${session.weekday}`),
    );
    expect(sameDayEndurance.length).toBeGreaterThan(0);
    for (const session of sameDayEndurance) expect(session.startTime >= '15:00').toBe(true);
    expect(share(template, isStrength)).toBeGreaterThan(0.2);
    expect(share(template, isEndurance)).toBeGreaterThan(0.2);
  });

  it('taper: about −40 % then −60 % against a normal week, intensity kept', () => {
    const template = byId('builtin-taper-2w');
    const [w1 = 0, w2 = 0] = weekLoads(template);
    expect(TAPER_REFERENCE_WEEK_LOAD_AU).toBe(1965);
    expect(w1 / TAPER_REFERENCE_WEEK_LOAD_AU).toBeCloseTo(0.6, 1);
    expect(w2 / TAPER_REFERENCE_WEEK_LOAD_AU).toBeCloseTo(0.4, 1);
    expect(maxRpe(weekSessions(template, 1))).toBe(7);
    expect(maxRpe(weekSessions(template, 2))).toBe(7);
    for (const session of weekSessions(template, 2)) {
      const sameInWeek1 = weekSessions(template, 1).find((other) => other.title === session.title);
      expect(sameInWeek1?.targetRpe).toBe(session.targetRpe);
    }
  });

  it('return: low, then rising volume, at most one hard session in week 1', () => {
    const template = byId('builtin-return-4w');
    const loads = weekLoads(template);
    for (let index = 1; index < loads.length; index++)
      expect(loads[index]).toBeGreaterThan(loads[index - 1] ?? 0);
    const hardInWeek1 = weekSessions(template, 1).filter((session) => session.targetRpe >= HARD_RPE);
    expect(hardInWeek1.length).toBeLessThanOrEqual(settings.returnToTraining.maxHardSessionsFirstWeek);
  });

  it('plans the same sessions in Dutch and English; only the words differ', () => {
    const numbersOnly = (template: BlockTemplate) =>
      template.sessions.map(({ title: _title, description: _description, ...rest }) => rest);
    expect(dutch.map((template) => template.id)).toEqual(english.map((template) => template.id));
    english.forEach((template, index) => {
      const translated = dutch[index];
      if (translated === undefined) throw new Error('missing Dutch template');
      expect(numbersOnly(translated)).toEqual(numbersOnly(template));
      expect([translated.weeks, translated.focus]).toEqual([template.weeks, template.focus]);
      expect(translated.name).not.toBe(template.name);
      expect(translated.notes).not.toBe(template.notes);
    });
    const titles = (templates: BlockTemplate[]) =>
      new Set(templates.flatMap((t) => t.sessions.map((s) => s.title)));
    expect(titles(english)).toContain('Lower-body strength');
    expect(titles(dutch)).toContain('Krachttraining onderlichaam');
    expect(titles(dutch)).toContain('Duurloop');
    expect([...titles(dutch)].some((title) => titles(english).has(title))).toBe(false);
  });

  it('templateWeekLoadsAu sums target RPE × duration per week', () => {
    const template = byId('builtin-strength-4w');
    expect(templateWeekLoadsAu(template)).toEqual(weekLoads(template));
    expect(templateWeekLoadsAu(template)).toEqual([1500, 1630, 1770, 1080]);
    expect(templateWeekLoadsAu({ weeks: 3, sessions: [] })).toEqual([0, 0, 0]);
  });
});

describe('applyTemplate', () => {
  const template = byId('builtin-strength-4w');

  it('dates each session startDate + (week − 1) × 7 + (weekday − 1) and copies its fields', () => {
    const planned = applyTemplate(template, {
      startDate: '2025-09-01',
      blockId: 'block-1',
      squadId: 'squad-a',
      athleteIds: ['a1', 'a2'],
      newId: counter('p'),
    });
    expect(planned).toHaveLength(template.sessions.length);
    expect(new Set(planned.map((session) => session.id)).size).toBe(planned.length);
    template.sessions.forEach((session, index) => {
      const result = planned[index];
      expect(result).toMatchObject({
        blockId: 'block-1',
        squadId: 'squad-a',
        athleteIds: ['a1', 'a2'],
        date: addDays('2025-09-01', (session.week - 1) * 7 + session.weekday - 1),
        startTime: session.startTime,
        stimulus: session.stimulus,
        durationMin: session.durationMin,
        targetRpe: session.targetRpe,
        title: session.title,
        description: session.description,
      });
      expect(isoWeekday(result?.date ?? '')).toBe(session.weekday);
      expect(PlannedSessionSchema.safeParse(result).success).toBe(true);
    });
    const thursdayOfWeek2 = planned.find((session) => session.date === '2025-09-11');
    expect(thursdayOfWeek2?.title).toBe('Upper-body strength');
    expect(planned.at(-1)?.date).toBe('2025-09-26');
  });

  it('leaves out what is not given and keeps whole days across a daylight-saving change', () => {
    const planned = applyTemplate(byId('builtin-taper-2w'), {
      startDate: '2025-03-24',
      squadId: 's',
      newId: counter('t'),
    });
    expect(planned[0]).not.toHaveProperty('blockId');
    expect(planned[0]).not.toHaveProperty('athleteIds');
    expect(planned.map((session) => session.date)).toEqual([
      '2025-03-24',
      '2025-03-25',
      '2025-03-26',
      '2025-03-27',
      '2025-03-28',
      '2025-03-31',
      '2025-04-01',
      '2025-04-02',
      '2025-04-04',
    ]);
  });

  it('refuses a start date that is not a Monday, and a session without block or squad', () => {
    expect(() =>
      applyTemplate(template, { startDate: '2025-09-02', squadId: 's', newId: counter('x') }),
    ).toThrow(RangeError);
    expect(() => applyTemplate(template, { startDate: '2025-09-01', newId: counter('x') })).toThrow();
  });
});

describe('templateFromBlock', () => {
  const block: Block = {
    id: 'block-1',
    seasonId: 'season-1',
    name: 'Pre-season strength',
    startDate: '2025-09-01',
    endDate: '2025-09-28',
    focus: 'strength',
    notes: 'Our strength block',
  };
  const strip = (sessions: readonly PlannedSession[]) => sessions.map(({ id: _id, ...rest }) => rest);

  it('round trip: apply → save → apply gives the same sessions', () => {
    for (const template of english) {
      const weeksBlock = {
        ...block,
        focus: template.focus,
        endDate: addDays(block.startDate, template.weeks * 7 - 1),
      };
      const first = applyTemplate(template, {
        startDate: block.startDate,
        blockId: block.id,
        newId: counter('a'),
      });
      const saved = templateFromBlock(weeksBlock, first, { id: 'mine', name: 'Mine' });
      expect(saved).toMatchObject({ id: 'mine', name: 'Mine', focus: template.focus, weeks: template.weeks });
      expect(saved.notes).toBe('Our strength block');
      expect(saved.sessions).toEqual(template.sessions);
      const second = applyTemplate(saved, {
        startDate: block.startDate,
        blockId: block.id,
        newId: counter('b'),
      });
      expect(strip(second)).toEqual(strip(first));
    }
  });

  it("counts weeks from the block's Monday, deduplicates groups and skips other blocks", () => {
    const wednesdayBlock = { ...block, startDate: '2025-09-03', endDate: '2025-09-16' };
    const base = {
      blockId: 'block-1',
      startTime: '08:00',
      stimulus: 'strength' as const,
      durationMin: 60,
      targetRpe: 7,
      title: 'Lower-body strength',
      description: '',
    };
    const planned: PlannedSession[] = [
      { ...base, id: 'p1', date: '2025-09-03', athleteIds: ['a1'] },
      { ...base, id: 'p2', date: '2025-09-03', athleteIds: ['a2'] },
      {
        ...base,
        id: 'p3',
        date: '2025-09-15',
        startTime: '17:00',
        stimulus: 'endurance',
        title: 'Aerobic run',
      },
      { ...base, id: 'p4', date: '2025-09-05', blockId: 'other-block' },
      { ...base, id: 'p5', date: '2025-08-29' },
    ];
    const saved = templateFromBlock(wednesdayBlock, planned, { id: 'mine', name: 'Mine' });
    expect(saved.weeks).toBe(3);
    expect(
      saved.sessions.map((session) => [session.week, session.weekday, session.startTime, session.title]),
    ).toEqual([
      [1, 3, '08:00', 'Lower-body strength'],
      [3, 1, '17:00', 'Aerobic run'],
    ]);
  });
});
