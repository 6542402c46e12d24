/**
 * The demo's stream of jewelry orders that pass inspection: six months at each warehouse, sized so
 * that the failed inspections behind the seeded cases make each warehouse's usual failure rate
 * (seeds/content/products.ts), growing towards now like the cases do, with weekend and shopping
 * festival peaks (618, Double 11). Each order goes to a shop the warehouse serves, by its reach,
 * never while the shop is banned or suspended. Pure.
 */
import { weightToleranceGrams } from '../domain/inspections';
import { BASE_FAILURE_RATE, DEFAULT_FAILURE_RATE, INTERNAL_NOTES, PUBLIC_NOTES, productsFor, type ProductSeed } from './content/products';
import { HISTORY_DAYS, inSpell, SHUIBEI_SPELL, WAREHOUSE_BY_LEAF } from './cases';
import type { MerchantRow } from './merchants';
import type { Parcel, Timeline } from './parcels';
import { chance, derive, int, normal, pick, uniform, weightedIndexPicker, type Rng } from './random';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** China is UTC+8: the day and the evening live streams are Beijing time. */
const CHINA = 8 * HOUR;

export interface StreamContext {
  nowMs: number;
  seed: number;
  merchants: MerchantRow[];
  categories: Map<number, { code: string; vertical: string }>;
  warehouses: Map<string, { id: number; code: string }>;
  inspectors: Map<string, number>;
  storyMerchantId: number;
  /** The shop cannot sell at that moment (banned or suspended). */
  offSale: (merchantId: number, ms: number) => boolean;
  /** When and where the seeded failed inspections happened. */
  failures: { warehouseCode: string; ms: number }[];
  /** Order ids already taken (the cases'); new ones are added. */
  orderIds: Set<string>;
}

/** The seeded cases' density over the window (half uniform, half rising to now): `0.5 + recency`. */
const shape = (ms: number, nowMs: number) => 0.5 + Math.max(0, 1 - (nowMs - ms) / (HISTORY_DAYS * DAY));

function festival(ms: number): number {
  const d = new Date(ms + CHINA);
  const md = d.toISOString().slice(5, 10);
  const peak = { '06-18': 2.5, '06-17': 1.6, '06-19': 1.4, '11-11': 3, '11-10': 1.8, '11-12': 1.5 }[md] ?? 1;
  return peak * (d.getUTCDay() === 0 || d.getUTCDay() === 6 ? 1.15 : 1);
}

/** The share of the window's cases that fall in Shuibei's spell, had it been an ordinary stretch. */
function spellShare(): number {
  const [r1, r2] = [1 - SHUIBEI_SPELL.fromDaysAgo / HISTORY_DAYS, 1 - SHUIBEI_SPELL.toDaysAgo / HISTORY_DAYS];
  return 0.5 * (r2 - r1) + (r2 ** 2 - r1 ** 2) / 2;
}

/** Passed orders a day at each warehouse: its failures outside Shuibei's spell, at its usual rate. */
function dailyVolume(ctx: StreamContext): Map<string, number> {
  const out = new Map<string, number>();
  for (const code of ctx.warehouses.keys()) {
    const outside = ctx.failures.filter((f) => f.warehouseCode === code && !inSpell(f.ms, ctx.nowMs)).length;
    const base = Math.max(1, outside / (1 - spellShare()));
    const rate = BASE_FAILURE_RATE[code] ?? DEFAULT_FAILURE_RATE;
    out.set(code, (base * (1 - rate)) / rate / HISTORY_DAYS);
  }
  return out;
}

/** The shops whose orders a warehouse inspects, by reach (followers^0.35) and their category's routing. */
export function shopPickers(ctx: StreamContext) {
  const pickers = new Map<string, { shops: MerchantRow[]; pick: (rng: Rng) => number }>();
  for (const code of ctx.warehouses.keys()) {
    const shops: MerchantRow[] = [];
    const weights: number[] = [];
    for (const m of ctx.merchants) {
      const routing = WAREHOUSE_BY_LEAF[ctx.categories.get(m.category_id)?.code ?? ''];
      if (m.id === ctx.storyMerchantId || !routing?.[code]) continue;
      const share = routing[code] / Object.values(routing).reduce((a, b) => a + b, 0);
      shops.push(m);
      weights.push(m.follower_count ** 0.35 * share);
    }
    if (shops.length) pickers.set(code, { shops, pick: weightedIndexPicker(weights) });
  }
  return pickers;
}

