/**
 * Demo cases over the last ~6 months and their timelines. Pure: seeds/history.ts decides which
 * shop each case is about (none once a shop is banned) and this builds the case from its own PRNG,
 * so a case can be rebuilt (another shop, another outcome) without disturbing the others.
 */
import { SEVERITIES, SLA_HOURS, type CaseStatus, type Severity } from '../domain/cases';
import { DISMISS_GENERIC, FOLLOW_UP_EVIDENCE, INTERNAL_NOTES, findingFor, resolutionFor, sourcePrefix, type Finding } from './content/caseText';
import { JEWELRY_ROOT } from './content/reference';
import { buildLifecycle, type EventRow, type Staff } from './lifecycle';
import type { MerchantRow } from './merchants';
import { chance, derive, int, normal, pick, uniform, weighted, weightedIndexPicker, type Rng } from './random';
import { STORY_ASSIGNED_BY, STORY_ASSIGNEE, STORY_CASES, STORY_WAREHOUSE, type StoryCase } from './story';

export const HISTORY_DAYS = 182;
const DAY = 86_400_000;

export interface CaseContext {
  now: Date;
  seed: number;
  firstCaseId: number;
  merchants: MerchantRow[];
  storyMerchantId: number;
  /** category id → its code and its vertical's (root) code */
  categories: Map<number, { code: string; vertical: string }>;
  violationTypes: Map<string, { id: number; severity: Severity }>;
  warehouses: Map<string, { id: number; code: string; name: string; nameZh: string }>;
  reviewers: Staff[];
  managers: Staff[];
  staffByEmail: Map<string, Staff>;
}

export interface CaseRow {
  id: number;
  merchant_id: number;
  category_id: number;
  violation_type_id: number;
  source: string;
  inspection_id: number | null;
  order_id: string | null;
  severity: Severity;
  status: CaseStatus;
  assignee_id: number | null;
  summary: string;
  evidence: string;
  opened_at: string;
  due_at: string;
  resolved_at: string | null;
  resolution: string | null;
  opened_by_id: number | null;
  version: number;
  updated_at: string;
}

/** How a shop behaves: most slip up now and then, a few are careless, a few sell fakes on purpose. */
export type Conduct = 'honest' | 'careless' | 'fraudster';
/** The shop a case is about, as it stood when the case was opened. */
export interface Shop {
  merchant: MerchantRow;
  conduct: Conduct;
  points: number;
}
export interface CaseDraft {
  index: number;
  openedMs: number;
  merchant: MerchantRow;
  story?: StoryCase;
}
export interface BuiltCase {
  row: CaseRow;
  events: EventRow[];
  code: string;
  /** The evidence (JSON) the case was opened with, when an edit added to it since. */
  openingEvidence?: string;
  /** A failed-inspection case: where, and what was found (seeds/inspections.ts writes the inspection behind it). */
  inspection?: { warehouseCode: string; finding: Finding };
}
/** Rebuild a case with another outcome (its shop was banned meanwhile, or a ban awaits approval). */
export interface CaseOverride {
  status: CaseStatus;
  resolution?: string;
}

type EvidenceItem = { kind: 'text'; text: string } | { kind: 'url' | 'image'; url: string };

