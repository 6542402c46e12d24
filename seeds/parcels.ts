/**
 * A demo parcel (an order and its inspection) from its planned timeline to the rows the server
 * would have written by `now`: the order, the inspection as it stands, and its event log (created
 * → received → inspecting → verdict → shipped or returned), cut off at `now`. Pure.
 */
import { compareMeasurement, type InspectionEventData, type InspectionEventKind, type InspectionResult, type InspectionStatus } from '../domain/inspections';
import { trackingCodeFrom } from '../domain/orders';
import { CERTIFICATE_PREFIX } from './content/products';
import type { Rng } from './random';

export interface Timeline {
  placedMs: number;
  receivedMs: number;
  startedMs: number;
  verdictMs: number;
  /** Shipped (passed) or returned (failed). */
  finalMs: number;
}

export interface Verdict {
  result: InspectionResult;
  material: string;
  grams: number;
  failureReason?: string;
  caseId?: number;
  notes?: string | null;
  publicNote?: string | null;
}

export interface Parcel {
  orderId: string;
  merchantId: number;
  categoryId: number;
  warehouse: { id: number; code: string };
  inspectorId: number | null;
  title: string;
  material: string;
  grams: number;
  priceCents: number;
  timeline: Timeline;
  verdict: Verdict;
  notes?: { receive?: string; ship?: string };
}

export interface OrderRow {
  id: string;
  merchant_id: number;
  category_id: number;
  product_title: string;
  declared_material: string;
  declared_weight_grams: number;
  price_cents: number;
  placed_at: string;
  warehouse_id: number;
  tracking_code: string;
  created_at: string;
  updated_at: string;
}

