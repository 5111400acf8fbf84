import { describe, expect, it } from 'vitest';
import { classifyBackupFailure } from '../../../src/renderer/src/features/settings/backup-failure';

describe('classifyBackupFailure', () => {
  it.each([
    ["EACCES: permission denied, open '/media/usb/.coach-backup.tmp'", 'permission'],
    ["EROFS: read-only file system, open '/media/usb/x'", 'permission'],
    ["ENOENT: no such file or directory, mkdir '/media/usb'", 'missing'],
    ['ENOSPC: no space left on device, write', 'full'],
    ['QuotaExceededError: the quota has been exceeded', 'full'],
    ['The data changed while the backup was being made', 'changed'],
    ['No backup arrived within 60 s', 'noWindow'],
    ['The written backup did not check out: checksum', 'check'],
    ['Something else entirely', 'other'],
  ])('reads "%s" as %s', (message, kind) => {
    expect(classifyBackupFailure(message)).toBe(kind);
  });
});
