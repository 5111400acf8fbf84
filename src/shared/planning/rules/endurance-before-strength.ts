import type { PlannedSession } from '../../model/plan';
import type { PlanWarningFor } from '../plan-warnings';
import {
  groupFindings,
  stimulusClasses,
  type AthletePlanView,
  type RuleInput,
  type StimulusClasses,
} from './rule-input';

/**
 * Order on a day (SCIENCE.md, "Strength and endurance"; Murlasits 2018: strength before endurance
 * gave more lower-body strength): for one athlete, an endurance/HIIT session planned to start before
 * a strength session on the same day. Both are planned sessions still to come (a logged session
 * cannot swap places), one warning per such pair.
 */

interface OrderFinding {
  id: string;
  athleteId: string;
  endurance: PlannedSession;
  strength: PlannedSession;
}

function findOrderBreaks(view: AthletePlanView, classes: StimulusClasses): OrderFinding[] {
  const findings: OrderFinding[] = [];
  const { upcoming } = view;
  // `upcoming` is in date and start-time order: each day is one run of it.
  for (let dayStart = 0; dayStart < upcoming.length;) {
    const date = upcoming[dayStart]?.date;
    let dayEnd = dayStart;
    while (dayEnd < upcoming.length && upcoming[dayEnd]?.date === date) dayEnd += 1;
    for (let e = dayStart; e < dayEnd; e += 1) {
      const endurance = upcoming[e];
      if (!endurance || !classes.isEndurance(endurance.stimulus)) continue;
      for (let s = e + 1; s < dayEnd; s += 1) {
        const strength = upcoming[s];
        if (!strength || !classes.isStrength(strength.stimulus)) continue;
        if (strength.startTime <= endurance.startTime) continue;
        findings.push({
          id: `endurance-before-strength:${endurance.id}:${strength.id}`,
          athleteId: view.athlete.athleteId,
          endurance,
          strength,
        });
      }
    }
    dayStart = dayEnd;
  }
  return findings;
}

export function checkEnduranceBeforeStrength(
  input: RuleInput,
): PlanWarningFor<'endurance-before-strength'>[] {
  const classes = stimulusClasses(input.context.settings);
  const findings = input.views.flatMap((view) => findOrderBreaks(view, classes));
  return [...groupFindings(findings).values()].map(({ athleteIds, findings: [finding] }) => {
    if (!finding) throw new RangeError('An empty group of findings');
    const { endurance, strength } = finding;
    return {
      id: finding.id,
      rule: 'endurance-before-strength' as const,
      severity: 'warning',
      date: endurance.date,
      sessionIds: [endurance.id, strength.id],
      athleteIds,
      values: {
        enduranceStimulus: endurance.stimulus,
        enduranceStartTime: endurance.startTime,
        strengthStimulus: strength.stimulus,
        strengthStartTime: strength.startTime,
      },
      fix: { kind: 'swap-order' as const, firstSessionId: endurance.id, secondSessionId: strength.id },
    };
  });
}
