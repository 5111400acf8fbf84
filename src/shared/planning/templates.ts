import type { Stimulus } from '../model/common';
import {
  BlockTemplateSchema,
  PlannedSessionSchema,
  type Block,
  type BlockFocus,
  type BlockTemplate,
  type PlannedSession,
  type TemplateSession,
} from '../model/plan';
import type { Language } from '../model/settings';
import { addDays, daysBetween, isoWeekday, startOfIsoWeek } from '../time/local-date';
import { plannedLoadAu } from './plan-context';
import { templateTexts, type BuiltInTemplateKey, type TemplateSessionKind } from './template-texts';

/**
 * Built-in block templates (SCIENCE.md, "Strength and endurance", "Load") and the two ways between
 * a template and a planned block: apply a template to a block's weeks, save a block as a template.
 * Each built-in passes the planner's rules on its own: strength and endurance/HIIT ≥ 6 h apart and
 * strength first on a shared day (Robineau 2016; Murlasits 2018), opposing load well under 30 % of a
 * strength or endurance block, and no week > 30 % above the mean of the two weeks before it
 * (Nielsen 2014). Sessions are realistic for a team-sport squad: 4–6 a week, 30–90 min.
 */

interface SessionSpec {
  kind: TemplateSessionKind;
  weekday: number;
  startTime: string;
  stimulus: Stimulus;
  /** Duration per week of the template (index 0 = week 1); 0 = no such session that week. */
  minutes: readonly number[];
  /** Target RPE per week, or one RPE for every week. */
  rpe: readonly number[] | number;
}

interface TemplateSpec {
  key: BuiltInTemplateKey;
  id: string;
  focus: BlockFocus;
  weeks: number;
  sessions: readonly SessionSpec[];
}

const MON = 1;
const TUE = 2;
const WED = 3;
const THU = 4;
const FRI = 5;
const SAT = 6;

function spec(
  kind: TemplateSessionKind,
  weekday: number,
  startTime: string,
  stimulus: Stimulus,
  minutes: readonly number[],
  rpe: readonly number[] | number,
): SessionSpec {
  return { kind, weekday, startTime, stimulus, minutes, rpe };
}

/** Loading weeks 1,500 → 1,630 → 1,770 AU, deload week 1,080 AU (−39 %); endurance 8 % of the block's load. */
const STRENGTH_BLOCK: TemplateSpec = {
  key: 'strength',
  id: 'builtin-strength-4w',
  focus: 'strength',
  weeks: 4,
  sessions: [
    spec('lowerBodyStrength', MON, '08:00', 'strength', [60, 65, 70, 45], [6.5, 7, 7.5, 6]),
    spec('teamPractice', TUE, '17:00', 'skill', [75, 75, 75, 60], 5),
    spec('aerobicRun', WED, '17:00', 'endurance', [30, 30, 30, 30], 4),
    spec('upperBodyStrength', THU, '08:00', 'strength', [60, 65, 70, 45], [6.5, 7, 7.5, 6]),
    spec('speedAndSkill', FRI, '17:00', 'skill', [45, 45, 45, 30], [5, 5, 5, 4]),
  ],
};

/** Weekly load 1,255 → 1,545 AU over six weeks (≤ +7 % a week); the strength session is 17 % of the block's load. */
const ENDURANCE_BASE: TemplateSpec = {
  key: 'enduranceBase',
  id: 'builtin-endurance-base-6w',
  focus: 'endurance',
  weeks: 6,
  sessions: [
    spec('maintenanceStrength', MON, '08:00', 'strength', [40, 40, 40, 40, 40, 40], 6),
    spec('aerobicRun', TUE, '17:00', 'endurance', [35, 40, 40, 45, 50, 50], 5),
    spec('teamPractice', WED, '17:00', 'skill', [75, 75, 75, 75, 75, 75], 5),
    spec('aerobicIntervals', THU, '17:00', 'endurance', [40, 40, 45, 45, 50, 55], 6),
    spec('longAerobicRun', SAT, '10:00', 'endurance', [45, 50, 55, 60, 65, 70], 5),
  ],
};

