import type { Settings } from '../model/settings';
import { divideOrNull, extendValues, extendOptionalSeries, setValue, type OptionalSeries } from './series';

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

type LoadValueName = {
  [Name in keyof LoadSeries]: LoadSeries[Name] extends Float64Array ? Name : never;
}[keyof LoadSeries];
type LoadOptionalName = Exclude<keyof LoadSeries, LoadValueName>;

function allocate(length: number, previous: LoadSeries | undefined, keepDays: number): LoadSeries {
  const float = (name: LoadValueName): Float64Array => extendValues(previous?.[name], length, keepDays);
  const optional = (name: LoadOptionalName): OptionalSeries =>
    extendOptionalSeries(previous?.[name], length, keepDays);
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
 * days before `fromIndex` are kept from `previous` and the rest recomputed. Window sums come from a
 * prefix sum over the whole series, rebuilt on every call, and the recursions continue from the stored
 * day before, so the result is identical to a full computation. A window of zero loads sums to exactly
 * 0 (the prefix does not change across it), so its ratios are undefined, never a rounding remainder.
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
  const prefixAu = new Float64Array(length + 1);
  for (let i = 0; i < length; i += 1) prefixAu[i + 1] = (prefixAu[i] ?? 0) + (dailyLoadAu[i] ?? 0);
  const windowSumAu = (from: number, to: number): number =>
    to < 0 ? 0 : (prefixAu[to + 1] ?? 0) - (prefixAu[Math.max(0, from)] ?? 0);
  const { acuteWindowDays, chronicWindowDays, uncoupledChronicFromDaysAgo, uncoupledChronicToDaysAgo } =
    settings;
  const uncoupledDays = uncoupledChronicFromDaysAgo - uncoupledChronicToDaysAgo + 1;
  for (let i = start; i < length; i += 1) {
    const acuteMeanAu = windowSumAu(i - acuteWindowDays + 1, i) / acuteWindowDays;
    const chronicMeanAu = windowSumAu(i - chronicWindowDays + 1, i) / chronicWindowDays;
    const uncoupledMeanAu =
      uncoupledDays > 0
        ? windowSumAu(i - uncoupledChronicFromDaysAgo, i - uncoupledChronicToDaysAgo) / uncoupledDays
        : 0;
    series.acuteMeanAu[i] = acuteMeanAu;
    series.chronicMeanAu[i] = chronicMeanAu;
    series.chronicUncoupledMeanAu[i] = uncoupledMeanAu;
    setValue(series.acwrRolling, i, divideOrNull(acuteMeanAu, chronicMeanAu));
    setValue(series.acwrRollingUncoupled, i, divideOrNull(acuteMeanAu, uncoupledMeanAu));
    const monotonyDays = settings.monotonyWindowDays;
    fillMonotony(series, dailyLoadAu, monotonyDays, i, windowSumAu(i - monotonyDays + 1, i));
  }
  fillRecursive(series, dailyLoadAu, settings, start);
  return series;
}

/**
 * Monotony = mean / sample SD of the window (the sum from the prefix, the squared deviations summed
 * directly); undefined when every load in it is equal (SD 0), which is decided by comparing the
 * loads, not the rounded SD.
 */
function fillMonotony(
  series: LoadSeries,
  loadAu: Float64Array,
  days: number,
  i: number,
  sumAu: number,
): void {
  const meanAu = sumAu / days;
  const first = i - days + 1 >= 0 ? (loadAu[i - days + 1] ?? 0) : 0;
  let squares = 0;
  let isConstant = true;
  for (let j = i - days + 1; j <= i; j += 1) {
    const value = j >= 0 ? (loadAu[j] ?? 0) : 0;
    if (value !== first) isConstant = false;
    squares += (value - meanAu) * (value - meanAu);
  }
  const monotony = isConstant ? null : divideOrNull(meanAu, Math.sqrt(squares / (days - 1)));
  setValue(series.monotony, i, monotony);
  setValue(series.strainAu, i, monotony === null ? null : sumAu * monotony);
}

/** EWMA (Williams 2017) and PMC (Banister 1975) from day `start` on, continuing from the day before. */
function fillRecursive(
  series: LoadSeries,
  loadAu: Float64Array,
  settings: LoadSettings,
  start: number,
): void {
  const lambdaAcute = 2 / (settings.ewmaAcuteSpanDays + 1);
  const lambdaChronic = 2 / (settings.ewmaChronicSpanDays + 1);
  const ctlDecay = Math.exp(-1 / settings.ctlTimeConstantDays);
  const atlDecay = Math.exp(-1 / settings.atlTimeConstantDays);
  const { ewmaAcuteAu, ewmaChronicAu, ctlAu, atlAu, tsbAu, rampAu } = series;
  for (let i = start; i < loadAu.length; i += 1) {
    const load = loadAu[i] ?? 0;
    const acute = lambdaAcute * load + (1 - lambdaAcute) * (i > 0 ? (ewmaAcuteAu[i - 1] ?? 0) : 0);
    const chronic = lambdaChronic * load + (1 - lambdaChronic) * (i > 0 ? (ewmaChronicAu[i - 1] ?? 0) : 0);
    ewmaAcuteAu[i] = acute;
    ewmaChronicAu[i] = chronic;
    setValue(series.acwrEwma, i, divideOrNull(acute, chronic));
    const ctlBefore = i > 0 ? (ctlAu[i - 1] ?? 0) : settings.ctlStartAu;
    const atlBefore = i > 0 ? (atlAu[i - 1] ?? 0) : settings.atlStartAu;
    const ctl = ctlBefore * ctlDecay + load * (1 - ctlDecay);
    ctlAu[i] = ctl;
    atlAu[i] = atlBefore * atlDecay + load * (1 - atlDecay);
    tsbAu[i] = ctlBefore - atlBefore;
    rampAu[i] = ctl - (i >= 7 ? (ctlAu[i - 7] ?? 0) : settings.ctlStartAu);
  }
}