const VIOLATIONS_BY_VERTICAL: Record<string, Record<string, number>> = {
  // Mostly the five jewelry types; a little price fraud and sloppy listings like any vertical.
  jewelry_jade: { material_fraud: 28, weight_mismatch: 20, description_mismatch: 20, mislabeling: 14, counterfeit: 13, price_fraud: 3, listing_irregular: 2 },
  apparel: { false_advertising: 30, counterfeit: 30, description_mismatch: 15, price_fraud: 15, listing_irregular: 10 },
  beauty: { false_advertising: 35, counterfeit: 25, prohibited_item: 15, price_fraud: 10, listing_irregular: 15 },
  food: { expired_food: 35, false_advertising: 25, prohibited_item: 10, price_fraud: 15, listing_irregular: 15 },
  electronics: { counterfeit: 30, description_mismatch: 20, false_advertising: 20, price_fraud: 20, prohibited_item: 5, listing_irregular: 5 },
};
/** What an inspection warehouse can detect; ~40% of jewelry cases come from a failed inspection. */
const INSPECTABLE = new Set(['material_fraud', 'weight_mismatch', 'mislabeling', 'counterfeit']);
/** Deliberate fraud (the policy's direct-ban types): alleged against anyone, upheld against fraudsters. */
const FRAUD = new Set(['material_fraud', 'counterfeit']);
const CONDUCT_SHARE: Record<'jewelry' | 'other', Record<Conduct, number>> = {
  jewelry: { honest: 82.5, careless: 13, fraudster: 4.5 },
  other: { honest: 87, careless: 11, fraudster: 2 },
};
/** Fraudsters draw more complaints and the warehouses sample them more. */
const CONDUCT_ACTIVITY: Record<Conduct, number> = { honest: 0.8, careless: 1.2, fraudster: 2.2 };
/** Fraud is alleged against anyone, but more often (and rightly) against fraudsters: their weight in the mix. */
const ALLEGED: Record<Conduct, number> = { honest: 0.5, careless: 0.7, fraudster: 2 };
/** Share of allegations upheld, by source: a fraud allegation against an honest shop is nearly always unfounded. */
const UPHELD: Record<Conduct, { fraud: number; inspection: number; patrol: number; other: number }> = {
  honest: { fraud: 0.005, inspection: 0.75, patrol: 0.4, other: 0.22 },
  careless: { fraud: 0.03, inspection: 0.85, patrol: 0.6, other: 0.4 },
  fraudster: { fraud: 0.85, inspection: 0.9, patrol: 0.7, other: 0.6 },
};
/**
 * Deterrence: past a first suspension a shop mostly cleans up its act (a fraudster does not), so
 * new violations are found elsewhere: the chance a case drawn for this shop stays with it.
 */
export const behaves = (conduct: Conduct, points: number) => (conduct === 'fraudster' || points < 6 ? 1 : Math.max(0.03, 1 - (points - 6) / 9));
/** Chance an inspectable jewelry violation is a failed inspection (the rest: complaints, patrols, reports). */
const INSPECTED: Record<Conduct, { fraud: number; other: number }> = {
  honest: { fraud: 0.03, other: 0.8 },
  careless: { fraud: 0.1, other: 0.8 },
  fraudster: { fraud: 0.7, other: 0.6 },
};
/** Which warehouse inspects a leaf's orders (seeds/inspections.ts routes the passed ones the same way). */
export const WAREHOUSE_BY_LEAF: Record<string, Record<string, number>> = {
  gold_silver: { PY: 7, SZ: 3 },
  jade: { SH: 8, PY: 2 },
  gemstones: { SZ: 6, PY: 4 },
  pearls: { ZJ: 8, PY: 2 },
  crystal: { DH: 85, PY: 15 },
  jewelry_jade: { PY: 1 },
};
/**
 * Shenzhen Shuibei's bad spell (the supplier 3391 blamed in his appeal): for five weeks a wave of
 * plated and synthetic stock from Shuibei traders fails there, so the warehouse's failure rate
 * visibly jumps on the metrics while its volume stays the same.
 */
export const SHUIBEI_SPELL = { fromDaysAgo: 95, toDaysAgo: 60, warehouse: 'SZ' } as const;
const SPELL_ROUTING: Record<string, Record<string, number>> = { gold_silver: { PY: 1, SZ: 9 }, gemstones: { SZ: 1 } };

export const inSpell = (ms: number, nowMs: number) => {
  const age = (nowMs - ms) / DAY;
  return age <= SHUIBEI_SPELL.fromDaysAgo && age >= SHUIBEI_SPELL.toDaysAgo;
};

function failureWarehouse(leaf: string, openedMs: number, nowMs: number): Record<string, number> {
  return (inSpell(openedMs, nowMs) && SPELL_ROUTING[leaf]) || WAREHOUSE_BY_LEAF[leaf] || { PY: 1 };
}

