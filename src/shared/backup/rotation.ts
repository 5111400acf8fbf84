/**
 * Which automatic backups to keep (issue #16): the 3 newest of today, the newest of each of the 7
 * days before today, and the newest of each of the 8 weeks before that window reaches back, counted
 * in calendar days in the computer's time zone. The newest backup is always kept, and so is anything
 * dated after `now` (a clock that was wrong): rotation never guesses about what it cannot place.
 */

export interface RotationPolicy {
  /** Backups kept from today (newest first). */
  readonly today: number;
  /** Days before today that keep their newest backup. */
  readonly days: number;
  /** Weeks (7-day spans, starting the day after today−1 … today−7) that keep their newest backup. */
  readonly weeks: number;
}

export const DEFAULT_ROTATION_POLICY: RotationPolicy = { today: 3, days: 7, weeks: 8 };

export interface RotationCandidate {
  readonly id: string;
  /** When the backup was made, milliseconds since the epoch. */
  readonly createdAtMs: number;
}

export interface RotationPlan {
  readonly keep: readonly string[];
  readonly remove: readonly string[];
}

const DAY_MS = 86_400_000;

/** The local calendar day as a whole number, immune to daylight-saving hours. */
function localDayNumber(ms: number): number {
  const date = new Date(ms);
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);
}

/** The bucket a backup falls in ("today", "day-3", "week-2"), or null when it is too old to keep. */
export function rotationBucket(ageInDays: number, policy: RotationPolicy): string | null {
  if (ageInDays <= 0) return 'today';
  if (ageInDays <= policy.days) return `day-${ageInDays}`;
  const week = Math.floor((ageInDays - policy.days - 1) / 7) + 1;
  return week <= policy.weeks ? `week-${week}` : null;
}

/** Splits `backups` into those to keep and those rotation may delete. Pure; the order is newest first. */
export function planRotation(
  backups: readonly RotationCandidate[],
  nowMs: number,
  policy: RotationPolicy = DEFAULT_ROTATION_POLICY,
): RotationPlan {
  const today = localDayNumber(nowMs);
  const newestFirst = [...backups].sort((a, b) => b.createdAtMs - a.createdAtMs || (a.id < b.id ? 1 : -1));
  const taken = new Map<string, number>();
  const keep: string[] = [];
  const remove: string[] = [];
  newestFirst.forEach((backup, index) => {
    const age = today - localDayNumber(backup.createdAtMs);
    if (index === 0 || backup.createdAtMs > nowMs) {
      keep.push(backup.id);
      if (age >= 0) countIn(taken, rotationBucket(age, policy));
      return;
    }
    const bucket = rotationBucket(age, policy);
    const limit = bucket === 'today' ? policy.today : 1;
    if (bucket !== null && (taken.get(bucket) ?? 0) < limit) {
      countIn(taken, bucket);
      keep.push(backup.id);
    } else remove.push(backup.id);
  });
  return { keep, remove };
}

function countIn(taken: Map<string, number>, bucket: string | null): void {
  if (bucket !== null) taken.set(bucket, (taken.get(bucket) ?? 0) + 1);
}
