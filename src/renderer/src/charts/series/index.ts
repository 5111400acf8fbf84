/** Pure series builders: engine numbers in, plain points out; no React (tested in tests/unit/charts). */
export * from './range';
export * from './sampling';
export * from './ticks';
export * from './load-series';
export * from './fitness-series';
export * from './wellness-series';
export * from './hrv-series';
export * from './recovery-strip';
export * from './detraining-series';
export * from './projection-series';
export * from './value-axis';
