import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { addSessions, listSessionsForAthlete, saveAthlete, saveSettings, updateSession } from '../../../src/renderer/src/db';
import { defaultSettings } from '@shared/model';
import { TeamMetricsService } from '../../../src/renderer/src/team/team-service';
import type { FromTeamService, TeamQuery } from '../../../src/renderer/src/team/team-protocol';
import type { TodayRow } from '../../../src/renderer/src/team/today-view';
import { sessionDraft, useFreshDatabase } from '../db/test-database';

const database = useFreshDatabase();
const TODAY = '2026-03-18';
let service: TeamMetricsService | undefined;

afterEach(() => service?.stop());

/** A service on the test database that records what it sends. */
function startService() {
  const messages: FromTeamService[] = [];
  const waiters: Array<() => void> = [];
  service = new TeamMetricsService(database(), (message) => {
    messages.push(message);
    for (const wake of waiters.splice(0)) wake();
  });
  service.start();
  let nextId = 1;
  async function next(predicate: (message: FromTeamService) => boolean): Promise<FromTeamService> {
    for (;;) {
      const found = messages.find(predicate);
      if (found) {
        messages.splice(messages.indexOf(found), 1);
        return found;
      }
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  }
  let answeredRevision = 0;
  async function ask(query: TeamQuery): Promise<unknown> {
    const id = nextId++;
    service?.query(id, query);
    const answer = await next((message) => (message.type === 'result' || message.type === 'error') && message.id === id);
    if (answer.type === 'error') throw new Error(answer.message);
    if (answer.type !== 'result') return undefined;
    answeredRevision = answer.revision;
    return answer.result;
  }
  /** Resolves on the first change after the last answer (earlier notices are of data already answered). */
  async function nextChange(): Promise<void> {
    await next((message) => message.type === 'changed' && message.revision > answeredRevision);
  }
  return { ask, nextChange };
}

async function seedTwoAthletes() {
  const db = database();
  await saveSettings(db, defaultSettings());
  const anna = await saveAthlete(db, { name: 'Anna', birthDate: '1999-05-01' });
  const bert = await saveAthlete(db, { name: 'Bert' });
  const days = Array.from({ length: 35 }, (_, k) => `2026-02-${String(k + 1).padStart(2, '0')}`).filter((day) => day <= '2026-02-28');
  const march = Array.from({ length: 17 }, (_, k) => `2026-03-${String(k + 1).padStart(2, '0')}`);
  await addSessions(db, [...days, ...march].map((day, k) => sessionDraft(anna.id, day, { sessionRpe: 3 + (k % 3) })));
  await addSessions(db, march.map((day) => sessionDraft(bert.id, day, { sessionRpe: 4 })));
  return { anna, bert };
}

describe('team metrics service', () => {
  it('answers Today with every active athlete once the database is read', async () => {
    await seedTwoAthletes();
    const { ask } = startService();
    const rows = (await ask({ type: 'today', date: TODAY, today: TODAY })) as TodayRow[];
    expect(rows.map((row) => row.name).sort()).toEqual(['Anna', 'Bert']);
    expect(rows.every((row) => row.sparkline.acuteAu.length === 28)).toBe(true);
  });

  it('recomputes an athlete after an edit and tells the screens the data changed', async () => {
    const { anna } = await seedTwoAthletes();
    const { ask, nextChange } = startService();
    const before = ((await ask({ type: 'today', date: TODAY, today: TODAY })) as TodayRow[]).find((row) => row.name === 'Anna');
    const sessions = await listSessionsForAthlete(database(), anna.id);
    const last = sessions.at(-1);
    if (!last) throw new Error('no session');
    await updateSession(database(), { ...last, sessionRpe: 10, durationMin: 120 });
    await nextChange();
    const after = ((await ask({ type: 'today', date: TODAY, today: TODAY })) as TodayRow[]).find((row) => row.name === 'Anna');
    expect(before?.acwrEwma).not.toBeNull();
    expect(after?.acwrEwma).toBeGreaterThan(before?.acwrEwma ?? Infinity);
  });

  it('drops an archived athlete and picks up a new one', async () => {
    const { bert } = await seedTwoAthletes();
    const { ask, nextChange } = startService();
    await ask({ type: 'today', date: TODAY, today: TODAY });
    await saveAthlete(database(), { ...bert, isArchived: true });
    await saveAthlete(database(), { name: 'Cato' });
    // Each write is its own change; the screens ask again after each until the answer settles.
    let names: string[] = [];
    for (let attempt = 0; attempt < 5 && names.join() !== 'Anna,Cato'; attempt += 1) {
      await nextChange();
      names = ((await ask({ type: 'today', date: TODAY, today: TODAY })) as TodayRow[]).map((row) => row.name).sort();
    }
    expect(names).toEqual(['Anna', 'Cato']);
  });

  it('reports its progress while it reads and answers an empty team with no rows', async () => {
    const { ask } = startService();
    expect(await ask({ type: 'today', date: TODAY, today: TODAY })).toEqual([]);
  });
});
