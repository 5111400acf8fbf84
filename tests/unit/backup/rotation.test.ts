import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ROTATION_POLICY,
  planRotation,
  rotationBucket,
  type RotationCandidate,
} from '@shared/backup';

/** Local time, as the coach's computer sees it. */
function at(year: number, month: number, day: number, hour = 12, minute = 0): number {
  return new Date(year, month - 1, day, hour, minute).getTime();
}

const NOW = at(2026, 12, 2, 16, 0);

function backups(...times: number[]): RotationCandidate[] {
  return times.map((createdAtMs, index) => ({ id: `b${index}`, createdAtMs }));
}

function keptTimes(candidates: RotationCandidate[], now = NOW): number[] {
  const { keep } = planRotation(candidates, now);
  return candidates.filter((candidate) => keep.includes(candidate.id)).map((c) => c.createdAtMs);
}

describe('rotationBucket', () => {
  it.each([
    [0, 'today'],
    [1, 'day-1'],
    [7, 'day-7'],
    [8, 'week-1'],
    [14, 'week-1'],
    [15, 'week-2'],
    [63, 'week-8'],
    [64, null],
    [400, null],
  ])('a backup %i days old goes in %s', (age, bucket) => {
    expect(rotationBucket(age, DEFAULT_ROTATION_POLICY)).toBe(bucket);
  });
});

describe('planRotation', () => {
  it('keeps nothing it was not given and deletes nothing from an empty folder', () => {
    expect(planRotation([], NOW)).toEqual({ keep: [], remove: [] });
  });

  it('keeps the 3 newest of today and deletes the older ones of today', () => {
    const today = backups(
      at(2026, 12, 2, 8),
      at(2026, 12, 2, 9),
      at(2026, 12, 2, 10),
      at(2026, 12, 2, 11),
      at(2026, 12, 2, 15, 45),
    );
    const plan = planRotation(today, NOW);
    expect(plan.keep).toEqual(['b4', 'b3', 'b2']);
    expect(plan.remove).toEqual(['b1', 'b0']);
  });

  it('keeps the newest of each of the 7 days before today', () => {
    const days = [1, 2, 3, 4, 5, 6, 7].flatMap((ago) => [
      at(2026, 12, 2 - ago, 9),
      at(2026, 12, 2 - ago, 18),
    ]);
    const kept = keptTimes(backups(...days));
    expect(kept).toEqual([1, 2, 3, 4, 5, 6, 7].map((ago) => at(2026, 12, 2 - ago, 18)));
  });

  it('keeps one per week for 8 weeks beyond the daily window, and none older', () => {
    // One backup every day for 80 days before today.
    const daily = Array.from({ length: 80 }, (_, index) => NOW - (index + 1) * 86_400_000);
    const plan = planRotation(backups(...daily), NOW);
    expect(plan.keep).toHaveLength(7 + 8);
    const oldestKept = Math.min(...keptTimes(backups(...daily)));
    // The eighth week spans days 57–63 ago and keeps its newest backup, from 57 days ago.
    expect(Math.round((NOW - oldestKept) / 86_400_000)).toBe(57);
  });

  it('never keeps more than 3 + 7 + 8 backups however many there are', () => {
    const many = Array.from({ length: 2_000 }, (_, index) => NOW - index * 45 * 60_000);
    expect(planRotation(backups(...many), NOW).keep).toHaveLength(18);
  });

  it('always keeps the newest backup, even when it is older than 8 weeks', () => {
    const old = backups(at(2026, 6, 1), at(2026, 5, 1));
    const plan = planRotation(old, NOW);
    expect(plan.keep).toEqual(['b0']);
    expect(plan.remove).toEqual(['b1']);
  });

  it('keeps a backup dated after now (a clock that was wrong) and still rotates the rest', () => {
    const plan = planRotation(
      backups(
        at(2027, 1, 5),
        at(2026, 12, 2, 9),
        at(2026, 12, 2, 10),
        at(2026, 12, 2, 11),
        at(2026, 12, 2, 12),
      ),
      NOW,
    );
    expect(plan.keep).toContain('b0');
    expect(plan.keep.filter((id) => id !== 'b0')).toEqual(['b4', 'b3', 'b2']);
    expect(plan.remove).toEqual(['b1']);
  });

  it('counts calendar days, not 24-hour spans: 23:59 yesterday is a day old at 00:01', () => {
    const now = at(2026, 12, 2, 0, 1);
    const plan = planRotation(
      backups(at(2026, 12, 2, 0, 0), at(2026, 12, 1, 23, 59), at(2026, 12, 1, 22, 0)),
      now,
    );
    expect(plan.keep).toEqual(['b0', 'b1']);
    expect(plan.remove).toEqual(['b2']);
  });

  it('answers every id once, kept or removed', () => {
    const many = Array.from({ length: 300 }, (_, index) => NOW - index * 5 * 3_600_000);
    const plan = planRotation(backups(...many), NOW);
    expect(new Set([...plan.keep, ...plan.remove]).size).toBe(300);
    expect(plan.keep.length + plan.remove.length).toBe(300);
  });

  it('follows a custom policy', () => {
    const today = backups(at(2026, 12, 2, 8), at(2026, 12, 2, 9), at(2026, 12, 1, 9));
    const plan = planRotation(today, NOW, { today: 1, days: 0, weeks: 0 });
    expect(plan.keep).toEqual(['b1']);
  });
});
