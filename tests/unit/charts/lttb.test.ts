import { describe, expect, it } from 'vitest';
import { downsampleLttb, mergeIndices } from '../../../src/renderer/src/charts/lttb';

const range = (length: number): number[] => Array.from({ length }, (_, index) => index);

/** A smooth wave with noise-free values: deterministic. */
function wave(length: number): number[] {
  return range(length).map((index) => Math.sin(index / 15) * 100 + 200);
}

function isStrictlyIncreasing(indices: readonly number[]): boolean {
  return indices.every((index, position) => position === 0 || index > (indices[position - 1] ?? Infinity));
}

describe('downsampleLttb', () => {
  it.each([
    [0, 10, []],
    [1, 10, [0]],
    [2, 10, [0, 1]],
    [3, 3, [0, 1, 2]],
    [5, 10, [0, 1, 2, 3, 4]],
  ])('keeps every index of %i points when the threshold is %i', (length, threshold, expected) => {
    expect(downsampleLttb(range(length), wave(length), threshold)).toEqual(expected);
  });

  it('keeps first and last only when the threshold is below 3', () => {
    expect(downsampleLttb(range(10), wave(10), 2)).toEqual([0, 9]);
    expect(downsampleLttb(range(10), wave(10), 0)).toEqual([0, 9]);
  });

  it.each([3, 10, 100, 999])(
    'returns exactly %i strictly increasing indices, first and last included',
    (threshold) => {
      const kept = downsampleLttb(range(2000), wave(2000), threshold);
      expect(kept).toHaveLength(threshold);
      expect(kept[0]).toBe(0);
      expect(kept[kept.length - 1]).toBe(1999);
      expect(isStrictlyIncreasing(kept)).toBe(true);
    },
  );

  it('keeps a single spike and a single dip in a flat series', () => {
    const ys = range(1000).map(() => 50);
    ys[373] = 900;
    ys[611] = -400;
    const kept = downsampleLttb(range(1000), ys, 50);
    expect(kept).toContain(373);
    expect(kept).toContain(611);
  });

  it('keeps the extremes of a wave', () => {
    const ys = wave(3000);
    const kept = downsampleLttb(range(3000), ys, 300);
    const keptValues = kept.map((index) => ys[index] ?? 0);
    expect(Math.max(...keptValues)).toBeCloseTo(Math.max(...ys), 1);
    expect(Math.min(...keptValues)).toBeCloseTo(Math.min(...ys), 1);
  });

  it('never picks a missing value while its bucket has a number, and keeps a gap that fills a bucket', () => {
    const ys: (number | null)[] = range(100).map((index) => (index % 7) * 3);
    for (const index of [11, 12, 13, 25, 26]) ys[index] = Number.NaN;
    for (let index = 40; index < 60; index += 1) ys[index] = null;
    const kept = downsampleLttb(range(100), ys, 20);
    const inner = kept.slice(1, -1);
    const missing = inner.filter((index) => {
      const value = ys[index];
      return value === null || value === undefined || Number.isNaN(value);
    });
    // Buckets of ~5.4 points: only the ones wholly inside 40…59 keep a (missing) index.
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((index) => index >= 40 && index < 60)).toBe(true);
    expect(isStrictlyIncreasing(kept)).toBe(true);
    expect(kept).toHaveLength(20);
  });

  it('copes with a series that is missing everywhere', () => {
    const ys = range(50).map(() => Number.NaN);
    const kept = downsampleLttb(range(50), ys, 10);
    expect(kept).toHaveLength(10);
    expect(isStrictlyIncreasing(kept)).toBe(true);
  });

  it('uses the x values: a point far from its neighbours in time forms a larger triangle', () => {
    const xs = [0, 1, 2, 3, 50, 51, 52, 100];
    const ys = [0, 0, 0, 0, 0, 0, 0, 0];
    expect(downsampleLttb(xs, ys, 3)).toEqual([0, 1, 7]);
  });
});

describe('mergeIndices', () => {
  it('returns the sorted distinct union', () => {
    expect(mergeIndices([0, 3, 9], [1, 3, 10], [], [9])).toEqual([0, 1, 3, 9, 10]);
  });
});