export interface InspectionRow {
  id: number;
  order_id: string;
  warehouse_id: number;
  merchant_id: number;
  status: InspectionStatus;
  result: InspectionResult | null;
  received_at: string | null;
  started_at: string | null;
  verdict_at: string | null;
  measured_material: string | null;
  measured_weight_grams: number | null;
  failure_reason: string | null;
  certificate_no: string | null;
  inspector_id: number | null;
  notes: string | null;
  shipped_at: string | null;
  seal_no: string | null;
  returned_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface InspectionEventRow {
  inspection_id: number;
  actor_id: number | null;
  at: string;
  kind: InspectionEventKind;
  from: InspectionStatus | null;
  to: InspectionStatus;
  public_message: string | null;
  internal_note: string | null;
  data: string | null;
}

interface Step {
  kind: InspectionEventKind;
  to: InspectionStatus;
  ms: number;
  publicMessage?: string | null;
  internalNote?: string | null;
  data?: InspectionEventData;
}

const iso = (ms: number) => new Date(ms).toISOString();
const yymmdd = (ms: number) => iso(ms).slice(2, 10).replace(/-/g, '');

/** Printed numbers in time order: certificates per agency and day, seals per warehouse. */
class Serials {
  private counts = new Map<string, number>();
  next(key: string, start = 0): number {
    const n = (this.counts.get(key) ?? start) + 1;
    this.counts.set(key, n);
    return n;
  }
  certificate(code: string, ms: number) {
    const prefix = CERTIFICATE_PREFIX[code] ?? code;
    const day = yymmdd(ms);
    return `${prefix}-${day}-${String(this.next(`${prefix}${day}`)).padStart(5, '0')}`;
  }
  seal(code: string) {
    return `TS${code}${String(this.next(`seal${code}`, 30_000_000)).padStart(8, '0')}`;
  }
}

/** The milestones reached by `nowMs`, with what each recorded. */
function stepsOf(p: Parcel, nowMs: number, serials: Serials): Step[] {
  const t = p.timeline;
  const v = p.verdict;
  const steps: Step[] = [{ kind: 'created', to: 'awaiting_arrival', ms: t.placedMs }];
  if (t.receivedMs > nowMs) return steps;
  steps.push({ kind: 'receive', to: 'received', ms: t.receivedMs, internalNote: p.notes?.receive });
  if (t.startedMs > nowMs) return steps;
  steps.push({ kind: 'start', to: 'inspecting', ms: t.startedMs });
  if (t.verdictMs > nowMs) return steps;
  const comparison = compareMeasurement({ material: p.material, weightGrams: p.grams }, { material: v.material, weightGrams: v.grams });
  const certificateNo = v.result === 'passed' ? serials.certificate(p.warehouse.code, t.verdictMs) : undefined;
  steps.push({
    kind: 'verdict',
    to: v.result,
    ms: t.verdictMs,
    publicMessage: v.publicNote,
    internalNote: v.notes,
    data: {
      measuredMaterial: v.material,
      measuredWeightGrams: v.grams,
      ...(certificateNo && { certificateNo }),
      ...(v.failureReason && { failureReason: v.failureReason, caseId: v.caseId }),
      comparison,
      photoIds: [],
    },
  });
  if (t.finalMs > nowMs) return steps;
  if (v.result === 'failed') steps.push({ kind: 'return', to: 'returned', ms: t.finalMs });
  else steps.push({ kind: 'ship', to: 'shipped', ms: t.finalMs, publicMessage: p.notes?.ship, data: { sealNo: serials.seal(p.warehouse.code) } });
  return steps;
}

export interface ParcelRows {
  orders: OrderRow[];
  inspections: InspectionRow[];
  events: InspectionEventRow[];
  /** case id → the inspection whose failed verdict opened it */
  caseInspections: Map<number, number>;
}

/** Rows for every parcel, inspection ids ascending with the order time (as if written live). */
export function parcelRows(parcels: Parcel[], ctx: { nowMs: number; firstInspectionId: number; rng: Rng }): ParcelRows {
  const sorted = [...parcels].sort((a, b) => a.timeline.placedMs - b.timeline.placedMs || (a.orderId < b.orderId ? -1 : a.orderId > b.orderId ? 1 : 0));
  const serials = new Serials();
  const codes = new Set<string>();
  const out: ParcelRows = { orders: [], inspections: [], events: [], caseInspections: new Map() };
  for (const [i, p] of sorted.entries()) {
    const id = ctx.firstInspectionId + i;
    let tracking: string;
    do tracking = trackingCodeFrom(() => Math.floor(ctx.rng() * 2 ** 32));
    while (codes.has(tracking));
    codes.add(tracking);
    const steps = stepsOf(p, ctx.nowMs, serials);
    const times = steps.map((s) => iso(s.ms));
    const byKind = new Map(steps.map((s, k) => [s.kind, k]));
    const at = (kind: InspectionEventKind) => (byKind.has(kind) ? times[byKind.get(kind)!] : null);
    const verdict = byKind.has('verdict') ? steps[byKind.get('verdict')!] : undefined;
    const last = steps[steps.length - 1];
    const placedAt = iso(p.timeline.placedMs);
    out.orders.push({
      id: p.orderId,
      merchant_id: p.merchantId,
      category_id: p.categoryId,
      product_title: p.title,
      declared_material: p.material,
      declared_weight_grams: p.grams,
      price_cents: p.priceCents,
      placed_at: placedAt,
      warehouse_id: p.warehouse.id,
      tracking_code: tracking,
      created_at: placedAt,
      updated_at: placedAt,
    });
    out.inspections.push({
      id,
      order_id: p.orderId,
      warehouse_id: p.warehouse.id,
      merchant_id: p.merchantId,
      status: last.to,
      result: verdict ? p.verdict.result : null,
      received_at: at('receive'),
      started_at: at('start'),
      verdict_at: at('verdict'),
      measured_material: verdict ? p.verdict.material : null,
      measured_weight_grams: verdict ? p.verdict.grams : null,
      failure_reason: verdict ? (p.verdict.failureReason ?? null) : null,
      certificate_no: verdict?.data?.certificateNo ?? null,
      inspector_id: verdict ? p.inspectorId : null,
      notes: verdict ? (p.verdict.notes ?? null) : null,
      shipped_at: at('ship'),
      seal_no: byKind.has('ship') ? steps[byKind.get('ship')!].data!.sealNo! : null,
      returned_at: at('return'),
      version: steps.length,
      created_at: placedAt,
      updated_at: times[times.length - 1],
    });
    for (const [k, s] of steps.entries()) {
      out.events.push({
        inspection_id: id,
        actor_id: s.kind === 'created' ? null : p.inspectorId,
        at: times[k],
        kind: s.kind,
        from: k ? steps[k - 1].to : null,
        to: s.to,
        public_message: s.publicMessage ?? null,
        internal_note: s.internalNote ?? null,
        data: s.data ? JSON.stringify(s.data) : null,
      });
    }
    if (verdict && p.verdict.caseId) out.caseInspections.set(p.verdict.caseId, id);
  }
  return out;
}
