import { createInstance, type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Language } from '@shared/model';
import type { HistoryEntry } from '../../../src/renderer/src/db/history-database';
import { i18nOptions } from '../../../src/renderer/src/i18n';
import {
  changeText,
  countsText,
  undoOfferText,
} from '../../../src/renderer/src/features/history/history-text';

async function historyT(language: Language): Promise<TFunction> {
  const instance = createInstance();
  await instance.init(i18nOptions(language));
  return instance.getFixedT(language, 'history');
}

function entry(extra: Partial<HistoryEntry>): HistoryEntry {
  return {
    id: 'e1',
    seq: 1,
    createdAt: '2026-12-02T15:00:00.000Z',
    kind: 'import',
    label: 'sessions.csv',
    counts: {},
    snapshotCounts: {},
    schemaVersion: 2,
    ...extra,
  };
}

describe('the undo offer', () => {
  it('names the file and what the import wrote, with the language’s thousands separator', async () => {
    const imported = entry({ counts: { sessions: 7614, newAthletes: 0 } });
    expect(undoOfferText(imported, await historyT('en'), 'en')).toBe(
      'Undo import of sessions.csv (7,614 sessions)',
    );
    expect(undoOfferText(imported, await historyT('nl'), 'nl')).toBe(
      'Import van sessions.csv ongedaan maken (7.614 trainingen)',
    );
  });

  it('says one and many as a coach would, and leaves out the counts when there are none', async () => {
    const en = await historyT('en');
    expect(countsText({ newAthletes: 1, wellness: 1, sessions: 2, settings: 1 }, en, 'en')).toBe(
      '2 sessions, 1 check-in, 1 new athlete',
    );
    expect(undoOfferText(entry({ kind: 'clear', label: '' }), en, 'en')).toBe('Undo clearing all data');
    const restore = entry({ kind: 'restore', label: 'b.json', counts: { athletes: 24, sessions: 1200 } });
    expect(undoOfferText(restore, await historyT('nl'), 'nl')).toBe(
      'Terugzetten van b.json ongedaan maken (24 sporters, 1.200 trainingen)',
    );
  });

  it('describes an undo by the change it undid', async () => {
    const undo = entry({
      kind: 'undo',
      undid: { kind: 'import', label: 'wellness.csv', createdAt: '2026-12-02T14:00:00.000Z' },
    });
    expect(changeText(undo, await historyT('en'))).toBe('undo of import of wellness.csv');
    expect(changeText(undo, await historyT('nl'))).toBe('ongedaan maken van import van wellness.csv');
    const redo = entry({ kind: 'undo', undid: { ...undo, createdAt: '2026-12-02T16:00:00.000Z' } });
    expect(changeText(redo, await historyT('en'))).toBe('undo of undo of import of wellness.csv');
  });
});
