import type { Settings } from '../model/settings';
import {
  createOptionalSeries,
  divideOrNull,
  extendArray,
  extendOptionalSeries,
  setValue,
  type OptionalSeries,
} from './series';

type LoadSettings = Settings['load'];

/** The daily load metrics of SCIENCE.md, "Load", one value per day of the axis. */
export interface LoadSeries {
  /** Rolling, coupled: mean of the last 7 days including today (AU/day). */
  acuteMeanAu: Float64Array;
  /** Rolling, coupled: mean of the last 28 days including today (AU/day). */
  chronicMeanAu: Float64Array;
  acwrRolling: OptionalSeries;
  /** Rolling, uncoupled: mean of days t−27 … t−7 (Lolli 2019). */
  chronicUncoupledMeanAu: Float64Array;
  acwrRollingUncoupled: OptionalSeries;
  /** EWMA with λ = 2/(N+1), N = 7 and 28, starting from 0 (Williams 2017). */
  ewmaAcuteAu: Float64Array;
  ewmaChronicAu: Float64Array;
  acwrEwma: OptionalSeries;
  /** Mean / sample SD of the last 7 daily loads (Foster 1998); undefined when the SD is 0. */
  monotony: OptionalSeries;
  /** 7-day load sum × monotony (AU). */
  strainAu: OptionalSeries;
  /** Performance Management Chart (Banister 1975). */
  ctlAu: Float64Array;
  atlAu: Float64Array;
  /** CTL(t−1) − ATL(t−1); the start values on the first day. */
  tsbAu: Float64Array;
  /** CTL(t) − CTL(t−7); days before the axis hold the CTL start value. */
  rampAu: Float64Array;
}

/** Σ loadAu[from … to] with days before index 0 counting as 0. */
function windowSumAu(loadAu: Float64Array, from: number, to: number): number {
  let sum = 0;
  for (let j = Math.max(0, from); j <= to; j += 1) sum += loadAu[j] ?? 0;
  return sum;
}

function allocate(length: number, previous: LoadSeries | undefined, keepDays: number): LoadSeries {
  const float = (name: keyof LoadSeries): Float64Array => {
    const old = previous?.[name];
    return old instanceof Float64Array ? extendArray(old, length, keepDays) : new Float64Array(length);
  };
  const optional = (name: keyof LoadSeries): OptionalSeries => {
    const old = previous?.[name];
    return old && !(old instanceof Float64Array)
      ? extendOptionalSeries(old, length, keepDays)
      : createOptionalSeries(length);
  };
  return {
    acuteMeanAu: float('acuteMeanAu'),
    chronicMeanAu: float('chronicMeanAu'),
    acwrRolling: optional('acwrRolling'),
    chronicUncoupledMeanAu: float('chronicUncoupledMeanAu'),
    acwrRollingUncoupled: optional('acwrRollingUncoupled'),
    ewmaAcuteAu: float('ewmaAcuteAu'),
    ewmaChronicAu: float('ewmaChronicAu'),
    acwrEwma: optional('acwrEwma'),
    monotony: optional('monotony'),
    strainAu: optional('strainAu'),
    ctlAu: float('ctlAu'),
    atlAu: float('atlAu'),
    tsbAu: float('tsbAu'),
    rampAu: float('rampAu'),
  };
}

/**
 * Every load metric of SCIENCE.md, "Load", from daily loads (AU). With `previous` and `fromIndex`,
 * days before `fromIndex` are kept from `previous` and the rest recomputed; the result is identical to
 * a full computation because every window sum is taken afresh and the recursions continue from the
 * stored values of the day before.
 */
export function computeLoadSeries(
  dailyLoadAu: Float64Array,
  settings: LoadSettings,
  previous?: LoadSeries,
  fromIndex = 0,
): LoadSeries {
  const length = dailyLoadAu.length;
  const start = previous ? Math.max(0, Math.min(fromIndex, length, previous.ctlAu.length)) : 0;
  const series = allocate(length, previous, start);
  for (let i = start; i < length; i += 1) {
    fillRolling(series, dailyLoadAu, settings, i);
    fillMonotony(series, dailyLoadAu, settings, i);
    fillRecursive(series, dailyLoadAu, settings, i);
  }
  return series;
}

