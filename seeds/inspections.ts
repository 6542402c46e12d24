/**
 * The demo's inspections (issue: inspection warehouses): the failed inspection behind every seeded
 * failed-inspection case (its verdict a second before the case opened, at the case's warehouse,
 * under the case's order number, measuring what the case says), the passed stream around them
 * (seeds/orders.ts), and today's queue at every warehouse. Pure; the caller inserts the rows.
 */
import { weightToleranceGrams } from '../domain/inspections';
import { materialByCode } from '../domain/materials';
import type { CaseRow } from './cases';
import type { Finding } from './content/caseText';
import { PUBLIC_NOTES, productsFor } from './content/products';
import type { MerchantPlan } from './enforcement';
import { drawProduct, orderIdFor, parcelFor, passedStream, priceCents, shopPickers, type StreamContext } from './orders';
import { parcelRows, type Parcel, type ParcelRows, type Timeline } from './parcels';
import { chance, derive, pick, uniform, type Rng } from './random';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const round2 = (n: number) => Math.round(n * 100) / 100;

export interface InspectedCase {
  row: CaseRow;
  code: string;
  inspection: { warehouseCode: string; finding: Finding };
}

export interface InspectionContext extends Omit<StreamContext, 'offSale' | 'failures' | 'orderIds'> {
  plans: MerchantPlan[];
  firstInspectionId: number;
}

/** When a shop could not sell: banned (until revoked) or suspended from live streams. */
function offSaleCheck(plans: MerchantPlan[]) {
  const spans = new Map<number, { fromMs: number; untilMs: number }[]>();
  for (const plan of plans) {
    for (const p of plan.penalties) {
      const list = spans.get(p.merchantId) ?? [];
      if (p.type === 'live_suspension' && p.status === 'active' && p.days)
        list.push({ fromMs: p.issueMs, untilMs: Math.min(p.issueMs + p.days * DAY, p.fate.revokedMs ?? Infinity) });
      spans.set(p.merchantId, list);
    }
    const merchantId = plan.penalties[0]?.merchantId;
    if (merchantId !== undefined) spans.get(merchantId)!.push(...plan.bans);
  }
  return (merchantId: number, ms: number) => (spans.get(merchantId) ?? []).some((s) => s.fromMs <= ms && ms < s.untilMs);
}

/** The order's day is in its number (`PO20260512…`); the parcel then took until the verdict. */
function failedTimeline(rng: Rng, orderId: string, verdictMs: number): Timeline {
  const dayStart = Date.UTC(Number(orderId.slice(2, 6)), Number(orderId.slice(6, 8)) - 1, Number(orderId.slice(8, 10)));
  const placedMs = Math.floor((dayStart + rng() * Math.min(DAY, verdictMs - dayStart - 6 * HOUR)) / 1000) * 1000;
  const receivedMs = placedMs + uniform(rng, 0.5, 0.8) * (verdictMs - placedMs);
  const startedMs = receivedMs + uniform(rng, 0.4, 0.9) * (verdictMs - receivedMs);
  return { placedMs, receivedMs, startedMs, verdictMs, finalMs: verdictMs + uniform(rng, 12, 60) * HOUR };
}

/** The failed inspection a case cites: what it measured comes from the case's finding. */
function failedParcel(c: InspectedCase, ctx: InspectionContext): Parcel {
  const rng = derive(ctx.seed, 0x1e5, c.row.id);
  const leaf = ctx.categories.get(c.row.category_id)?.code ?? 'gold_silver';
  const m = c.inspection.finding.measured;
  let product = drawProduct(rng, leaf);
  if (m) {
    const declared = materialByCode(m.declared)!;
    // Weighed like what the shop sells in that material (a bangle's grams, not a bead's).
    const template = productsFor(leaf).find((p) => p.materials.includes(m.declared)) ?? productsFor(leaf)[0];
    const grams = m.declaredGrams ?? round2(uniform(rng, ...template.grams));
    product = {
      title: `${declared.nameZh}${m.itemZh} · ${declared.name} ${m.item}`,
      material: declared.code,
      grams,
      priceCents: priceCents(rng, template, grams),
    };
  }
  // Within tolerance unless the weight is the finding.
  const spread = 0.4 * weightToleranceGrams(product.material, product.grams);
  const orderId = c.row.order_id!;
  return {
    ...product,
    orderId,
    merchantId: c.row.merchant_id,
    categoryId: c.row.category_id,
    warehouse: ctx.warehouses.get(c.inspection.warehouseCode)!,
    inspectorId: ctx.inspectors.get(c.inspection.warehouseCode) ?? null,
    timeline: failedTimeline(rng, orderId, Date.parse(c.row.opened_at) - 1000),
    verdict: {
      result: 'failed',
      material: m?.measured ?? product.material,
      grams: m?.measuredGrams ?? Math.max(0.01, round2(product.grams + uniform(rng, -spread, spread))),
      failureReason: c.code,
      caseId: c.row.id,
      notes: c.inspection.finding.detail,
      publicNote: chance(rng, 0.3) ? pick(rng, PUBLIC_NOTES.failed) : null,
    },
  };
}

