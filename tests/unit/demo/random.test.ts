import { describe, expect, it } from 'vitest';
import { createRandom, hashSeed } from '@shared/demo';

const draws = (seed: number, count: number) => {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random.next());
};

describe('createRandom (mulberry32)', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    expect(draws(42, 100)).toEqual(draws(42, 100));
    expect(draws(42, 100)).not.toEqual(draws(43, 100));
  });

  it('draws uniformly in [0, 1)', () => {
    const values = draws(7, 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 1);
  });

  it('draws integers with both ends included, and normals with the asked mean and SD', () => {
    const random = createRandom(3);
    const ints = new Set(Array.from({ length: 2_000 }, () => random.int(1, 5)));
    expect([...ints].sort()).toEqual([1, 2, 3, 4, 5]);
    const normals = Array.from({ length: 20_000 }, () => random.normal(10, 2));
    const mean = normals.reduce((sum, value) => sum + value, 0) / normals.length;
    const sd = Math.sqrt(normals.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (normals.length - 1));
    expect(mean).toBeCloseTo(10, 1);
    expect(sd).toBeCloseTo(2, 1);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => createRandom(1).pick([])).toThrow(RangeError);
  });
});

describe('hashSeed', () => {
  it('gives distinct 32-bit seeds for distinct or reordered parts', () => {
    const seeds = [hashSeed(1, 0), hashSeed(1, 1), hashSeed(2, 0), hashSeed(0, 1), hashSeed(1)];
    expect(new Set(seeds).size).toBe(seeds.length);
    for (const seed of seeds) expect(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32).toBe(true);
    expect(hashSeed(5, 6)).toBe(hashSeed(5, 6));
  });
});