function fillRolling(series: LoadSeries, loadAu: Float64Array, settings: LoadSettings, i: number): void {
  const acuteMeanAu = windowSumAu(loadAu, i - settings.acuteWindowDays + 1, i) / settings.acuteWindowDays;
  const chronicMeanAu =
    windowSumAu(loadAu, i - settings.chronicWindowDays + 1, i) / settings.chronicWindowDays;
  const uncoupledDays = settings.uncoupledChronicFromDaysAgo - settings.uncoupledChronicToDaysAgo + 1;
  const uncoupledMeanAu =
    uncoupledDays > 0
      ? windowSumAu(
          loadAu,
          i - settings.uncoupledChronicFromDaysAgo,
          i - settings.uncoupledChronicToDaysAgo,
        ) / uncoupledDays
      : 0;
  series.acuteMeanAu[i] = acuteMeanAu;
  series.chronicMeanAu[i] = chronicMeanAu;
  series.chronicUncoupledMeanAu[i] = uncoupledMeanAu;
  setValue(series.acwrRolling, i, divideOrNull(acuteMeanAu, chronicMeanAu));
  setValue(series.acwrRollingUncoupled, i, divideOrNull(acuteMeanAu, uncoupledMeanAu));
}

/** Monotony = mean / sample SD of the window; undefined when every load in it is equal (SD 0). */
function fillMonotony(series: LoadSeries, loadAu: Float64Array, settings: LoadSettings, i: number): void {
  const days = settings.monotonyWindowDays;
  const sumAu = windowSumAu(loadAu, i - days + 1, i);
  const meanAu = sumAu / days;
  let squares = 0;
  let isConstant = true;
  const first = i - days + 1 >= 0 ? (loadAu[i - days + 1] ?? 0) : 0;
  for (let j = i - days + 1; j <= i; j += 1) {
    const value = j >= 0 ? (loadAu[j] ?? 0) : 0;
    if (value !== first) isConstant = false;
    squares += (value - meanAu) * (value - meanAu);
  }
  const sdAu = Math.sqrt(squares / (days - 1));
  const monotony = isConstant ? null : divideOrNull(meanAu, sdAu);
  setValue(series.monotony, i, monotony);
  setValue(series.strainAu, i, monotony === null ? null : sumAu * monotony);
}

function fillRecursive(series: LoadSeries, loadAu: Float64Array, settings: LoadSettings, i: number): void {
  const load = loadAu[i] ?? 0;
  const lambdaAcute = 2 / (settings.ewmaAcuteSpanDays + 1);
  const lambdaChronic = 2 / (settings.ewmaChronicSpanDays + 1);
  const ewmaAcuteBefore = i > 0 ? (series.ewmaAcuteAu[i - 1] ?? 0) : 0;
  const ewmaChronicBefore = i > 0 ? (series.ewmaChronicAu[i - 1] ?? 0) : 0;
  const ewmaAcuteAu = lambdaAcute * load + (1 - lambdaAcute) * ewmaAcuteBefore;
  const ewmaChronicAu = lambdaChronic * load + (1 - lambdaChronic) * ewmaChronicBefore;
  series.ewmaAcuteAu[i] = ewmaAcuteAu;
  series.ewmaChronicAu[i] = ewmaChronicAu;
  setValue(series.acwrEwma, i, divideOrNull(ewmaAcuteAu, ewmaChronicAu));

  const ctlDecay = Math.exp(-1 / settings.ctlTimeConstantDays);
  const atlDecay = Math.exp(-1 / settings.atlTimeConstantDays);
  const ctlBefore = i > 0 ? (series.ctlAu[i - 1] ?? 0) : settings.ctlStartAu;
  const atlBefore = i > 0 ? (series.atlAu[i - 1] ?? 0) : settings.atlStartAu;
  const ctlAu = ctlBefore * ctlDecay + load * (1 - ctlDecay);
  series.ctlAu[i] = ctlAu;
  series.atlAu[i] = atlBefore * atlDecay + load * (1 - atlDecay);
  series.tsbAu[i] = ctlBefore - atlBefore;
  const ctlWeekBefore = i >= 7 ? (series.ctlAu[i - 7] ?? 0) : settings.ctlStartAu;
  series.rampAu[i] = ctlAu - ctlWeekBefore;
}
