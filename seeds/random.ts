/**
 * A small seeded PRNG (mulberry32) and the draws the demo data needs. Seeded so the same seed
 * always produces the same demo database (tests and screenshots stay stable).
 */
export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const fmix32 = (x: number): number => {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

/**
 * A PRNG of its own for one item (a case, a penalty), from the demo seed and the item's keys:
 * regenerating one item, or adding another, does not shift any other item's draws.
 */
export function derive(seed: number, ...keys: number[]): Rng {
  let h = fmix32(seed);
  for (const k of keys) h = fmix32((h ^ fmix32(k + 0x9e3779b9)) + 0x7f4a7c15);
  return mulberry32(h);
}

/** Integer in [min, max], both inclusive. */
export const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));

export const uniform = (rng: Rng, min: number, max: number): number => min + rng() * (max - min);

export const chance = (rng: Rng, p: number): boolean => rng() < p;

export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick from an empty list');
  return items[Math.floor(rng() * items.length)];
}

/** Picks a key of `weights` with probability proportional to its weight. */
export function weighted<K extends string>(rng: Rng, weights: Readonly<Record<K, number>>): K {
  const entries = Object.entries(weights) as [K, number][];
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let r = rng() * total;
  for (const [key, w] of entries) {
    r -= w;
    if (r < 0) return key;
  }
  return entries[entries.length - 1][0];
}

/** Standard normal draw (Box–Muller). */
export function normal(rng: Rng): number {
  const u = 1 - rng(); // (0, 1]: log(0) would be -Infinity
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** Picks an index with probability proportional to `weights[i]`, via a prefix-sum table built once. */
export function weightedIndexPicker(weights: readonly number[]): (rng: Rng) => number {
  const prefix: number[] = [];
  let total = 0;
  for (const w of weights) {
    total += w;
    prefix.push(total);
  }
  return (rng) => {
    const r = rng() * total;
    let lo = 0;
    let hi = prefix.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (prefix[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}
