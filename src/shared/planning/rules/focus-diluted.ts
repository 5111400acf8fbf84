import type { Block, PlannedSession } from '../../model/plan';
import { comparePlanned, plannedLoadAu } from '../plan-context';
import type { PlanWarningFor } from '../plan-warnings';
import { floorAu, stimulusClasses, type RuleInput, type StimulusClasses } from './rule-input';

/**
 * Block focus (SCIENCE.md, "Strength and endurance"; Issurin 2010): in a block whose focus is
 * strength, the share of its planned load (target RPE × duration, each planned session once, not per
 * athlete) from endurance/HIIT above interference.focusDilutionPercent is a warning; the reverse for
 * an endurance block. Other focuses are not checked. Only blocks with a planned session still to come.
 */

function opposingOf(block: Block, classes: StimulusClasses): StimulusClasses['isStrength'] | null {
  if (block.focus === 'strength') return classes.isEndurance;
  if (block.focus === 'endurance') return classes.isStrength;
  return null;
}

/**
 * The largest opposing load x with x / (x + rest) ≤ p: x = p · rest / (1 − p), whole AU; unbounded
 * (the current load) when p ≥ 100 %.
 */
export function maxOpposingLoadAu(restLoadAu: number, percent: number, opposingLoadAu: number): number {
  if (percent >= 100) return opposingLoadAu;
  return floorAu((percent * restLoadAu) / (100 - percent));
}

function checkBlock(
  block: Block,
  sessions: readonly PlannedSession[],
  input: RuleInput,
  isOpposing: StimulusClasses['isStrength'],
): PlanWarningFor<'focus-diluted'> | null {
  const percentLimit = input.context.settings.interference.focusDilutionPercent;
  let totalLoadAu = 0;
  let opposingLoadAu = 0;
  const opposing: PlannedSession[] = [];
  for (const planned of sessions) {
    const loadAu = plannedLoadAu(planned);
    totalLoadAu += loadAu;
    if (isOpposing(planned.stimulus)) {
      opposingLoadAu += loadAu;
      opposing.push(planned);
    }
  }
  // Compared without dividing, so exactly the limit is not a warning.
  if (totalLoadAu <= 0 || opposingLoadAu * 100 <= percentLimit * totalLoadAu) return null;
  const blockSessionIds = new Set(sessions.map((planned) => planned.id));
  const athleteIds = input.views
    .filter((view) => view.projection.planned.some(({ planned }) => blockSessionIds.has(planned.id)))
    .map((view) => view.athlete.athleteId);
  return {
    id: `focus-diluted:${block.id}`,
    rule: 'focus-diluted',
    severity: 'warning',
    date: block.startDate,
    sessionIds: opposing.sort(comparePlanned).map((planned) => planned.id),
    athleteIds,
    blockId: block.id,
    values: {
      focus: block.focus,
      percent: (opposingLoadAu / totalLoadAu) * 100,
      opposingLoadAu,
      totalLoadAu,
      focusDilutionPercent: percentLimit,
    },
    fix: {
      kind: 'reduce-opposing-load',
      blockId: block.id,
      maxOpposingLoadAu: maxOpposingLoadAu(totalLoadAu - opposingLoadAu, percentLimit, opposingLoadAu),
    },
  };
}

export function checkFocusDiluted(input: RuleInput): PlanWarningFor<'focus-diluted'>[] {
  const classes = stimulusClasses(input.context.settings);
  const upcomingIds = new Set<string>();
  for (const view of input.views) for (const planned of view.upcoming) upcomingIds.add(planned.id);
  const byBlock = new Map<string, PlannedSession[]>();
  for (const planned of input.context.plannedSessions) {
    if (planned.blockId === undefined) continue;
    const sessions = byBlock.get(planned.blockId);
    if (sessions) sessions.push(planned);
    else byBlock.set(planned.blockId, [planned]);
  }
  const warnings: PlanWarningFor<'focus-diluted'>[] = [];
  for (const block of input.context.blocks) {
    const isOpposing = opposingOf(block, classes);
    const sessions = byBlock.get(block.id) ?? [];
    if (!isOpposing || !sessions.some((planned) => upcomingIds.has(planned.id))) continue;
    const warning = checkBlock(block, sessions, input, isOpposing);
    if (warning) warnings.push(warning);
  }
  return warnings;
}
