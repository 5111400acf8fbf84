import { isoWeekday } from '../time/local-date';
import { STIMULUS_COUNT } from './daily-load';
import { dateAt, type DayAxis } from './series';

/** Load by stimulus per ISO week (Monday first) over an axis. */
export interface WeeklyStimulusLoad {
  /** The Monday of each week, oldest first; the first and last week may be partly outside the axis. */
  weekStarts: string[];
  /** Week `w`, stimulus `s` (index in STIMULI) at `w * STIMULUS_COUNT + s` (AU). */
  loadAu: Float64Array;
}

/**
 * Sums the daily load by stimulus (`i * STIMULUS_COUNT + s`) into ISO weeks, Monday first
 * (SCIENCE.md, "Calendar"). Days outside the axis count as 0.
 */
export function sumStimulusLoadByIsoWeek(stimulusLoadAu: Float64Array, axis: DayAxis): WeeklyStimulusLoad {
  if (axis.length === 0) return { weekStarts: [], loadAu: new Float64Array(0) };
  const leadDays = isoWeekday(axis.startDate) - 1;
  const weekCount = Math.ceil((leadDays + axis.length) / 7);
  const loadAu = new Float64Array(weekCount * STIMULUS_COUNT);
  const weekStarts: string[] = [];
  for (let week = 0; week < weekCount; week += 1) weekStarts.push(dateAt(axis, week * 7 - leadDays));
  for (let day = 0; day < axis.length; day += 1) {
    const week = Math.floor((day + leadDays) / 7);
    for (let s = 0; s < STIMULUS_COUNT; s += 1) {
      const cell = week * STIMULUS_COUNT + s;
      loadAu[cell] = (loadAu[cell] ?? 0) + (stimulusLoadAu[day * STIMULUS_COUNT + s] ?? 0);
    }
  }
  return { weekStarts, loadAu };
}