/** Older cases are mostly resolved (`upheld` of them confirmed); recent ones still open or in review (some past due). */
function statusForAge(rng: Rng, ageHours: number, upheld: number): CaseStatus {
  if (ageHours < 2) return 'open';
  const w =
    ageHours < 24
      ? { open: 55, in_review: 35, confirmed: 6, dismissed: 4, penalized: 0 }
      : ageHours < 72
        ? { open: 30, in_review: 40, confirmed: 15, dismissed: 10, penalized: 5 }
        : ageHours < 14 * 24
          ? { open: 2, in_review: 10, confirmed: 20, dismissed: 22, penalized: 40 }
          : ageHours < 30 * 24
            ? { open: 0.4, in_review: 1.2, confirmed: 10, dismissed: 26, penalized: 60 }
            : // A few forgotten ones: a real queue has them, but not many.
              { open: 0.03, in_review: 0.07, confirmed: 3, dismissed: 30, penalized: 66 };
  const resolved = w.confirmed + w.dismissed + w.penalized;
  const confirmed = w.confirmed + w.penalized;
  return weighted(rng, {
    open: w.open,
    in_review: w.in_review,
    dismissed: resolved * (1 - upheld),
    confirmed: (resolved * upheld * w.confirmed) / confirmed,
    penalized: (resolved * upheld * w.penalized) / confirmed,
  });
}

function shiftSeverity(rng: Rng, base: Severity): Severity {
  if (!chance(rng, 0.15)) return base;
  const i = SEVERITIES.indexOf(base) + (chance(rng, 0.5) ? 1 : -1);
  return SEVERITIES[Math.min(SEVERITIES.length - 1, Math.max(0, i))];
}

const FOLLOW_UP_STREAM = 1;

const ymd = (ms: number) => new Date(ms).toISOString().slice(0, 10).replace(/-/g, '');
const EVIDENCE_HOST = 'https://evidence.example.com';

function evidenceFor(rng: Rng, c: { id: number; source: string; merchantId: number; openedMs: number; warehouse?: string }, finding: Finding): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  switch (c.source) {
    case 'inspection':
      items.push({ kind: 'text', text: `Inspection report ${c.warehouse}-${ymd(c.openedMs)}-${int(rng, 1000, 9999)}: ${finding.detail}` });
      items.push({ kind: 'image', url: `${EVIDENCE_HOST}/inspections/${c.warehouse}/${c.id}-xrf.jpg` });
      if (chance(rng, 0.4)) items.push({ kind: 'image', url: `${EVIDENCE_HOST}/inspections/${c.warehouse}/${c.id}-item.jpg` });
      break;
    case 'complaint':
      items.push({ kind: 'text', text: finding.detail === finding.zh ? `Buyer: “${finding.zh}”` : `Buyer: “${finding.zh}” — ${finding.detail}` });
      if (chance(rng, 0.7)) items.push({ kind: 'image', url: `${EVIDENCE_HOST}/cases/${c.id}/buyer-photo-1.jpg` });
      if (chance(rng, 0.4)) items.push({ kind: 'url', url: `${EVIDENCE_HOST}/cases/${c.id}/chat-log` });
      break;
    case 'patrol':
      items.push({ kind: 'url', url: `${EVIDENCE_HOST}/live-replays/${c.merchantId}/${ymd(c.openedMs)}` });
      if (chance(rng, 0.6)) items.push({ kind: 'image', url: `${EVIDENCE_HOST}/live-replays/${c.merchantId}/${c.id}-screenshot.jpg` });
      if (chance(rng, 0.3)) items.push({ kind: 'text', text: `Patrol note: ${finding.detail}` });
      break;
    default:
      items.push({ kind: 'text', text: `Reporter: “${finding.zh}”` });
      if (chance(rng, 0.5)) items.push({ kind: 'url', url: `${EVIDENCE_HOST}/listings/${c.merchantId}/${c.id}-snapshot` });
  }
  return items;
}

/** Opening times skew recent: half uniform over the window, half with density rising towards now. */
function drawOpenedMs(rng: Rng, nowMs: number): number {
  const recency = chance(rng, 0.5) ? rng() : Math.sqrt(rng());
  const ageMs = Math.max(60_000, (1 - recency) * HISTORY_DAYS * DAY);
  return Math.floor((nowMs - ageMs) / 1000) * 1000;
}

