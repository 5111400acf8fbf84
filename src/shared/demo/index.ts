export { generateDemoTeam, iterateDemoTeam, forEachDemoAthlete } from './generate-demo-team';
export { DEMO_ROLES, type DemoRole } from './roles';
export { DEMO_CURRENT_SEASON_ID } from './seasons';
export { createRandom, hashSeed, type Random } from './random';
export type { DemoOptions, DemoTeam } from './types';
