import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@shared/model/settings';
import { checkPlan } from '@shared/planning/rules';
import {
  scaledDurationMin,
  scaleTemplate,
  squadChronicWeeklyLoad,
  templateReferenceWeekLoadAu,
  templateScale,
} from '@shared/planning/template-scaling';
import {
  builtInTemplates,
  TAPER_REFERENCE_WEEK_LOAD_AU,
  templateWeekLoadsAu,
} from '@shared/planning/templates';
import { addDays } from '@shared/time/local-date';
import {
  buildSeasonPlan,
  defaultTemplateSequence,
} from '../../../src/renderer/src/features/planner/timeline/season-builder';
import { calmHistory, CALM_WEEK, planAthlete, TODAY } from './plan-test-support';

const settings = defaultSettings();
/** A squad used to 2,400 AU a week: six 80-minute sessions at RPE 5. */
const HEAVY_WEEK = CALM_WEEK.map((day) => ({ ...day, durationMin: 80 }));
const heavySquad = () =>
  ['ann', 'bob', 'cas'].map((id) => planAthlete(id, { sessions: calmHistory(TODAY, 12, HEAVY_WEEK) }));

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

describe('template scaling: templates at the squad’s chronic load', () => {
  it('the squad’s chronic weekly load: the mean EWMA chronic of athletes with recent history', () => {
    const squad = squadChronicWeeklyLoad(heavySquad(), TODAY, settings.load);
    expect(squad?.athleteCount).toBe(3);
    // 12 weeks of 2,400 AU from nothing, read after a rest day: the EWMA (span 28) is within 5 % of it.
    expect(squad?.weeklyLoadAu).toBeGreaterThan(2280);
    expect(squad?.weeklyLoadAu).toBeLessThan(2450);
    // An athlete without sessions, or whose last session is long past, is not counted.
    const old = planAthlete('old', { sessions: calmHistory(addDays(TODAY, -70), 12, HEAVY_WEEK) });
    const none = planAthlete('none', { sessions: [] });
    expect(squadChronicWeeklyLoad([...heavySquad(), old, none], TODAY, settings.load)?.athleteCount).toBe(3);
    expect(squadChronicWeeklyLoad([old, none], TODAY, settings.load)).toBeNull();
    // Only the days before the as-of date count.
    expect(squadChronicWeeklyLoad(heavySquad(), addDays(TODAY, -84), settings.load)).toBeNull();
  });

  it('the reference week: the mean of the weeks, the normal week for the built-in taper', () => {
    const [strength] = builtInTemplates('en').filter((template) => template.focus === 'strength');
    const taper = builtInTemplates('en').find((template) => template.focus === 'taper');
    if (!strength || !taper) throw new Error('expected built-in templates');
    expect(templateReferenceWeekLoadAu(strength)).toBeCloseTo(mean(templateWeekLoadsAu(strength)), 6);
    expect(templateReferenceWeekLoadAu(taper)).toBe(TAPER_REFERENCE_WEEK_LOAD_AU);
    expect(templateReferenceWeekLoadAu({ ...taper, id: 'mine' })).toBeNull();
  });

  it('scales durations to the squad’s load (in 5-minute steps) and keeps the target RPEs', () => {
    const squad = squadChronicWeeklyLoad(heavySquad(), TODAY, settings.load);
    const [base] = builtInTemplates('en');
    if (!base || !squad) throw new Error('expected a template and a squad');
    const scale = templateScale([base], squad);
    expect(scale.factor).toBeGreaterThan(1.4);
    const scaled = scaleTemplate(base, scale.factor);
    expect(mean(templateWeekLoadsAu(scaled)) / squad.weeklyLoadAu).toBeCloseTo(1, 1);
    expect(scaled.sessions.map((session) => session.targetRpe)).toEqual(
      base.sessions.map((session) => session.targetRpe),
    );
    expect(scaled.sessions.every((session) => session.durationMin % 5 === 0)).toBe(true);
    expect(scaledDurationMin(30, 0.01)).toBe(5);
    expect(scaledDurationMin(300, 3)).toBe(600);
    // Without squad history: the template's loads.
    expect(templateScale([base], null).factor).toBe(1);
  });

  it('a default season for a squad at 2,400 AU a week: unscaled its first weeks fall below the planning band and are flagged; scaled they are not', () => {
    const athletes = heavySquad();
    const templates = defaultTemplateSequence(builtInTemplates('en'));
    let id = 0;
    const plan = (scaleFactor: number) =>
      buildSeasonPlan({
        name: 'S',
        squadId: 'squad-a',
        startDate: TODAY,
        newId: () => `id-${(id += 1)}`,
        templates,
        scaleFactor,
      });
    const lowWeeks = (scaleFactor: number) => {
      const { blocks, sessions } = plan(scaleFactor);
      return checkPlan({ today: TODAY, settings, athletes, blocks, plannedSessions: sessions })
        .filter((warning) => warning.rule === 'projected-ratio-low')
        .map((warning) => warning.id)
        .filter((warningId) => warningId < `projected-ratio-low:${addDays(TODAY, 28)}`);
    };
    expect(lowWeeks(1).length).toBeGreaterThanOrEqual(2);
    const squad = squadChronicWeeklyLoad(athletes, TODAY, settings.load);
    const { factor } = templateScale(templates, squad);
    expect(lowWeeks(factor)).toEqual([]);
  });
});
