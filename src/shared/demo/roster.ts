import type { Athlete } from '../model/athlete';
import { fromDayNumber } from '../time/local-date';
import { pickUniqueName } from './names';
import { createRandom, hashSeed, type Random } from './random';
import { demoRoleOf, type DemoRole } from './roles';
import type { DemoSquad } from './squads';

/** An athlete record plus what the generator needs to write its history. */
export interface DemoAthleteProfile {
  athlete: Athlete;
  /** 0-based position in the roster; also the seed part of its history. */
  index: number;
  /** The readable number in its ids, e.g. `03`. */
  key: string;
  squad: DemoSquad;
  role: DemoRole | undefined;
  ageYears: number;
  hasHrv: boolean;
}

const POSITIONS = [
  'Goalkeeper',
  'Centre-back',
  'Centre-back',
  'Full-back',
  'Full-back',
  'Defensive midfielder',
  'Central midfielder',
  'Central midfielder',
  'Winger',
  'Winger',
  'Striker',
  'Striker',
] as const;

const ROLE_NOTES: Partial<Record<DemoRole, string>> = {
  returning: 'Hamstring strain: three weeks out, now building back up.',
  sustainedFatigue: 'Extra conditioning on top of the team programme in the last ten days.',
  veteran: 'Veteran goalkeeper and goalkeeping coach; recovers more slowly.',
  novice: 'First season of structured strength training.',
  modifiedTraining: 'Ankle sprain: gym and technique only for now.',
};

const DAYS_PER_YEAR = 365.2425;
const SALT_ROSTER = 0x5eed;

/** Stable readable id of the athlete at 0-based `index`: `demo-athlete-01`, … */
export function demoAthleteId(index: number): string {
  return `demo-athlete-${demoAthleteKey(index)}`;
}

/** The readable athlete number used inside ids (at least two digits). */
export function demoAthleteKey(index: number): string {
  return String(index + 1).padStart(2, '0');
}

function pickAgeYears(random: Random, squad: DemoSquad, role: DemoRole | undefined): number {
  if (role === 'veteran') return random.int(50, 56);
  if (role === 'novice') return random.int(17, 19);
  const [minAge, maxAge] = squad.ageRangeYears;
  // Triangular: most players in the middle of the squad's age range.
  return minAge + Math.floor(((maxAge - minAge + 1) * (random.next() + random.next())) / 2);
}

function pickTrainingAgeYears(random: Random, ageYears: number, role: DemoRole | undefined): number {
  if (role === 'novice') return random.pick([0.25, 0.5, 0.75]);
  if (role === 'veteran') return 15;
  return Math.min(15, Math.max(2, Math.round(ageYears - 14 - random.between(0, 5))));
}

/**
 * The roster: athletes spread round-robin over the squads (athlete 1 in squad 1, athlete 2 in squad
 * 2, …), with unique names and ages on `todayDay`. About half wear an HRV monitor.
 */
export function buildRoster(
  squads: readonly DemoSquad[],
  athleteCount: number,
  seed: number,
  todayDay: number,
): DemoAthleteProfile[] {
  const random = createRandom(hashSeed(seed, SALT_ROSTER));
  const hrvOffset = random.int(0, 3);
  const usedNames = new Set<string>();
  const profiles: DemoAthleteProfile[] = [];
  for (let index = 0; index < athleteCount; index += 1) {
    const squad = squads[index % squads.length];
    if (squad === undefined) throw new RangeError('A demo team needs at least one squad');
    const id = demoAthleteId(index);
    const role = demoRoleOf(id);
    const ageYears = pickAgeYears(random, squad, role);
    const birthDay = todayDay - Math.floor((ageYears + random.between(0.05, 0.95)) * DAYS_PER_YEAR);
    const withinSquad = Math.floor(index / squads.length);
    const athlete: Athlete = {
      id,
      name: pickUniqueName(random, squad.sex, usedNames),
      birthDate: fromDayNumber(birthDay),
      sex: squad.sex,
      squadIds: [squad.squad.id],
      position:
        role === 'veteran' ? 'Goalkeeper' : (POSITIONS[withinSquad % POSITIONS.length] ?? 'Midfielder'),
      sport: 'Football',
      trainingAgeYears: pickTrainingAgeYears(random, ageYears, role),
      notes: (role && ROLE_NOTES[role]) ?? '',
      isArchived: false,
    };
    // Pairs of consecutive athletes alternate, so both squads get monitors (SCIENCE.md, HRV).
    const hasHrv = role === 'sustainedFatigue' || ((index + hrvOffset) >> 1) % 2 === 0;
    profiles.push({ athlete, index, key: demoAthleteKey(index), squad, role, ageYears, hasHrv });
  }
  return profiles;
}
