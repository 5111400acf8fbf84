import { vi } from 'vitest';
import type { BackupService } from '../../../src/main/backups/backup-service';
import type { ChannelHandlers } from '../../../src/main/ipc';

const unused = () => Promise.reject(new Error('unused in this test'));

/** A backup service whose every method fails: for handler tests about other channels. */
export function stubBackupService(): BackupService {
  return {
    getStatus: vi.fn(unused),
    setFolder: vi.fn(unused),
    begin: vi.fn(unused),
    chunk: vi.fn(unused),
    finish: vi.fn(unused),
    abort: vi.fn(unused),
    list: vi.fn(unused),
    read: vi.fn(unused),
    waitForResult: vi.fn(unused),
    reportFailure: vi.fn(unused),
  };
}

/** The handler dependencies the backup channels add, stubbed. */
export function stubBackupDeps() {
  return {
    backups: stubBackupService(),
    showFolderDialog: vi.fn(() => Promise.resolve(null)),
    markChanged: vi.fn<() => void>(),
  };
}

type BackupChannel = Extract<keyof ChannelHandlers<unknown>, `backup:${string}`>;

/** Handlers for the backup channels that fail: for registration tests about other channels. */
export function stubBackupHandlers<E>(): Pick<ChannelHandlers<E>, BackupChannel> {
  return {
    'backup:begin': vi.fn(unused),
    'backup:chunk': vi.fn(unused),
    'backup:finish': vi.fn(unused),
    'backup:abort': vi.fn(unused),
    'backup:list': vi.fn(unused),
    'backup:read': vi.fn(unused),
    'backup:status': vi.fn(unused),
    'backup:chooseFolder': vi.fn(unused),
    'backup:markChanged': vi.fn(unused),
  };
}
