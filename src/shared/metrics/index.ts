/**
 * The load, readiness and recovery engine (SCIENCE.md): pure functions over typed arrays, used by the
 * app, the headless command and the tests alike. Pass `asOf`/`date` in; there is no clock here.
 */
export * from './series';
export * from './inputs';
export * from './session-load';
export * from './daily-load';
export * from './load-series';
export * from './wellness-series';
export * from './hrv-series';
export * from './sustained-fatigue';
export * from './recovery-phase';
export * from './training-gaps';
export * from './stimulus-weeks';
export * from './athlete-metrics';
export * from './readiness-types';
export * from './readiness';
export * from './athlete-summary';
export * from './athlete-lookups';
export * from './rule-firing';
export * from './team-metrics';
export * from './metrics-report';
export * from './inputs-from-csv';
