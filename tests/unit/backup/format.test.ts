import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BackupStreamEncoder,
  BackupStreamError,
  Fnv1a32,
  LineSplitter,
  utf8ByteLength,
  verifyBackupStream,
  type BackupDamage,
} from '@shared/backup';

function encode(rows: [string, unknown][]): string {
  const encoder = new BackupStreamEncoder({
    format: BACKUP_FORMAT,
    formatVersion: 2,
    schemaVersion: 2,
    exportedAt: '2026-12-02T15:00:00.000Z',
    tables: ['athletes', 'sessions'],
  });
  return encoder.start() + rows.map(([table, row]) => encoder.row(table, row)).join('') + encoder.end();
}

const ROWS: [string, unknown][] = [
  ['athletes', { id: 'a1', name: 'Anna Smith' }],
  ['athletes', { id: 'a2', name: 'Jürgen Ōta 🏉' }],
  ['sessions', { id: 's1', athleteId: 'a1', sessionRpe: 6 }],
];

async function* pieces(text: string, size: number): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += size) yield await Promise.resolve(text.slice(at, at + size));
}

async function damage(text: string): Promise<BackupDamage | 'none'> {
  try {
    await verifyBackupStream(pieces(text, 7));
    return 'none';
  } catch (error) {
    if (error instanceof BackupStreamError) return error.damage;
    throw error;
  }
}

describe('the streamed backup format', () => {
  it('reads back what it wrote, whatever the piece size, with counts and rows', async () => {
    const text = encode(ROWS);
    for (const size of [1, 5, 64, text.length]) {
      const seen: unknown[] = [];
      const summary = await verifyBackupStream(pieces(text, size), (_table, row) => seen.push(row));
      expect(summary.counts).toEqual({ athletes: 2, sessions: 1 });
      expect(summary.rowCount).toBe(3);
      expect(seen).toEqual(ROWS.map(([, row]) => row));
    }
  });

  it('has a header, one line per row and a trailer', () => {
    const lines = encode(ROWS).trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: BACKUP_FORMAT, formatVersion: 2 });
    expect(JSON.parse(lines[1]!)).toEqual(['athletes', { id: 'a1', name: 'Anna Smith' }]);
    expect(JSON.parse(lines[4]!)).toMatchObject({ end: true, counts: { athletes: 2, sessions: 1 } });
  });

  it.each<[string, (text: string) => string, BackupDamage]>([
    ['an empty file', () => '', 'no-header'],
    ['a file cut off before its trailer', (text) => text.split('\n').slice(0, 3).join('\n'), 'no-trailer'],
    ['a file cut inside a row', (text) => text.slice(0, text.indexOf('Jürgen') + 3), 'no-trailer'],
    ['a changed value', (text) => text.replace('"sessionRpe":6', '"sessionRpe":9'), 'checksum-mismatch'],
    [
      'a row removed',
      (text) =>
        text
          .split('\n')
          .filter((line) => !line.includes('"a2"'))
          .join('\n'),
      'count-mismatch',
    ],
    [
      'a row of a table the header does not name',
      (text) => text.replace('["sessions"', '["coaches"'),
      'unknown-table',
    ],
    ['a line after the trailer', (text) => `${text}["athletes",{"id":"a3"}]\n`, 'after-trailer'],
    ['a header of another program', (text) => text.replace(BACKUP_FORMAT, 'other-app'), 'bad-header'],
    ['a CSV file', () => 'athlete,date,rpe\nAnna,2025-03-01,6\n', 'no-header'],
  ])('refuses %s', async (_name, change, expected) => {
    expect(await damage(change(encode(ROWS)))).toBe(expected);
  });

  it('checks a whole file as whole', async () => {
    expect(await damage(encode(ROWS))).toBe('none');
  });
});

describe('Fnv1a32', () => {
  it('gives the published FNV-1a values for ASCII', () => {
    const hash = new Fnv1a32();
    hash.update('a');
    expect(hash.digest()).toBe('fnv1a32:e40c292c');
    const empty = new Fnv1a32();
    expect(empty.digest()).toBe('fnv1a32:811c9dc5');
  });

  it('is the same fed whole or in pieces', () => {
    const whole = new Fnv1a32();
    whole.update('abcdef');
    const split = new Fnv1a32();
    split.update('ab');
    split.update('cdef');
    expect(split.digest()).toBe(whole.digest());
  });
});

describe('LineSplitter', () => {
  it('keeps a line cut across pieces whole', () => {
    const splitter = new LineSplitter();
    expect(splitter.push('one\ntw')).toEqual(['one']);
    expect(splitter.push('o\nthr')).toEqual(['two']);
    expect(splitter.end()).toEqual(['thr']);
  });
});

describe('utf8ByteLength', () => {
  it.each(['', 'abc', 'Jürgen', 'Ōta', '🏉', 'a🏉b€'])('counts %s as UTF-8 does', (text) => {
    expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });
});
