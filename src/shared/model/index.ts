export * from './common';
export * from './athlete';
export * from './session';
export * from './wellness';
export * from './availability';
export * from './plan';
export * from './settings';