export interface CasePlan {
  /** In opening order; a draft's index fixes its case id. */
  drafts: CaseDraft[];
  conduct: Map<number, Conduct>;
  /** A shop drawn by activity (for a case whose first shop was banned by then). */
  pickMerchant: (rng: Rng) => MerchantRow;
}

/** Who each case is about at first, and when it was opened; the story's cases at their fixed ages. */
export function draftCases(rng: Rng, count: number, ctx: CaseContext): CasePlan {
  const nowMs = ctx.now.getTime();
  const story = ctx.merchants.find((m) => m.id === ctx.storyMerchantId);
  const pool = ctx.merchants.filter((m) => m.id !== ctx.storyMerchantId);
  const jewelry = (m: MerchantRow) => ctx.categories.get(m.category_id)?.vertical === JEWELRY_ROOT;
  const conduct = new Map<number, Conduct>(pool.map((m) => [m.id, weighted(rng, CONDUCT_SHARE[jewelry(m) ? 'jewelry' : 'other'])]));
  if (story) conduct.set(story.id, 'fraudster');
  const drafts: Omit<CaseDraft, 'index'>[] = story
    ? STORY_CASES.map((s) => ({ merchant: story, story: s, openedMs: Math.floor((nowMs - s.ageDays * DAY - int(rng, 0, 8) * 3_600_000) / 1000) * 1000 }))
    : [];
  // Activity is heavy-tailed: a few shops attract many cases; jewelry is under the closest watch.
  const weights = pool.map(
    (m) => Math.exp(0.6 * normal(rng)) * (jewelry(m) ? 1.5 : 1) * (m.follower_count / 10_000) ** 0.2 * CONDUCT_ACTIVITY[conduct.get(m.id) ?? 'honest'],
  );
  const picker = weightedIndexPicker(weights);
  const pickMerchant = (r: Rng) => pool[picker(r)];
  while (pool.length && drafts.length < count) drafts.push({ merchant: pickMerchant(rng), openedMs: drawOpenedMs(rng, nowMs) });
  // Ids ascend with opening time, as they would have been created.
  drafts.sort((a, b) => a.openedMs - b.openedMs || a.merchant.id - b.merchant.id);
  return { drafts: drafts.map((d, index) => ({ ...d, index })), conduct, pickMerchant };
}

