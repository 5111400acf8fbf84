/**
 * A tiny seeded pseudo-random source for the demo generator. src/shared never calls Math.random:
 * the same seed must give the same team on every machine.
 */

/** Uniform, normal and discrete draws from one seeded stream. */
export interface Random {
  /** Uniform in [0, 1). */
  next: () => number;
  /** Uniform in [min, max). */
  between: (min: number, max: number) => number;
  /** Uniform integer in [min, max], both included. */
  int: (min: number, max: number) => number;
  /** Normal draw (Box–Muller). */
  normal: (mean: number, sd: number) => number;
  /** True with probability `probability`. */
  chance: (probability: number) => boolean;
  /** One element of a non-empty list. */
  pick: <T>(items: readonly T[]) => T;
}

/** mulberry32 (Tommy Ettinger's 32-bit generator): a uniform draw in [0, 1) per call. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A seeded random source; the same seed always gives the same sequence. */
export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  let spareNormal: number | undefined;
  const standardNormal = (): number => {
    if (spareNormal !== undefined) {
      const value = spareNormal;
      spareNormal = undefined;
      return value;
    }
    const radius = Math.sqrt(-2 * Math.log(1 - next()));
    const angle = 2 * Math.PI * next();
    spareNormal = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
  return {
    next,
    between: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor((max - min + 1) * next()),
    normal: (mean, sd) => mean + sd * standardNormal(),
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(items.length * next())];
      if (item === undefined) throw new RangeError('Cannot pick from an empty list');
      return item;
    },
  };
}

/**
 * Mixes integers into one 32-bit seed (murmur3's finaliser per part), so that every athlete and
 * squad gets its own independent stream and a chunk can be generated without the others.
 */
export function hashSeed(...parts: readonly number[]): number {
  let hash = 0x9e3779b9;
  for (const part of parts) {
    let k = Math.imul(part >>> 0, 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    hash ^= k;
    hash = Math.imul((hash << 13) | (hash >>> 19), 5) + 0xe6546b64;
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
