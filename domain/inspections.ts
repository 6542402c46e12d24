/**
 * Inspections (SPEC §4): the statuses and the whole lifecycle machine, what each move needs, the
 * comparison of measured against declared values that proposes a failure reason, and who sees
 * which warehouse. The server's inspection service enforces these; the SPA shows only the buttons
 * they allow.
 */
import { canAccess, type Role } from './roles';
import { isPreciousMetal, materialByCode, meetsDeclared } from './materials';

export const INSPECTION_STATUSES = ['awaiting_arrival', 'received', 'inspecting', 'passed', 'failed', 'shipped', 'returned'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];
export const INSPECTION_RESULTS = ['passed', 'failed'] as const;
export type InspectionResult = (typeof INSPECTION_RESULTS)[number];

/** The workflow actions (`POST /api/inspections/<id>/<move>`); `created` is the order's arrival in the system. */
export const INSPECTION_MOVES = ['receive', 'start', 'verdict', 'ship', 'return'] as const;
export type InspectionMove = (typeof INSPECTION_MOVES)[number];
export type InspectionEventKind = 'created' | InspectionMove;

/**
 * The whole machine: from → to → the action that makes the move. A passed item ships to the buyer
 * with its certificate; a failed one goes back to the merchant. Shipped and returned are final.
 */
export const INSPECTION_TRANSITIONS: Readonly<Record<InspectionStatus, Partial<Record<InspectionStatus, InspectionMove>>>> = {
  awaiting_arrival: { received: 'receive' },
  received: { inspecting: 'start' },
  inspecting: { passed: 'verdict', failed: 'verdict' },
  passed: { shipped: 'ship' },
  failed: { returned: 'return' },
  shipped: {},
  returned: {},
};

/** The status a move starts from (each move has exactly one). */
export function moveFrom(move: InspectionMove): InspectionStatus {
  const from = INSPECTION_STATUSES.find((s) => Object.values(INSPECTION_TRANSITIONS[s]).includes(move));
  if (!from) throw new Error(`no status leads through ${move}`);
  return from;
}

/** Where `move` takes a parcel in `status` (a verdict: to its result), or null when it cannot. */
export function moveTarget(status: InspectionStatus | string, move: InspectionMove, result?: InspectionResult): InspectionStatus | null {
  const targets = Object.entries(INSPECTION_TRANSITIONS[status as InspectionStatus] ?? {})
    .filter(([, m]) => m === move)
    .map(([to]) => to as InspectionStatus);
  return (move === 'verdict' && result ? targets.find((to) => to === result) : targets[0]) ?? null;
}

/** The moves possible from `status`. */
export function nextMoves(status: InspectionStatus | string): InspectionMove[] {
  return [...new Set(Object.values(INSPECTION_TRANSITIONS[status as InspectionStatus] ?? {}))];
}

/** Why `move` cannot be made from `status` (a message code, domain/messages.ts), or null when it can. */
export function moveRefusal(status: InspectionStatus | string, move: InspectionMove): string | null {
  if (nextMoves(status).includes(move)) return null;
  const order = INSPECTION_STATUSES.indexOf(status as InspectionStatus);
  const before = order < INSPECTION_STATUSES.indexOf(moveFrom(move));
  if (move === 'verdict')
    return status === 'awaiting_arrival' ? 'inspections.not_received' : before ? 'inspections.not_started' : 'inspections.already_decided';
  if (move === 'start' && status === 'awaiting_arrival') return 'inspections.not_received';
  if (move === 'ship') return 'inspections.only_passed_ship';
  if (move === 'return') return 'inspections.only_failed_return';
  return 'inspections.already_moved';
}

/** Statuses with work left at the warehouse: the inspector's queue. */
export const WAREHOUSE_QUEUE_STATUSES: readonly InspectionStatus[] = ['awaiting_arrival', 'received', 'inspecting', 'passed', 'failed'];

/**
 * The one warehouse whose parcels this staff member may see, `null` for every warehouse (managers,
 * reviewers, admins), or `'none'` for an inspector who has not been given a warehouse.
 */
export function warehouseScope(actor: { role: Role | string; warehouseId?: number | null }): number | null | 'none' {
  if (actor.role !== 'inspector') return null;
  return actor.warehouseId ?? 'none';
}

/** May this actor make `move` on an inspection at all (its warehouse is checked by the scope)? */
export const canRecord = (role: Role | string, move: InspectionMove): boolean => canAccess(role, { action: move, resource: 'inspections' });

// ---- Measured against declared ------------------------------------------------------------

/** Jewelry scales weigh to 0.001 g; nothing sold here weighs more than 50 kg. */
export const MAX_WEIGHT_GRAMS = 50_000;
export const WEIGHT_DECIMALS = 3;

