import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_FORMAT, BackupStreamEncoder } from '@shared/backup';
import type { BackupStatus } from '@shared/ipc/contract';
import { openAtomicFileWriter, type AtomicFileSystem } from '../../../src/main/backups/atomic-stream';
import { createMainBackupSchedule } from '../../../src/main/backups/backup-schedule';
import {
  backupFileName,
  createBackupService,
  parseBackupFileName,
  type BackupServiceDeps,
} from '../../../src/main/backups/backup-service';
import { open, rename, rm as fsRm } from 'node:fs/promises';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'coach-backups-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A small streamed backup as the renderer would send it, in two pieces. */
function backupPieces(exportedAt: string, athletes = 2): string[] {
  const encoder = new BackupStreamEncoder({
    format: BACKUP_FORMAT,
    formatVersion: 2,
    schemaVersion: 2,
    exportedAt,
    tables: ['athletes', 'sessions'],
  });
  const rows = Array.from({ length: athletes }, (_, n) =>
    encoder.row('athletes', { id: `a${n}`, name: `A ${n}` }),
  );
  return [
    encoder.start() + rows.join(''),
    encoder.row('sessions', { id: 's1', athleteId: 'a0' }) + encoder.end(),
  ];
}

function setUp(overrides: Partial<BackupServiceDeps> = {}) {
  let clock = new Date('2026-12-02T15:00:00.000Z');
  let streamCount = 0;
  const statuses: BackupStatus[] = [];
  const service = createBackupService({
    defaultFolder: join(root, 'data', 'backups'),
    settingsPath: join(root, 'data', 'backup-settings.json'),
    now: () => clock,
    newStreamId: () => (streamCount++).toString(16).padStart(16, '0'),
    onStatusChanged: (status) => statuses.push(status),
    ...overrides,
  });
  const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));
  async function backUp(pieces = backupPieces(clock.toISOString())) {
    const streamId = await service.begin({ kind: 'folder', reason: 'interval' });
    for (const piece of pieces) await service.chunk(streamId, piece);
    return service.finish(streamId);
  }
  return { service, statuses, advance, backUp, folder: join(root, 'data', 'backups') };
}

