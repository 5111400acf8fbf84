import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEMO_CURRENT_SEASON_ID, generateDemoTeam, iterateDemoTeam, type DemoTeam } from '@shared/demo';
import {
  AthleteSchema,
  AvailabilityEventSchema,
  BlockSchema,
  SeasonSchema,
  SessionSchema,
  SquadSchema,
  WellnessEntrySchema,
} from '@shared/model';
import { addDays, isIsoDate } from '@shared/time/local-date';
import { TODAY, defaultTeam } from './demo-test-helpers';

const FIRST_DAY = addDays(TODAY, -111);

describe('generateDemoTeam: shape of the default team', () => {
  it('has 24 athletes in 2 squads, each athlete in an existing squad', () => {
    const team = defaultTeam();
    expect(team.athletes).toHaveLength(24);
    expect(team.squads).toHaveLength(2);
    const squadIds = new Set(team.squads.map((squad) => squad.id));
    for (const athlete of team.athletes) expect(athlete.squadIds.every((id) => squadIds.has(id))).toBe(true);
    for (const squad of team.squads) {
      expect(team.athletes.filter((athlete) => athlete.squadIds.includes(squad.id))).toHaveLength(12);
    }
  });

  it('covers exactly the 112 days ending on today, with nothing recorded after today', () => {
    const team = defaultTeam();
    const dates = [...team.sessions, ...team.wellness].map((record) => record.date).sort();
    expect(dates[0]).toBe(FIRST_DAY);
    expect(dates.at(-1)).toBe(TODAY);
    expect(new Set(team.sessions.map((session) => session.date)).size).toBeGreaterThanOrEqual(100);
    for (const event of team.availability) expect(event.startDate <= TODAY).toBe(true);
  });

  it('writes a realistic amount of training: about 6–9 sessions per athlete per week', () => {
    const perAthleteWeek = defaultTeam().sessions.length / 24 / 16;
    expect(perAthleteWeek).toBeGreaterThan(6);
    expect(perAthleteWeek).toBeLessThan(9);
  });

  it('gives every record a unique, stable, readable id', () => {
    const team = defaultTeam();
    const ids = [
      team.squads,
      team.athletes,
      team.sessions,
      team.wellness,
      team.availability,
      team.seasons,
      team.blocks,
    ]
      .flat()
      .map((record) => record.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(team.athletes[0]?.id).toBe('demo-athlete-01');
    expect(team.squads.map((squad) => squad.id)).toEqual(['demo-squad-1', 'demo-squad-2']);
    expect(
      team.sessions.every((session) => session.id.startsWith(`demo-s-${session.athleteId.slice(-2)}-`)),
    ).toBe(true);
  });

  it('gives athletes unique realistic names, birth dates and football positions', () => {
    const { athletes } = defaultTeam();
    expect(new Set(athletes.map((athlete) => athlete.name)).size).toBe(24);
    for (const athlete of athletes) {
      expect(athlete.name).toMatch(/^\S+ \S.+$/);
      expect(athlete.sport).toBe('Football');
      expect(athlete.position).not.toBe('');
      expect(isIsoDate(athlete.birthDate ?? '')).toBe(true);
      expect(['female', 'male']).toContain(athlete.sex);
    }
  });

  it('produces records that pass their zod schemas unchanged', () => {
    const team = defaultTeam();
    const checks: [readonly unknown[], { parse: (value: unknown) => unknown }][] = [
      [team.squads, SquadSchema],
      [team.athletes, AthleteSchema],
      [team.sessions, SessionSchema],
      [team.wellness, WellnessEntrySchema],
      [team.availability, AvailabilityEventSchema],
      [team.seasons, SeasonSchema],
      [team.blocks, BlockSchema],
    ];
    for (const [records, schema] of checks) {
      expect(records.length).toBeGreaterThan(0);
      for (const record of records) expect(schema.parse(record)).toEqual(record);
    }
  });

  it('has at most one check-in per athlete per day, on 85–95 % of athlete-days', () => {
    const { wellness } = defaultTeam();
    const keys = wellness.map((entry) => `${entry.athleteId}|${entry.date}`);
    expect(new Set(keys).size).toBe(keys.length);
    const compliance = wellness.length / (24 * 112);
    expect(compliance).toBeGreaterThan(0.8);
    expect(compliance).toBeLessThan(0.96);
  });
});

describe('generateDemoTeam: season and blocks', () => {
  it('has a current season containing today with 3–5 contiguous blocks covering the history and weeks ahead', () => {
    const team = defaultTeam();
    const current = team.seasons.find((season) => season.id === DEMO_CURRENT_SEASON_ID);
    expect(current).toBeDefined();
    expect(current!.startDate <= FIRST_DAY && current!.endDate >= addDays(TODAY, 14)).toBe(true);
    const blocks = team.blocks.filter((block) => block.seasonId === DEMO_CURRENT_SEASON_ID);
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    expect(blocks.length).toBeLessThanOrEqual(5);
    expect(blocks[0]?.startDate).toBe(current!.startDate);
    expect(blocks.at(-1)?.endDate).toBe(current!.endDate);
    blocks
      .slice(1)
      .forEach((block, index) => expect(block.startDate).toBe(addDays(blocks[index]!.endDate, 1)));
    expect(new Set(blocks.map((block) => block.focus)).size).toBe(blocks.length);
  });

  it('adds earlier seasons when the history is longer than the current season', () => {
    const team = generateDemoTeam({ today: TODAY, athleteCount: 2, historyDays: 400 });
    const firstDay = addDays(TODAY, -399);
    expect(team.seasons.length).toBeGreaterThan(1);
    expect(team.seasons[0]!.startDate <= firstDay).toBe(true);
    expect(
      team.seasons.filter((season) => season.startDate <= TODAY && season.endDate >= TODAY),
    ).toHaveLength(1);
  });
});

describe('generateDemoTeam: determinism and scale', () => {
  it('gives a deep-equal team for the same options and a different one for another seed', () => {
    expect(generateDemoTeam({ today: TODAY })).toEqual(defaultTeam());
    const other = generateDemoTeam({ today: TODAY, seed: 2 });
    expect(other.athletes.map((athlete) => athlete.name)).not.toEqual(
      defaultTeam().athletes.map((athlete) => athlete.name),
    );
    expect(other.sessions).not.toEqual(defaultTeam().sessions);
  });

  it('uses no clock, no Math.random and no local-time Date API (so no time-zone dependence)', () => {
    const folder = fileURLToPath(new URL('../../../src/shared/demo/', import.meta.url));
    const files = readdirSync(folder).filter((name) => name.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const name of files) {
      const code = readFileSync(join(folder, name), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      expect(code, name).not.toMatch(/\bDate\b|Math\.random|performance\.now|Intl\./);
    }
  });

  it('scales to N athletes × D days in S squads', () => {
    const team = generateDemoTeam({
      today: TODAY,
      athleteCount: 60,
      historyDays: 30,
      squadCount: 3,
      seed: 7,
    });
    expect(team.athletes).toHaveLength(60);
    expect(team.squads).toHaveLength(3);
    const dates = new Set([...team.sessions, ...team.wellness].map((record) => record.date));
    expect(dates.size).toBe(30);
    expect([...dates].sort()[0]).toBe(addDays(TODAY, -29));
    expect(new Set(team.sessions.map((session) => session.athleteId)).size).toBe(60);
    expect(new Set(team.athletes.map((athlete) => athlete.name)).size).toBe(60);
  });

  it('streams chunks that add up to the whole team, one athlete per chunk after the shared records', () => {
    const options = { today: TODAY, athleteCount: 6, historyDays: 50, seed: 3 };
    const chunks = [...iterateDemoTeam(options)];
    expect(chunks).toHaveLength(7);
    expect(chunks[0]?.athletes).toHaveLength(0);
    const merged: DemoTeam = {
      squads: [],
      athletes: [],
      sessions: [],
      wellness: [],
      availability: [],
      seasons: [],
      blocks: [],
    };
    for (const chunk of chunks.slice(1)) {
      const athleteId = chunk.athletes[0]?.id;
      expect(chunk.sessions.every((session) => session.athleteId === athleteId)).toBe(true);
      expect(chunk.wellness.every((entry) => entry.athleteId === athleteId)).toBe(true);
    }
    for (const chunk of chunks) {
      for (const key of Object.keys(merged) as (keyof DemoTeam)[])
        (merged[key] as unknown[]).push(...chunk[key]);
    }
    expect(merged).toEqual(generateDemoTeam(options));
  });

  it('rejects options that cannot make a team', () => {
    expect(() => generateDemoTeam({ today: '2026-02-30' })).toThrow(RangeError);
    expect(() => generateDemoTeam({ today: TODAY, athleteCount: 0 })).toThrow(RangeError);
    expect(() => generateDemoTeam({ today: TODAY, historyDays: 1.5 })).toThrow(RangeError);
    expect(() => generateDemoTeam({ today: TODAY, athleteCount: 2, squadCount: 3 })).toThrow(RangeError);
  });
});