/** The case for a draft, about `shop` (a story draft keeps its own). */
export function buildCase(rng: Rng, d: CaseDraft, shop: Shop, ctx: CaseContext, override?: CaseOverride): BuiltCase {
  const { merchant, conduct } = shop;
  const nowMs = ctx.now.getTime();
  const id = ctx.firstCaseId + d.index;
  const story = merchant.id === d.merchant.id ? d.story : undefined;
  const staff = (email: string) => {
    const s = ctx.staffByEmail.get(email);
    if (!s) throw new Error(`seedDemo: user ${email} is missing (run seedReference first)`);
    return s;
  };
  const category = ctx.categories.get(merchant.category_id) ?? { code: JEWELRY_ROOT, vertical: JEWELRY_ROOT };
  const jewelry = category.vertical === JEWELRY_ROOT;
  const mix = VIOLATIONS_BY_VERTICAL[category.vertical] ?? VIOLATIONS_BY_VERTICAL.apparel;
  const violation =
    story?.violation ?? weighted(rng, Object.fromEntries(Object.entries(mix).map(([code, w]) => [code, FRAUD.has(code) ? w * ALLEGED[conduct] : w])));
  const vt = ctx.violationTypes.get(violation);
  if (!vt) throw new Error(`seedDemo: violation type ${violation} is missing (run seedReference first)`);
  const fraud = FRAUD.has(violation);
  const source =
    story?.source ??
    (jewelry && INSPECTABLE.has(violation) && chance(rng, INSPECTED[conduct][fraud ? 'fraud' : 'other'])
      ? 'inspection'
      : weighted(rng, { complaint: 55, patrol: 25, report: 20 }));
  const severity = story ? vt.severity : shiftSeverity(rng, vt.severity);
  const warehouseCode = source !== 'inspection' ? undefined : story ? STORY_WAREHOUSE : weighted(rng, failureWarehouse(category.code, d.openedMs, nowMs));
  const warehouse = warehouseCode ? ctx.warehouses.get(warehouseCode) : undefined;
  const finding = story?.finding ?? findingFor(rng, violation, category.code, category.vertical);
  const prefix = sourcePrefix(source, warehouse);
  const orderId =
    source === 'inspection' || (source === 'complaint' && chance(rng, 0.7))
      ? `PO${ymd(d.openedMs - int(rng, 1, 6) * DAY)}${String(int(rng, 0, 99_999_999)).padStart(8, '0')}`
      : null;
  const evidence = evidenceFor(rng, { id, source, merchantId: merchant.id, openedMs: d.openedMs, warehouse: warehouseCode }, finding);

  const odds = UPHELD[conduct];
  const upheld =
    fraud && (conduct !== 'fraudster' || source !== 'inspection') ? odds.fraud : source === 'inspection' || source === 'patrol' ? odds[source] : odds.other;
  const drawn = story?.status ?? statusForAge(rng, (nowMs - d.openedMs) / 3_600_000, upheld);
  const status = override?.status ?? drawn;
  const openedById = source === 'inspection' ? null : story ? staff(STORY_ASSIGNEE).id : pick(rng, ctx.reviewers).id;
  let assignee: Staff | undefined;
  let assignedBy: Staff | undefined;
  if (status !== 'open') {
    assignee = story ? staff(STORY_ASSIGNEE) : chance(rng, 0.85) ? pick(rng, ctx.reviewers) : pick(rng, ctx.managers);
    if (story) assignedBy = staff(STORY_ASSIGNED_BY);
    else if (assignee.role !== 'manager' && chance(rng, 0.35)) assignedBy = pick(rng, ctx.managers);
  }
  const resolved = status === 'confirmed' || status === 'dismissed' || status === 'penalized';
  const resolution = !resolved
    ? undefined
    : (override?.resolution ?? story?.resolution ?? resolutionFor(rng, status === 'dismissed' ? 'dismissed' : 'confirmed', violation, source));
  const reopen =
    !story && source !== 'inspection' && (status === 'confirmed' || status === 'penalized') && chance(rng, 0.04)
      ? { by: pick(rng, ctx.managers), firstResolution: pick(rng, DISMISS_GENERIC) }
      : undefined;
  const internalNote = status !== 'open' && chance(rng, 0.35) ? pick(rng, INTERNAL_NOTES) : undefined;
  // A stream of its own: whether the reviewer adds evidence leaves every other draw of the case as it is.
  const followRng = derive(ctx.seed, d.index, FOLLOW_UP_STREAM);
  const followUp = status !== 'open' && !story && chance(followRng, 0.12) ? { share: uniform(followRng, 0.2, 0.8) } : undefined;
  const finalEvidence: EvidenceItem[] = followUp ? [...evidence, { kind: 'text', text: pick(followRng, FOLLOW_UP_EVIDENCE) }] : evidence;

  const life = buildLifecycle(rng, id, d.openedMs, nowMs, SLA_HOURS[severity], {
    status,
    source,
    openedById,
    assignee,
    assignedBy,
    resolution,
    internalNote,
    reopen,
    followUp,
  });
  const row: CaseRow = {
    id,
    merchant_id: merchant.id,
    category_id: merchant.category_id,
    violation_type_id: vt.id,
    source,
    inspection_id: null,
    order_id: orderId,
    severity,
    status,
    assignee_id: assignee?.id ?? null,
    summary: `${prefix.en}${finding.en} (${prefix.zh}${finding.zh})`,
    evidence: JSON.stringify(finalEvidence),
    opened_at: new Date(d.openedMs).toISOString(),
    due_at: life.dueAt,
    resolved_at: life.resolvedAt,
    resolution: resolution ?? null,
    opened_by_id: openedById,
    version: life.version,
    updated_at: life.updatedAt,
  };
  return {
    row,
    events: life.events,
    code: violation,
    ...(followUp && { openingEvidence: JSON.stringify(evidence) }),
    ...(warehouseCode && { inspection: { warehouseCode, finding } }),
  };
}
