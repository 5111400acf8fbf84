/**
 * Athletes with a story, so that every readiness and planning rule of SCIENCE.md has something to
 * find in the demo team. Ids are fixed; a role exists when the team has at least that many athletes
 * (six for the four main roles, ten for all).
 */
export const DEMO_ROLES = {
  /** Injured for three weeks (about 5 to 2 weeks ago), now back on a reduced load. */
  returning: 'demo-athlete-03',
  /** Higher load and clearly worse wellness (and HRV) in the last 10 days. */
  sustainedFatigue: 'demo-athlete-04',
  /** Aged 50–56 on the generation date: slower recovery. */
  veteran: 'demo-athlete-06',
  /** Training age under one year. */
  novice: 'demo-athlete-05',
  /** On modified training since a few days ago (open-ended availability event). */
  modifiedTraining: 'demo-athlete-07',
  /** Ill for six days about two months ago. */
  recentlyIll: 'demo-athlete-10',
} as const;

export type DemoRole = keyof typeof DEMO_ROLES;

const ROLE_BY_ATHLETE_ID = new Map<string, DemoRole>(
  Object.entries(DEMO_ROLES).map(([role, athleteId]) => [athleteId, role as DemoRole]),
);

/** The role of an athlete id, if it has one. */
export function demoRoleOf(athleteId: string): DemoRole | undefined {
  return ROLE_BY_ATHLETE_ID.get(athleteId);
}

/** The story windows, as days before the generation date (`today` = 0), both ends included. */
export const ROLE_WINDOWS_DAYS_AGO = {
  injury: { from: 35, to: 15 },
  returnEarly: { from: 14, to: 8 },
  returnLate: { from: 7, to: 1 },
  overload: { from: 9, to: 0 },
  modified: { from: 4, to: 0 },
  illness: { from: 61, to: 56 },
} as const;

/** How an athlete trains on a day: the generator's switch for sessions and wellness. */
export type DayCondition =
  'normal' | 'injured' | 'ill' | 'modified' | 'returningEarly' | 'returningLate' | 'overloaded';

const CONDITION_BY_ROLE: Partial<
  Record<DemoRole, readonly (readonly [keyof typeof ROLE_WINDOWS_DAYS_AGO, DayCondition])[]>
> = {
  returning: [
    ['injury', 'injured'],
    ['returnEarly', 'returningEarly'],
    ['returnLate', 'returningLate'],
  ],
  sustainedFatigue: [['overload', 'overloaded']],
  modifiedTraining: [['modified', 'modified']],
  recentlyIll: [['illness', 'ill']],
};

/** The condition of an athlete with `role` on the day `daysAgo` days before the generation date. */
export function dayConditionOf(role: DemoRole | undefined, daysAgo: number): DayCondition {
  if (role === undefined) return 'normal';
  for (const [windowName, condition] of CONDITION_BY_ROLE[role] ?? []) {
    const window = ROLE_WINDOWS_DAYS_AGO[windowName];
    if (daysAgo <= window.from && daysAgo >= window.to) return condition;
  }
  return 'normal';
}
