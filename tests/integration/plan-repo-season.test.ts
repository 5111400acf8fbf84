import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '@shared/planning/templates';
import { ValidationError } from '../../src/renderer/src/db';
import { addSeasonWithBlocks, listBlocks, updateBlock } from '../../src/renderer/src/db/plan-repo';
import {
  buildSeasonPlan,
  defaultTemplateSequence,
} from '../../src/renderer/src/features/planner/timeline/season-builder';
import { useFreshDatabase } from './db/test-database';

const database = useFreshDatabase();

function seasonPlan() {
  return buildSeasonPlan({
    name: 'U19 2026–27',
    squadId: 'squad-1',
    startDate: '2026-07-06',
    templates: defaultTemplateSequence(builtInTemplates('en')),
    newId: () => crypto.randomUUID(),
  });
}

async function counts() {
  const db = database();
  return {
    seasons: await db.seasons.count(),
    blocks: await db.blocks.count(),
    sessions: await db.plannedSessions.count(),
  };
}

describe('addSeasonWithBlocks', () => {
  it('writes the season, its blocks and all their planned sessions', async () => {
    const plan = seasonPlan();
    const season = await addSeasonWithBlocks(database(), plan.season, plan.blocks, plan.sessions);
    expect(season).toEqual(plan.season);
    expect(await counts()).toEqual({ seasons: 1, blocks: 4, sessions: plan.sessions.length });
    expect((await listBlocks(database(), season.id)).map((block) => block.focus)).toEqual([
      'endurance',
      'strength',
      'concurrent',
      'taper',
    ]);
  });

  it('writes nothing when one planned session is invalid, and names it', async () => {
    const plan = seasonPlan();
    const sessions = plan.sessions.map((session, index) =>
      index === 3 ? { ...session, durationMin: 0 } : session,
    );
    const error: unknown = await addSeasonWithBlocks(database(), plan.season, plan.blocks, sessions).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      expect.objectContaining({ index: 3, path: 'sessions.durationMin' }),
    ]);
    expect(await counts()).toEqual({ seasons: 0, blocks: 0, sessions: 0 });
  });

  it('writes nothing when a block is invalid', async () => {
    const plan = seasonPlan();
    const blocks = plan.blocks.map((block, index) =>
      index === 1 ? { ...block, endDate: '2026-01-01' } : block,
    );
    await expect(addSeasonWithBlocks(database(), plan.season, blocks, plan.sessions)).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await counts()).toEqual({ seasons: 0, blocks: 0, sessions: 0 });
  });

  it('rolls the season and blocks back when the database refuses a session', async () => {
    const plan = seasonPlan();
    const [first] = plan.sessions;
    await expect(
      addSeasonWithBlocks(database(), plan.season, plan.blocks, [
        ...plan.sessions,
        { ...first!, title: 'Copy' },
      ]),
    ).rejects.toThrow();
    expect(await counts()).toEqual({ seasons: 0, blocks: 0, sessions: 0 });
  });

  it('writes an empty season', async () => {
    const { season } = seasonPlan();
    await addSeasonWithBlocks(database(), season, [], []);
    expect(await counts()).toEqual({ seasons: 1, blocks: 0, sessions: 0 });
  });
});

describe('updateBlock', () => {
  it('moves the block with its sessions and saves its name, focus and notes at once', async () => {
    const plan = seasonPlan();
    await addSeasonWithBlocks(database(), plan.season, plan.blocks, plan.sessions);
    const taper = plan.blocks[3]!;
    const before = plan.sessions.filter((session) => session.blockId === taper.id);
    const updated = await updateBlock(database(), taper.id, {
      name: 'Peak',
      focus: 'competition',
      notes: 'Cup final',
      startDate: '2026-10-26',
      endDate: '2026-11-08',
    });
    expect(updated).toMatchObject({
      name: 'Peak',
      focus: 'competition',
      notes: 'Cup final',
      startDate: '2026-10-26',
    });
    const after = await database().plannedSessions.where('blockId').equals(taper.id).sortBy('date');
    expect(after).toHaveLength(before.length);
    expect(after[0]?.date).toBe('2026-10-26');
  });

  it('changes nothing when the new values are invalid', async () => {
    const plan = seasonPlan();
    await addSeasonWithBlocks(database(), plan.season, plan.blocks, plan.sessions);
    const block = plan.blocks[0]!;
    await expect(
      updateBlock(database(), block.id, {
        ...block,
        name: ' ',
        startDate: '2026-07-13',
        endDate: '2026-08-23',
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await database().blocks.get(block.id)).toEqual(block);
    const sessions = await database().plannedSessions.where('blockId').equals(block.id).sortBy('date');
    expect(sessions[0]?.date).toBe('2026-07-06');
  });
});