/** Strength 08:00–09:00, endurance from 16:00 (7 h after it ends); hard sessions ≥ 45 h apart. */
const CONCURRENT_BLOCK: TemplateSpec = {
  key: 'concurrent',
  id: 'builtin-concurrent-4w',
  focus: 'concurrent',
  weeks: 4,
  sessions: [
    spec('lowerBodyStrength', MON, '08:00', 'strength', [60, 60, 60, 60], [7, 7, 7.5, 7.5]),
    spec('aerobicRun', MON, '16:00', 'endurance', [30, 35, 40, 40], 4),
    spec('teamPractice', TUE, '17:00', 'skill', [75, 75, 75, 75], 5),
    spec('upperBodyStrength', THU, '08:00', 'strength', [60, 60, 60, 60], [7, 7, 7.5, 7.5]),
    spec('aerobicRun', THU, '16:00', 'endurance', [30, 35, 40, 40], 4),
    spec('tempoIntervals', SAT, '10:00', 'hiit', [30, 30, 35, 35], 7),
  ],
};

/**
 * The normal week the taper cuts from: Mon and Thu strength 60 min at RPE 7, Tue tempo intervals
 * 45 min at RPE 7, Wed team practice 90 min at RPE 5, Fri speed and skill 60 min at RPE 6.
 */
export const TAPER_REFERENCE_WEEK_LOAD_AU = 2 * 60 * 7 + 45 * 7 + 90 * 5 + 60 * 6;

/** Week 1 = 1,180 AU (−40 % against the normal week), week 2 = 800 AU (−59 %), each session at its normal RPE. */
const TAPER: TemplateSpec = {
  key: 'taper',
  id: 'builtin-taper-2w',
  focus: 'taper',
  weeks: 2,
  sessions: [
    spec('lowerBodyStrength', MON, '08:00', 'strength', [40, 30], 7),
    spec('tempoIntervals', TUE, '17:00', 'hiit', [30, 30], 7),
    spec('teamPractice', WED, '17:00', 'skill', [60, 40], 5),
    spec('upperBodyStrength', THU, '08:00', 'strength', [30, 0], 7),
    spec('speedAndSkill', FRI, '17:00', 'skill', [30, 30], 6),
  ],
};

/** Weekly load 845 → 1,050 → 1,195 → 1,403 AU; no hard session (RPE ≥ 7) before week 3. */
const RETURN_BLOCK: TemplateSpec = {
  key: 'return',
  id: 'builtin-return-4w',
  focus: 'return',
  weeks: 4,
  sessions: [
    spec('fullBodyStrength', MON, '08:00', 'strength', [40, 45, 45, 50], [5, 5, 6, 6.5]),
    spec('aerobicRun', TUE, '17:00', 'endurance', [30, 30, 35, 40], [4, 5, 5, 5]),
    spec('teamPractice', WED, '17:00', 'skill', [60, 60, 60, 75], 5),
    spec('fullBodyStrength', THU, '08:00', 'strength', [0, 30, 40, 45], [5, 5, 6, 6.5]),
    spec('speedAndSkill', FRI, '17:00', 'skill', [45, 45, 0, 0], 5),
    spec('tempoIntervals', SAT, '10:00', 'hiit', [0, 0, 30, 30], 7),
  ],
};

const BUILT_IN_SPECS: readonly TemplateSpec[] = [
  STRENGTH_BLOCK,
  ENDURANCE_BASE,
  CONCURRENT_BLOCK,
  TAPER,
  RETURN_BLOCK,
];
const BUILT_IN_IDS: ReadonlySet<string> = new Set(BUILT_IN_SPECS.map((template) => template.id));

/** Week, then weekday, then start time, then title: the order of a template's sessions. */
function compareTemplateSessions(a: TemplateSession, b: TemplateSession): number {
  if (a.week !== b.week) return a.week - b.week;
  if (a.weekday !== b.weekday) return a.weekday - b.weekday;
  if (a.startTime !== b.startTime) return a.startTime < b.startTime ? -1 : 1;
  return a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
}

function buildTemplate(template: TemplateSpec, language: Language): BlockTemplate {
  const texts = templateTexts(language);
  const sessions: TemplateSession[] = [];
  for (const session of template.sessions) {
    const words = texts.sessions[session.kind];
    session.minutes.forEach((durationMin, index) => {
      if (durationMin <= 0) return;
      const targetRpe = typeof session.rpe === 'number' ? session.rpe : session.rpe[index];
      if (targetRpe === undefined) throw new RangeError(`${template.id}: no RPE for week ${index + 1}`);
      sessions.push({
        week: index + 1,
        weekday: session.weekday,
        startTime: session.startTime,
        stimulus: session.stimulus,
        durationMin,
        targetRpe,
        title: words.title,
        description: words.description,
      });
    });
  }
  return BlockTemplateSchema.parse({
    id: template.id,
    name: texts.templates[template.key].name,
    focus: template.focus,
    weeks: template.weeks,
    notes: texts.templates[template.key].notes,
    sessions: sessions.sort(compareTemplateSessions),
  });
}