/** True when `grams` is a weight a scale can show: positive, at most MAX_WEIGHT_GRAMS, to 0.001 g. */
export function isPlausibleWeight(grams: number): boolean {
  if (!Number.isFinite(grams) || grams <= 0 || grams > MAX_WEIGHT_GRAMS) return false;
  const scaled = grams * 10 ** WEIGHT_DECIMALS;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

/** Grams as labels print them: two decimals, three when the scale's last digit matters. */
export const formatGrams = (grams: number): string => grams.toFixed(Math.round(grams * 1000) % 10 ? 3 : 2);

/**
 * How far a measured weight may stray from the declared one and still match it. Precious metals
 * are priced by the gram: 1% of the declared weight, at least 0.05 g (scale and rounding). Stones,
 * jade, pearls and crystal: 2%, at least 0.10 g. Either way, heavier or lighter, a larger
 * difference means the parcel is not what was declared.
 */
export function weightToleranceGrams(declaredMaterial: string, declaredGrams: number): number {
  const metal = isPreciousMetal(materialByCode(declaredMaterial));
  return Math.max(metal ? 0.05 : 0.1, declaredGrams * (metal ? 0.01 : 0.02));
}

export interface Measurement {
  material: string;
  weightGrams: number;
}

export interface Comparison {
  materialMatches: boolean;
  /** measured − declared, in grams (3 decimals). */
  weightDeltaGrams: number;
  /** The same as a share of the declared weight, in percent (1 decimal). */
  weightDeltaPercent: number;
  toleranceGrams: number;
  weightMatches: boolean;
  /**
   * The violation type code the comparison points to, for the inspector to confirm: material
   * fraud outranks short weight (it is the graver violation). Null when both match: a failure
   * then needs the inspector's own reason (a missing hallmark, a forged certificate…).
   */
  proposedFailureReason: 'material_fraud' | 'weight_mismatch' | null;
}

/** Rounded, and never −0 (it would read "−0.0%" and differ from 0 once stored as JSON). */
const round = (n: number, decimals: number) => Math.round(n * 10 ** decimals) / 10 ** decimals || 0;

export function compareMeasurement(declared: Measurement, measured: Measurement): Comparison {
  const d = materialByCode(declared.material);
  const m = materialByCode(measured.material);
  const materialMatches = !!d && !!m && meetsDeclared(d, m);
  const toleranceGrams = round(weightToleranceGrams(declared.material, declared.weightGrams), 2);
  const delta = measured.weightGrams - declared.weightGrams;
  // A hair of float noise must not turn an exact tolerance into a failure.
  const weightMatches = Math.abs(delta) <= toleranceGrams + 1e-9;
  return {
    materialMatches,
    weightDeltaGrams: round(delta, WEIGHT_DECIMALS),
    weightDeltaPercent: declared.weightGrams > 0 ? round((100 * delta) / declared.weightGrams, 1) : 0,
    toleranceGrams,
    weightMatches,
    proposedFailureReason: !materialMatches ? 'material_fraud' : !weightMatches ? 'weight_mismatch' : null,
  };
}

// ---- Photos ---------------------------------------------------------------------------------

export const PHOTO_KINDS = ['item', 'hallmark', 'certificate', 'other'] as const;
export type PhotoKind = (typeof PHOTO_KINDS)[number];
/** Types sniffed from the bytes (never the name or the client's word): phone and camera photos. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif'] as const;
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
export const MAX_PHOTOS_PER_INSPECTION = 20;
/** Photos belong to the verdict: they attach while the parcel is at the bench, before or with it. */
export const PHOTO_STATUSES: readonly InspectionStatus[] = ['received', 'inspecting'];

// ---- Records as the API returns them (docs/api.md) ----------------------------------------

export interface InspectionRecord {
  id: number;
  orderId: string;
  warehouseId: number;
  merchantId: number;
  status: InspectionStatus;
  result: InspectionResult | null;
  receivedAt: string | null;
  startedAt: string | null;
  verdictAt: string | null;
  measuredMaterial: string | null;
  measuredWeightGrams: number | null;
  failureReason: string | null;
  certificateNo: string | null;
  inspectorId: number | null;
  /** The inspector's internal notes on the verdict; never shown to the buyer. */
  notes: string | null;
  shippedAt: string | null;
  sealNo: string | null;
  returnedAt: string | null;
  /** The case a failed verdict opened (at most one). */
  caseIds: number[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Facts of a lifecycle event: what was measured and decided, the case it opened. */
export interface InspectionEventData {
  measuredMaterial?: string;
  measuredWeightGrams?: number;
  certificateNo?: string;
  failureReason?: string;
  sealNo?: string;
  caseId?: number;
  photoIds?: number[];
  comparison?: Comparison;
}

/** One entry of the append-only log: a public message for the buyer and an internal note for staff, kept apart. */
export interface InspectionEventRecord {
  id: number;
  inspectionId: number;
  actorId: number | null;
  at: string;
  kind: InspectionEventKind;
  from: InspectionStatus | null;
  to: InspectionStatus;
  publicMessage: string | null;
  internalNote: string | null;
  data: InspectionEventData | null;
}

export interface InspectionPhotoRecord {
  id: number;
  inspectionId: number;
  kind: PhotoKind;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  caption: string | null;
  uploadedById: number | null;
  uploadedAt: string;
  /** Where signed-in staff fetch the image. */
  url: string;
}
