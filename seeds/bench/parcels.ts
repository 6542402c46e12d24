/**
 * The benchmark's jewelry orders and their inspections, one each: a year of parcels at the five
 * warehouses, most passed and shipped, about one in eleven failed and returned, the last few days'
 * still in the queue (awaiting arrival, received, being inspected). Deterministic. Pure.
 */
import { int, mulberry32, pick, weightedIndexPicker } from '../random';

export interface ParcelRefs {
  /** Jewelry leaf categories. */
  categoryIds: number[];
  warehouses: { id: number; inspectorId: number | null }[];
  /** Violation type codes an inspection fails for. */
  failureCodes: string[];
  merchants: number;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
// [title, declared material (domain/materials.ts), grams, yuan, what a failed one turns out to be]
const PRODUCTS: [string, string, [number, number], [number, number], string][] = [
  ['古法足金手镯', 'Au999', [15, 60], [6000, 30000], 'gold-plated'],
  ['18K金钻戒', 'Au750', [1.5, 4], [1500, 9000], 'gold-plated'],
  ['925银手链', 'S925', [5, 20], [80, 600], 'silver-plated'],
  ['和田玉籽料挂件', 'nephrite', [10, 40], [800, 20000], 'quartzite'],
  ['翡翠手镯', 'jadeite A', [40, 80], [3000, 38000], 'jadeite B+C'],
  ['Akoya珍珠项链', 'akoya pearl', [20, 45], [1500, 12000], 'imitation pearl'],
  ['天然水晶手串', 'quartz', [15, 40], [60, 900], 'glass'],
  ['Pt950铂金戒指', 'Pt950', [2, 8], [2000, 9000], 'S925'],
];
const ORDER_COLUMNS = [
  'id',
  'merchant_id',
  'category_id',
  'product_title',
  'declared_material',
  'declared_weight_grams',
  'price_cents',
  'placed_at',
  'warehouse_id',
  'tracking_code',
  'created_at',
  'updated_at',
] as const;
const INSPECTION_COLUMNS = [
  'id',
  'order_id',
  'warehouse_id',
  'merchant_id',
  'status',
  'result',
  'received_at',
  'started_at',
  'verdict_at',
  'measured_material',
  'measured_weight_grams',
  'failure_reason',
  'certificate_no',
  'inspector_id',
  'shipped_at',
  'seal_no',
  'returned_at',
  'version',
  'created_at',
  'updated_at',
] as const;
export const PARCEL_COLUMNS = { orders: ORDER_COLUMNS, inspections: INSPECTION_COLUMNS };

const iso = (ms: number) => new Date(ms).toISOString();
/** A unique, unguessable-looking tracking code: multiplying by an odd number is a bijection modulo 2^40. */
const trackingCode = (n: number) => `TD${((n * 2_654_435_761) % 2 ** 40).toString(36).toUpperCase().padStart(8, '0')}`;

/** Orders and inspections 1..n, as [orderRow, inspectionRow] in the column orders above. */
export function* parcels(n: number, ref: ParcelRefs, endMs: number, seed = 7): Generator<[unknown[], unknown[]]> {
  const rng = mulberry32(seed);
  const warehouse = weightedIndexPicker(ref.warehouses.map((_, i) => [5, 3, 4, 2, 2][i] ?? 1));
  for (let id = 1; id <= n; id++) {
    const placed = endMs - 365 * DAY + Math.floor((id / n) * 365 * DAY) - int(rng, 0, HOUR);
    const [title, material, grams, yuan, fake] = pick(rng, PRODUCTS);
    const weight = +(grams[0] + rng() * (grams[1] - grams[0])).toFixed(3);
    const w = ref.warehouses[warehouse(rng)];
    const orderId = `JO${String(id).padStart(12, '0')}`;
    const merchantId = int(rng, 1, ref.merchants);
    const order = [
      orderId,
      merchantId,
      pick(rng, ref.categoryIds),
      title,
      material,
      weight,
      int(rng, yuan[0], yuan[1]) * 100,
      iso(placed),
      w.id,
      trackingCode(id),
      iso(placed),
      iso(placed),
    ];
    const received = placed + int(rng, 20, 60) * HOUR;
    const started = received + int(rng, 1, 8) * HOUR;
    const verdict = started + int(rng, 10, 90) * 60_000;
    const left = verdict + int(rng, 2, 20) * HOUR;
    const failed = rng() < 0.09;
    const stage = received > endMs ? 'awaiting_arrival' : started > endMs ? 'received' : verdict > endMs ? 'inspecting' : left > endMs ? 'decided' : 'left';
    const decided = stage === 'decided' || stage === 'left';
    const status = !decided ? stage : failed ? (stage === 'left' ? 'returned' : 'failed') : stage === 'left' ? 'shipped' : 'passed';
    const shipped = status === 'shipped';
    const measured = failed ? +(weight * (0.6 + rng() * 0.3)).toFixed(3) : weight;
    const last = stage === 'left' ? left : decided ? verdict : stage === 'inspecting' ? started : stage === 'received' ? received : placed;
    const inspection = [
      id,
      orderId,
      w.id,
      merchantId,
      status,
      decided ? (failed ? 'failed' : 'passed') : null,
      stage === 'awaiting_arrival' ? null : iso(received),
      stage === 'awaiting_arrival' || stage === 'received' ? null : iso(started),
      decided ? iso(verdict) : null,
      decided ? (failed && rng() < 0.5 ? fake : material) : null,
      decided ? measured : null,
      decided && failed ? pick(rng, ref.failureCodes) : null,
      decided && !failed ? `CERT-${w.id}-${String(id).padStart(9, '0')}` : null,
      stage === 'awaiting_arrival' ? null : w.inspectorId,
      shipped ? iso(left) : null,
      shipped ? `SEAL-${String(id).padStart(10, '0')}` : null,
      status === 'returned' ? iso(left) : null,
      { awaiting_arrival: 1, received: 2, inspecting: 3, decided: 4, left: 5 }[stage],
      iso(placed),
      iso(last),
    ];
    yield [order, inspection];
  }
}