/** A new platform order number for the day, unique in the demo. */
export function orderIdFor(rng: Rng, ms: number, taken: Set<string>): string {
  let id: string;
  do id = `PO${new Date(ms).toISOString().slice(0, 10).replace(/-/g, '')}${String(int(rng, 0, 99_999_999)).padStart(8, '0')}`;
  while (taken.has(id));
  taken.add(id);
  return id;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function priceCents(rng: Rng, product: ProductSeed, grams: number): number {
  const yuan = 'perGram' in product.price ? grams * product.price.perGram * uniform(rng, 1.05, 1.25) : uniform(rng, ...product.price.range);
  return Math.round(yuan) * 100;
}

/** What a shop in this leaf sells: title, declared material and weight, price. */
export function drawProduct(rng: Rng, leaf: string) {
  const product = pick(rng, productsFor(leaf));
  const material = pick(rng, product.materials);
  const grams = round2(uniform(rng, ...product.grams));
  return { title: `${product.zh} · ${product.en}`, material, grams, priceCents: priceCents(rng, product, grams) };
}

/** The usual journey: 10–60 h to arrive, a wait at the bench, a quick check, shipped within hours. */
export function usualTimeline(rng: Rng, placedMs: number): Timeline {
  const receivedMs = placedMs + (10 + 50 * rng() ** 2) * HOUR;
  const startedMs = receivedMs + (0.5 + 16 * rng() ** 2) * HOUR;
  const verdictMs = startedMs + uniform(rng, 0.3, 2.8) * HOUR;
  return { placedMs, receivedMs, startedMs, verdictMs, finalMs: verdictMs + uniform(rng, 1, 11) * HOUR };
}

/** A pass: the declared material, the weight within 40% of its tolerance. */
export function passingParcel(rng: Rng, base: Omit<Parcel, 'verdict' | 'notes'>): Parcel {
  const spread = 0.4 * weightToleranceGrams(base.material, base.grams);
  const grams = Math.max(0.01, round2(base.grams + uniform(rng, -spread, spread)));
  return {
    ...base,
    verdict: {
      result: 'passed',
      material: base.material,
      grams,
      notes: chance(rng, 0.3) ? pick(rng, INTERNAL_NOTES.passed(base.material)) : null,
      publicNote: chance(rng, 0.2) ? pick(rng, PUBLIC_NOTES.verdict) : null,
    },
    notes: {
      receive: chance(rng, 0.04) ? pick(rng, INTERNAL_NOTES.receive) : undefined,
      ship: chance(rng, 0.3) ? pick(rng, PUBLIC_NOTES.ship) : undefined,
    },
  };
}

/** Evening live streams sell the most (Beijing time). */
function placedIn(rng: Rng, chinaDayStartMs: number): number {
  const hour = chance(rng, 0.45) ? uniform(rng, 19, 24) : chance(rng, 0.8) ? uniform(rng, 9, 19) : uniform(rng, 0, 9);
  return Math.floor((chinaDayStartMs + hour * HOUR) / 1000) * 1000;
}

export function passedStream(ctx: StreamContext): Parcel[] {
  const volume = dailyVolume(ctx);
  const pickers = shopPickers(ctx);
  const parcels: Parcel[] = [];
  const firstDay = Math.floor((ctx.nowMs + CHINA) / DAY) - HISTORY_DAYS;
  for (let day = firstDay; day * DAY - CHINA < ctx.nowMs; day++) {
    const dayStart = day * DAY - CHINA;
    for (const [code, perDay] of volume) {
      const rng = derive(ctx.seed, 0x0de7, day, code.charCodeAt(0), code.charCodeAt(1) || 0);
      const shops = pickers.get(code);
      const expected = perDay * shape(dayStart, ctx.nowMs) * festival(dayStart + 12 * HOUR) * Math.exp(0.12 * normal(rng));
      // 3391's orders at Panyu, about one a week until his ban: few enough that his failures show.
      const story = code === 'PY' && chance(rng, 0.15) ? ctx.merchants.find((m) => m.id === ctx.storyMerchantId) : undefined;
      const count = Math.floor(expected) + (chance(rng, expected % 1) ? 1 : 0);
      for (let i = 0; i < count + (story ? 1 : 0); i++) {
        const placedMs = placedIn(rng, dayStart);
        let shop = i === count ? story : undefined;
        for (let tries = 0; !shop && shops && tries < 8; tries++) {
          const candidate = shops.shops[shops.pick(rng)];
          if (!ctx.offSale(candidate.id, placedMs)) shop = candidate;
        }
        if (!shop || placedMs >= ctx.nowMs || ctx.offSale(shop.id, placedMs)) continue;
        parcels.push(parcelFor(rng, shop, code, placedMs, usualTimeline(rng, placedMs), ctx));
      }
    }
  }
  return parcels;
}

export function parcelFor(rng: Rng, shop: MerchantRow, code: string, placedMs: number, timeline: Timeline, ctx: StreamContext): Parcel {
  const leaf = ctx.categories.get(shop.category_id)?.code ?? 'gold_silver';
  return passingParcel(rng, {
    ...drawProduct(rng, leaf),
    orderId: orderIdFor(rng, placedMs, ctx.orderIds),
    merchantId: shop.id,
    categoryId: shop.category_id,
    warehouse: ctx.warehouses.get(code)!,
    inspectorId: ctx.inspectors.get(code) ?? null,
    timeline,
  });
}
