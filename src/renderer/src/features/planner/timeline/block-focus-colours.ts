import type { BlockFocus } from '@shared/model';

/**
 * One colour per block focus, the same wherever a block is drawn (Mantine's palette, shade 6–8 so
 * white text stays readable). Strength and endurance match their stimulus colours on the charts;
 * the focus word is always written beside the colour, so colour is never the only cue.
 */
export const BLOCK_FOCUS_COLOURS: Readonly<Record<BlockFocus, string>> = {
  strength: '#1971c2',
  endurance: '#2f9e44',
  concurrent: '#6741d9',
  taper: '#e67700',
  deload: '#868e96',
  competition: '#c92a2a',
  return: '#0c8599',
};