describe('openAtomicFileWriter', () => {
  it('shows nothing at the path until commit, then the whole file; no temporary file stays', async () => {
    const path = join(root, 'backup.ndjson');
    const writer = await openAtomicFileWriter(path);
    await writer.write('line one\n');
    await writer.write('line two ü\n');
    expect(await readdir(root)).toEqual([expect.stringMatching(/^\.backup\.ndjson\..+\.tmp$/)]);
    await writer.commit();
    expect(await readFile(path, 'utf8')).toBe('line one\nline two ü\n');
    expect(await readdir(root)).toEqual(['backup.ndjson']);
  });

  it('leaves the previous file as it was when aborted', async () => {
    const path = join(root, 'backup.ndjson');
    await writeFile(path, 'the old backup\n');
    const writer = await openAtomicFileWriter(path);
    await writer.write('half of a new one');
    await writer.abort();
    expect(await readFile(path, 'utf8')).toBe('the old backup\n');
    expect(await readdir(root)).toEqual(['backup.ndjson']);
  });

  it('removes the temporary file and keeps the old one when the rename fails', async () => {
    const path = join(root, 'backup.ndjson');
    await writeFile(path, 'the old backup\n');
    const failingRename: AtomicFileSystem = {
      open,
      rm: fsRm,
      rename: () => Promise.reject(Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' })),
    };
    const writer = await openAtomicFileWriter(path, failingRename);
    await writer.write('new\n');
    await expect(writer.commit()).rejects.toThrow('EIO');
    expect(await readFile(path, 'utf8')).toBe('the old backup\n');
    expect(await readdir(root)).toEqual(['backup.ndjson']);
  });

  it('flushes the file before the rename and the folder after it', async () => {
    const calls: string[] = [];
    const spying: AtomicFileSystem = {
      open: async (path, flags) => {
        const handle = await open(path, flags);
        const sync = handle.sync.bind(handle);
        handle.sync = () => {
          calls.push(`sync:${flags === 'r' ? 'folder' : 'file'}`);
          return sync();
        };
        return handle;
      },
      rename: async (from, to) => {
        calls.push('rename');
        await rename(from, to);
      },
      rm: fsRm,
    };
    const writer = await openAtomicFileWriter(join(root, 'b.ndjson'), spying);
    await writer.write('x\n');
    await writer.commit();
    expect(calls).toEqual(['sync:file', 'rename', 'sync:folder']);
  });
});

describe('backup file names', () => {
  it('puts the moment in a sortable name and reads it back', () => {
    const date = new Date('2026-12-02T15:04:05.678Z');
    expect(backupFileName(date)).toBe('coach-backup-2026-12-02T15-04-05-678Z.ndjson');
    expect(parseBackupFileName(backupFileName(date))).toBe(date.getTime());
    expect(parseBackupFileName(backupFileName(date, '-ab12'))).toBe(date.getTime());
  });

  it.each(['notes.txt', '../coach-backup-2026-12-02T15-04-05-678Z.ndjson', '.coach-backup-x.tmp'])(
    'does not take %s for a backup',
    (name) => expect(parseBackupFileName(name)).toBeNull(),
  );
});

describe('createBackupService', () => {
  it('writes, verifies and lists a backup with its date, size and counts, and reports success', async () => {
    const { service, statuses, backUp, folder } = setUp();
    const { entry } = await backUp();
    expect(entry).toMatchObject({
      createdAt: '2026-12-02T15:00:00.000Z',
      counts: { athletes: 2, sessions: 1 },
    });
    const [listed] = await service.list();
    expect(listed).toEqual(entry);
    const text = await readFile(join(folder, listed!.id), 'utf8');
    expect(listed!.sizeBytes).toBe(Buffer.byteLength(text));
    expect(statuses.at(-1)?.lastResult).toMatchObject({ ok: true, reason: 'interval', entry });
  });

  it('reads a stored backup back in pieces cut at line ends', async () => {
    const { service, backUp } = setUp();
    const pieces = backupPieces('2026-12-02T15:00:00.000Z', 40_000);
    const { entry } = await backUp(pieces);
    let offset: number | null = 0;
    const read: string[] = [];
    while (offset !== null) {
      const piece: { text: string; nextOffset: number | null } = await service.read(entry!.id, offset);
      expect(piece.nextOffset === null || piece.text.endsWith('\n')).toBe(true);
      read.push(piece.text);
      offset = piece.nextOffset;
    }
    expect(read.join('')).toBe(pieces.join(''));
  });

  it('refuses to read a name that is not a backup', async () => {
    const { service } = setUp();
    await expect(service.read('../../etc/passwd', 0)).rejects.toThrow('Not a backup');
  });

  it('rotates only after the new backup checked out: 3 of today stay', async () => {
    const { service, advance, backUp } = setUp();
    for (let n = 0; n < 5; n += 1) {
      await backUp();
      advance(15 * 60_000);
    }
    const list = await service.list();
    expect(list.map((entry) => entry.createdAt)).toEqual([
      '2026-12-02T16:00:00.000Z',
      '2026-12-02T15:45:00.000Z',
      '2026-12-02T15:30:00.000Z',
    ]);
  });

  it('a stream that does not check out is removed, reported, and costs no older backup', async () => {
    const { service, statuses, advance, backUp, folder } = setUp();
    await backUp();
    advance(60_000);
    const [first, second] = backupPieces('2026-12-02T15:01:00.000Z');
    await expect(backUp([first!, second!.replace('"a0"', '"a9"')])).rejects.toThrow(/checksum/);
    expect((await service.list()).map((entry) => entry.createdAt)).toEqual(['2026-12-02T15:00:00.000Z']);
    expect(await readdir(folder)).toHaveLength(1);
    expect(statuses.at(-1)?.lastResult).toMatchObject({ ok: false, reason: 'interval' });
    expect(statuses.at(-1)?.lastResult?.error).toMatch(/did not check out/);
  });

  it('a read-only folder: the failure is reported and the older backups are kept', async () => {
    // What a read-only folder answers (chmod does not stop root, which runs these tests in CI).
    let isReadOnly = false;
    const readOnlyWhenAsked: AtomicFileSystem = {
      open: (path, flags) =>
        isReadOnly && flags === 'wx'
          ? Promise.reject(
              Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' }),
            )
          : open(path, flags),
      rename,
      rm: fsRm,
    };
    const { service, statuses, advance, backUp, folder } = setUp({ fileSystem: readOnlyWhenAsked });
    await backUp();
    advance(24 * 3_600_000);
    await backUp();
    const before = await readdir(folder);
    isReadOnly = true;
    advance(60_000);
    await expect(backUp()).rejects.toThrow(/EACCES/);
    const result = statuses.at(-1)?.lastResult;
    expect(result).toMatchObject({ ok: false, reason: 'interval' });
    expect(result?.error).toMatch(/EACCES/);
    expect(await readdir(folder)).toEqual(before);
    expect(await service.list()).toHaveLength(2);
  });

  it('an aborted stream leaves no file and is reported unless the renderer retries', async () => {
    const { service, statuses, folder } = setUp();
    const retried = await service.begin({ kind: 'folder', reason: 'start' });
    await service.chunk(retried, 'partial');
    await service.abort(retried, 'The data changed while the backup was being made', true);
    expect(statuses).toEqual([]);
    const failed = await service.begin({ kind: 'folder', reason: 'start' });
    await service.abort(failed, 'The page crashed');
    expect(statuses.at(-1)?.lastResult).toMatchObject({ ok: false, error: 'The page crashed' });
    expect(await readdir(folder)).toEqual([]);
  });

  it('remembers a chosen folder, writes there, and a new service reads the choice', async () => {
    const { service, backUp } = setUp();
    const usb = join(root, 'usb stick', 'coach');
    const status = await service.setFolder(usb);
    expect(status).toMatchObject({ folder: usb, isDefaultFolder: false });
    await backUp();
    expect(await readdir(usb)).toHaveLength(1);
    const again = setUp();
    expect(await again.service.getStatus()).toMatchObject({ folder: usb, isDefaultFolder: false });
    expect(await again.service.list()).toHaveLength(1);
  });

  it('a file target is written and verified but never rotated or recorded', async () => {
    const { service, statuses } = setUp();
    const path = join(root, 'chosen.ndjson');
    const streamId = await service.begin({ kind: 'file', path });
    for (const piece of backupPieces('2026-12-02T15:00:00.000Z')) await service.chunk(streamId, piece);
    await expect(service.finish(streamId)).resolves.toEqual({ path });
    expect(statuses).toEqual([]);
  });
});

describe('createMainBackupSchedule', () => {
  it('asks the window for a backup and waits for the service to report it', async () => {
    const { service, backUp } = setUp();
    const requestBackup = vi.fn(() => {
      void backUp();
      return true;
    });
    const schedule = createMainBackupSchedule({
      service,
      requestBackup,
      intervalMs: 1_000,
      timers: { setInterval: () => 0, clearInterval: () => undefined },
      timeoutMs: () => 5_000,
      onError: vi.fn(),
    });
    await schedule.runNow('quit');
    expect(requestBackup).toHaveBeenCalledWith('quit');
    expect(await service.list()).toHaveLength(1);
  });

  it('a window that never answers counts as a failed backup, reported after the timeout', async () => {
    const { service, statuses } = setUp();
    const onError = vi.fn();
    const schedule = createMainBackupSchedule({
      service,
      requestBackup: () => true,
      intervalMs: 1_000,
      timers: { setInterval: () => 0, clearInterval: () => undefined },
      timeoutMs: () => 20,
      onError,
    });
    await expect(schedule.runNow('quit')).rejects.toThrow(/No backup arrived/);
    expect(onError).toHaveBeenCalledOnce();
    expect(statuses.at(-1)?.lastResult).toMatchObject({ ok: false, reason: 'quit' });
  });
});
