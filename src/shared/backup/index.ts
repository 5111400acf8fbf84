export * from './format';
export * from './rotation';
export * from './schedule';
