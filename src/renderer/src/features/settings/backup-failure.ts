/** What went wrong with a backup, in words a coach can act on (texts `failure_<kind>`). */
export type BackupFailureKind =
  'permission' | 'missing' | 'full' | 'changed' | 'noWindow' | 'check' | 'other';

/**
 * Reads the kind of failure from the technical message (Node's error codes from the main process,
 * or the renderer's own errors). Anything unknown is 'other', shown with the message itself.
 */
export function classifyBackupFailure(message: string): BackupFailureKind {
  if (/\b(EACCES|EPERM|EROFS)\b|permission denied|read-only/i.test(message)) return 'permission';
  if (/\bENOENT\b|\bENOTDIR\b|no such file or directory/i.test(message)) return 'missing';
  if (/\b(ENOSPC|EDQUOT)\b|QuotaExceeded|no space left/i.test(message)) return 'full';
  if (/changed while the backup/i.test(message)) return 'changed';
  if (/No window|No backup arrived/i.test(message)) return 'noWindow';
  if (/did not check out|checksum|cut off/i.test(message)) return 'check';
  return 'other';
}