/** The built-in templates with names, titles and notes in `language` (same sessions in every language). */
export function builtInTemplates(language: Language): BlockTemplate[] {
  return BUILT_IN_SPECS.map((template) => buildTemplate(template, language));
}

/** True for the id of a built-in template (those cannot be edited or deleted). */
export function isBuiltInTemplateId(id: string): boolean {
  return BUILT_IN_IDS.has(id);
}

/** Planned load per week of a template (AU) = Σ target RPE × duration of its sessions (Foster 2001); index 0 = week 1. */
export function templateWeekLoadsAu(template: Pick<BlockTemplate, 'weeks' | 'sessions'>): number[] {
  const loads = Array.from({ length: template.weeks }, () => 0);
  for (const session of template.sessions) {
    loads[session.week - 1] = (loads[session.week - 1] ?? 0) + plannedLoadAu(session);
  }
  return loads;
}

export interface ApplyTemplateOptions {
  /** The Monday of the template's week 1 (`YYYY-MM-DD`). */
  startDate: string;
  blockId?: string;
  squadId?: string;
  athleteIds?: readonly string[];
  newId: () => string;
}

/**
 * The template's sessions as planned sessions: date = startDate + (week − 1) × 7 + (weekday − 1)
 * days. Throws when startDate is not a Monday, or when neither blockId nor squadId is given (the
 * schema needs one of them).
 */
export function applyTemplate(
  template: Pick<BlockTemplate, 'sessions'>,
  options: ApplyTemplateOptions,
): PlannedSession[] {
  if (isoWeekday(options.startDate) !== 1) {
    throw new RangeError(`A template starts on a Monday, not on ${options.startDate}`);
  }
  return [...template.sessions].sort(compareTemplateSessions).map((session) =>
    PlannedSessionSchema.parse({
      id: options.newId(),
      ...(options.blockId === undefined ? {} : { blockId: options.blockId }),
      ...(options.squadId === undefined ? {} : { squadId: options.squadId }),
      date: addDays(options.startDate, (session.week - 1) * 7 + (session.weekday - 1)),
      startTime: session.startTime,
      stimulus: session.stimulus,
      durationMin: session.durationMin,
      targetRpe: session.targetRpe,
      title: session.title,
      description: session.description,
      ...(options.athleteIds === undefined ? {} : { athleteIds: [...options.athleteIds] }),
    }),
  );
}

const MAX_TEMPLATE_WEEKS = 52;

/**
 * A coach's template from a planned block: weeks counted from the Monday of the block's first week,
 * enough weeks to cover the block (and any of its sessions after its end); sessions = the planned
 * sessions with the block's id, one per (week, weekday, start time, title) — copies for athlete
 * groups collapse into one. Sessions before that Monday or after week 52 are left out.
 */
export function templateFromBlock(
  block: Pick<Block, 'id' | 'startDate' | 'endDate' | 'focus' | 'notes'>,
  plannedSessions: readonly PlannedSession[],
  identity: { id: string; name: string },
): BlockTemplate {
  const monday = startOfIsoWeek(block.startDate);
  const seen = new Set<string>();
  const sessions: TemplateSession[] = [];
  let weeks = Math.floor(daysBetween(monday, block.endDate) / 7) + 1;
  for (const planned of plannedSessions) {
    if (planned.blockId !== block.id) continue;
    const offsetDays = daysBetween(monday, planned.date);
    const week = Math.floor(offsetDays / 7) + 1;
    if (offsetDays < 0 || week > MAX_TEMPLATE_WEEKS) continue;
    const weekday = isoWeekday(planned.date);
    const key = `${week}|${weekday}|${planned.startTime}|${planned.title}`;
    if (seen.has(key)) continue;
    seen.add(key);
    weeks = Math.max(weeks, week);
    sessions.push({
      week,
      weekday,
      startTime: planned.startTime,
      stimulus: planned.stimulus,
      durationMin: planned.durationMin,
      targetRpe: planned.targetRpe,
      title: planned.title,
      description: planned.description,
    });
  }
  return BlockTemplateSchema.parse({
    id: identity.id,
    name: identity.name,
    focus: block.focus,
    weeks: Math.min(weeks, MAX_TEMPLATE_WEEKS),
    notes: block.notes,
    sessions: sessions.sort(compareTemplateSessions),
  });
}