/** Where each stage of today's queue is, relative to now (hours ago; a future time is not reached yet). */
const QUEUE_STAGES: { min: number; ago: [number, number, number, number] }[] = [
  { min: 3, ago: [20, -20, -30, -31] }, // awaiting arrival
  { min: 2, ago: [40, 3, -2, -3] }, // received
  { min: 2, ago: [48, 8, 0.5, -1] }, // being inspected
  { min: 2, ago: [50, 20, 6, 2] }, // passed, to be shipped
];

/** How far a parcel has come by now: 0 awaiting arrival, 1 received, 2 being inspected, 3 decided, 4 gone. */
const stageOf = (t: Timeline, nowMs: number) => [t.receivedMs, t.startedMs, t.verdictMs, t.finalMs].filter((ms) => ms <= nowMs).length;

/** Every warehouse with shops has a queue today, however small the demo: the inspector's screen is never empty. */
function todaysQueue(parcels: Parcel[], ctx: StreamContext): Parcel[] {
  const counts = new Map<string, number>();
  for (const p of parcels) {
    // Only the last few days can still be in the queue.
    if (p.verdict.result !== 'passed' || p.timeline.finalMs < ctx.nowMs) continue;
    const key = `${p.warehouse.code}:${stageOf(p.timeline, ctx.nowMs)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const extra: Parcel[] = [];
  for (const [code, shops] of shopPickers(ctx)) {
    const rng = derive(ctx.seed, 0x9e0e, code.charCodeAt(0), code.charCodeAt(1) || 0);
    const at = (h: number) => ctx.nowMs - h * HOUR;
    for (const [stage, { min, ago }] of QUEUE_STAGES.entries()) {
      for (let n = counts.get(`${code}:${stage}`) ?? 0; n < min; n++) {
        const placedMs = Math.floor(at(ago[0] + uniform(rng, 0, 2)) / 1000) * 1000;
        // A shop still selling (a banned or suspended one is drawn again).
        let shop = shops.shops[shops.pick(rng)];
        for (let tries = 0; ctx.offSale(shop.id, placedMs) && tries < 50; tries++) shop = shops.shops[shops.pick(rng)];
        if (ctx.offSale(shop.id, placedMs)) continue;
        const jitter = uniform(rng, 0, 0.4);
        const timeline = {
          placedMs,
          receivedMs: at(ago[1] - jitter),
          startedMs: at(ago[2] - jitter),
          verdictMs: at(ago[3] - jitter),
          finalMs: ctx.nowMs + 6 * HOUR,
        };
        extra.push(parcelFor(rng, shop, code, placedMs, timeline, ctx));
      }
    }
  }
  return extra;
}

/**
 * Builds the rows. A failed-inspection case whose order number another one already has (8 random
 * digits a day rarely collide) gets a new number, so the case and its order still agree.
 */
export function buildInspections(inspected: InspectedCase[], ctx: InspectionContext): ParcelRows {
  const orderIds = new Set<string>();
  for (const c of inspected) {
    if (c.row.order_id && !orderIds.has(c.row.order_id)) orderIds.add(c.row.order_id);
    else c.row.order_id = orderIdFor(derive(ctx.seed, 0x1d, c.row.id), Date.parse(c.row.opened_at) - DAY, orderIds);
  }
  const failed = inspected.map((c) => failedParcel(c, ctx));
  const stream: StreamContext = {
    ...ctx,
    offSale: offSaleCheck(ctx.plans),
    failures: inspected.map((c) => ({ warehouseCode: c.inspection.warehouseCode, ms: Date.parse(c.row.opened_at) })),
    orderIds,
  };
  const passed = passedStream(stream);
  const parcels = [...failed, ...passed];
  parcels.push(...todaysQueue(parcels, stream));
  return parcelRows(parcels, { nowMs: ctx.nowMs, firstInspectionId: ctx.firstInspectionId, rng: derive(ctx.seed, 0x7ac) });
}
