import type { Stimulus } from '@shared/model';

/**
 * One colour per stimulus, the same on every chart (Mantine's palette, shade 6–9 for contrast on
 * white). Strength and endurance, which the planner keeps apart, are blue and green.
 */
export const STIMULUS_COLOURS: Readonly<Record<Stimulus, string>> = {
  strength: '#1971c2',
  endurance: '#2f9e44',
  hiit: '#e8590c',
  mixed: '#9c36b5',
  skill: '#1098ad',
  recovery: '#94d82d',
  match: '#c92a2a',
  other: '#868e96',
};
