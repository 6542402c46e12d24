/**
 * Demo cases over the last ~6 months and their timelines. Pure: given the same PRNG and
 * context it returns the same rows, which demo.ts inserts.
 */
import { SEVERITIES, SLA_HOURS, type CaseStatus, type Severity } from '../admin/providers/caseWorkflow';
import { DISMISS_GENERIC, INTERNAL_NOTES, findingFor, resolutionFor, sourcePrefix, type Finding } from './data/caseText';
import { JEWELRY_ROOT } from './data/reference';
import { buildLifecycle, type EventRow, type Staff } from './lifecycle';
import type { MerchantRow } from './merchants';
import { chance, int, normal, pick, weighted, weightedIndexPicker, type Rng } from './random';
import { STORY_ASSIGNED_BY, STORY_ASSIGNEE, STORY_CASES, STORY_WAREHOUSE, type StoryCase } from './story';

export const HISTORY_DAYS = 182;
const DAY = 86_400_000;

export interface CaseContext {
  now: Date;
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
  id: number; merchant_id: number; category_id: number; violation_type_id: number; source: string;
  inspection_id: number | null; order_id: string | null; severity: Severity; status: CaseStatus;
  assignee_id: number | null; summary: string; evidence: string; opened_at: string; due_at: string;
  resolved_at: string | null; resolution: string | null; opened_by_id: number | null; version: number; updated_at: string;
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
/** What an inspection warehouse can detect; ~half of those jewelry cases come from a failed inspection (≈40% overall). */
const INSPECTABLE = new Set(['material_fraud', 'weight_mismatch', 'mislabeling', 'counterfeit']);
const WAREHOUSE_BY_LEAF: Record<string, Record<string, number>> = {
  gold_silver: { PY: 7, SZ: 3 }, jade: { SH: 8, PY: 2 }, gemstones: { SZ: 6, PY: 4 },
  pearls: { ZJ: 8, PY: 2 }, crystal: { DH: 85, PY: 15 }, jewelry_jade: { PY: 1 },
};

/** Older cases are mostly resolved; recent ones still open or in review (some past due). */
function statusForAge(rng: Rng, ageHours: number, inspection: boolean): CaseStatus {
  if (ageHours < 2) return 'open';
  const w = ageHours < 24 ? { open: 55, in_review: 35, confirmed: 6, dismissed: 4, penalized: 0 }
    : ageHours < 72 ? { open: 30, in_review: 40, confirmed: 15, dismissed: 10, penalized: 5 }
      : ageHours < 14 * 24 ? { open: 4, in_review: 14, confirmed: 20, dismissed: 22, penalized: 40 }
        : ageHours < 30 * 24 ? { open: 1, in_review: 3, confirmed: 10, dismissed: 26, penalized: 60 }
          : { open: 0.2, in_review: 0.5, confirmed: 3, dismissed: 30, penalized: 66 };
  // A failed lab test is rarely wrong.
  return weighted(rng, inspection ? { ...w, dismissed: w.dismissed * 0.3 } : w);
}

function shiftSeverity(rng: Rng, base: Severity): Severity {
  if (!chance(rng, 0.15)) return base;
  const i = SEVERITIES.indexOf(base) + (chance(rng, 0.5) ? 1 : -1);
  return SEVERITIES[Math.min(SEVERITIES.length - 1, Math.max(0, i))];
}

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

interface Draft { merchant: MerchantRow; openedMs: number; story?: StoryCase }

/** Opening times skew recent: half uniform over the window, half with density rising towards now. */
function drawOpenedMs(rng: Rng, nowMs: number): number {
  const recency = chance(rng, 0.5) ? rng() : Math.sqrt(rng());
  const ageMs = Math.max(60_000, (1 - recency) * HISTORY_DAYS * DAY);
  return Math.floor((nowMs - ageMs) / 1000) * 1000;
}

export function buildCases(rng: Rng, count: number, ctx: CaseContext): { cases: CaseRow[]; events: EventRow[] } {
  const nowMs = ctx.now.getTime();
  const story = ctx.merchants.find((m) => m.id === ctx.storyMerchantId);
  const pool = ctx.merchants.filter((m) => m.id !== ctx.storyMerchantId);
  const drafts: Draft[] = story
    ? STORY_CASES.map((s) => ({ merchant: story, story: s, openedMs: Math.floor((nowMs - s.ageDays * DAY - int(rng, 0, 8) * 3_600_000) / 1000) * 1000 }))
    : [];
  // Activity is heavy-tailed: a few shops attract many cases; jewelry is under the closest watch.
  const weights = pool.map((m) => Math.exp(1.1 * normal(rng))
    * (ctx.categories.get(m.category_id)?.vertical === JEWELRY_ROOT ? 1.5 : 1) * (m.follower_count / 10_000) ** 0.2);
  const pickMerchant = weightedIndexPicker(weights);
  while (pool.length && drafts.length < count) drafts.push({ merchant: pool[pickMerchant(rng)], openedMs: drawOpenedMs(rng, nowMs) });
  // Ids ascend with opening time, as they would have been created.
  drafts.sort((a, b) => a.openedMs - b.openedMs || a.merchant.id - b.merchant.id);

  const cases: CaseRow[] = [];
  const events: EventRow[] = [];
  const staff = (email: string) => {
    const s = ctx.staffByEmail.get(email);
    if (!s) throw new Error(`seedDemo: user ${email} is missing (run seedReference first)`);
    return s;
  };
  drafts.forEach((d, i) => {
    const id = ctx.firstCaseId + i;
    const category = ctx.categories.get(d.merchant.category_id) ?? { code: JEWELRY_ROOT, vertical: JEWELRY_ROOT };
    const jewelry = category.vertical === JEWELRY_ROOT;
    const violation = d.story?.violation ?? weighted(rng, VIOLATIONS_BY_VERTICAL[category.vertical] ?? VIOLATIONS_BY_VERTICAL.apparel);
    const vt = ctx.violationTypes.get(violation);
    if (!vt) throw new Error(`seedDemo: violation type ${violation} is missing (run seedReference first)`);
    const source = d.story?.source
      ?? (jewelry && INSPECTABLE.has(violation) && chance(rng, 0.52) ? 'inspection' : weighted(rng, { complaint: 55, patrol: 25, report: 20 }));
    const severity = d.story ? vt.severity : shiftSeverity(rng, vt.severity);
    const warehouseCode = source !== 'inspection' ? undefined
      : d.story ? STORY_WAREHOUSE : weighted(rng, WAREHOUSE_BY_LEAF[category.code] ?? { PY: 1 });
    const warehouse = warehouseCode ? ctx.warehouses.get(warehouseCode) : undefined;
    const finding = d.story?.finding ?? findingFor(rng, violation, category.code, category.vertical);
    const prefix = sourcePrefix(source, warehouse);
    const orderId = source === 'inspection' || (source === 'complaint' && chance(rng, 0.7))
      ? `PO${ymd(d.openedMs - int(rng, 1, 6) * DAY)}${String(int(rng, 0, 99_999_999)).padStart(8, '0')}` : null;
    const evidence = evidenceFor(rng, { id, source, merchantId: d.merchant.id, openedMs: d.openedMs, warehouse: warehouseCode }, finding);

    const status = d.story?.status ?? statusForAge(rng, (nowMs - d.openedMs) / 3_600_000, source === 'inspection');
    const openedById = source === 'inspection' ? null : d.story ? staff(STORY_ASSIGNEE).id : pick(rng, ctx.reviewers).id;
    let assignee: Staff | undefined;
    let assignedBy: Staff | undefined;
    if (status !== 'open') {
      assignee = d.story ? staff(STORY_ASSIGNEE) : chance(rng, 0.85) ? pick(rng, ctx.reviewers) : pick(rng, ctx.managers);
      if (d.story) assignedBy = staff(STORY_ASSIGNED_BY);
      else if (assignee.role !== 'manager' && chance(rng, 0.35)) assignedBy = pick(rng, ctx.managers);
    }
    const resolved = status === 'confirmed' || status === 'dismissed' || status === 'penalized';
    const resolution = !resolved ? undefined
      : d.story?.resolution ?? resolutionFor(rng, status === 'dismissed' ? 'dismissed' : 'confirmed', violation, source);
    const reopen = !d.story && source !== 'inspection' && (status === 'confirmed' || status === 'penalized') && chance(rng, 0.04)
      ? { by: pick(rng, ctx.managers), firstResolution: pick(rng, DISMISS_GENERIC) } : undefined;
    const internalNote = status !== 'open' && chance(rng, 0.35) ? pick(rng, INTERNAL_NOTES) : undefined;

    const life = buildLifecycle(rng, id, d.openedMs, nowMs, SLA_HOURS[severity], {
      status, openedById, assignee, assignedBy, resolution, internalNote, reopen,
    });
    cases.push({
      id, merchant_id: d.merchant.id, category_id: d.merchant.category_id, violation_type_id: vt.id, source,
      inspection_id: null, order_id: orderId, severity, status, assignee_id: assignee?.id ?? null,
      summary: `${prefix.en}${finding.en} (${prefix.zh}${finding.zh})`, evidence: JSON.stringify(evidence),
      opened_at: new Date(d.openedMs).toISOString(), due_at: new Date(d.openedMs + SLA_HOURS[severity] * 3_600_000).toISOString(),
      resolved_at: life.resolvedAt, resolution: resolution ?? null, opened_by_id: openedById, version: life.version, updated_at: life.updatedAt,
    });
    events.push(...life.events);
  });
  return { cases, events };
}
