/**
 * Cases (SPEC §4): statuses and the whole status machine, severities and their SLA, and who may
 * do what to a case. The server's case and penalty services enforce these; the SPA shows only the
 * buttons they allow.
 */
import { canAccess } from './roles';
import type { Actor } from './staff';

export const CASE_STATUSES = ['open', 'in_review', 'confirmed', 'dismissed', 'penalized'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_SOURCES = ['inspection', 'complaint', 'patrol', 'report'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];
/** Sources a person may open a case from; `inspection` cases come from failed verdicts. */
export const MANUAL_CASE_SOURCES = ['complaint', 'patrol', 'report'] as const;
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Response-time targets: a case is overdue when still open or in review past openedAt + SLA. */
export const SLA_HOURS: Record<Severity, number> = { critical: 24, high: 72, medium: 120, low: 240 };
export const ACTIVE_CASE_STATUSES: readonly CaseStatus[] = ['open', 'in_review'];
/** Cases still needing work on a merchant (confirmed ones await their penalty): a merchant's openCaseCount. */
export const OPEN_CASE_STATUSES: readonly CaseStatus[] = ['open', 'in_review', 'confirmed'];

/**
 * How each move of the machine is made. Only `transition` and `reopen` are the transition action
 * itself; the others happen through another action, in that action's transaction.
 */
export type CaseMove = 'claim_or_assign' | 'resolve' | 'reopen' | 'penalty_issued' | 'ban_rejected';

/** The whole machine: from → to → how. */
export const CASE_TRANSITIONS: Readonly<Record<CaseStatus, Partial<Record<CaseStatus, CaseMove>>>> = {
  open: { in_review: 'claim_or_assign' },
  in_review: { confirmed: 'resolve', dismissed: 'resolve' },
  confirmed: { penalized: 'penalty_issued' },
  dismissed: { open: 'reopen' },
  // A ban that a second manager rejects gives its cases back, so a lighter penalty can cite them.
  penalized: { confirmed: 'ban_rejected' },
};

/** How `from → to` is made, or null when the machine has no such move. */
export function caseMove(from: CaseStatus | string, to: CaseStatus | string): CaseMove | null {
  const moves = CASE_TRANSITIONS[from as CaseStatus];
  return (moves && Object.hasOwn(moves, to) ? moves[to as CaseStatus] : undefined) ?? null;
}

/** Next statuses from `from`, each with how it is reached. */
export function nextStatuses(from: CaseStatus | string): { to: CaseStatus; via: CaseMove }[] {
  return Object.entries(CASE_TRANSITIONS[from as CaseStatus] ?? {}).map(([to, via]) => ({ to: to as CaseStatus, via: via! }));
}

/** Moves that the `transition` action makes; the rest belong to claim/assign or to penalties. */
export const isTransitionAction = (move: CaseMove | null): boolean => move === 'resolve' || move === 'reopen';

export interface CaseLike {
  status: CaseStatus | string;
  assigneeId?: number | null;
}

export function dueAtFor(severity: Severity, openedAt: Date): Date {
  return new Date(openedAt.getTime() + SLA_HOURS[severity] * 3_600_000);
}

/** A new severity moves the due date by the difference of the two SLAs (a reopened case's clock already restarted). */
export function dueAtForNewSeverity(dueAt: string | Date, from: Severity, to: Severity): Date {
  return new Date(new Date(dueAt).getTime() + (SLA_HOURS[to] - SLA_HOURS[from]) * 3_600_000);
}

export function isOverdue(c: CaseLike & { dueAt?: string | null }, now = new Date()): boolean {
  return ACTIVE_CASE_STATUSES.includes(c.status as CaseStatus) && !!c.dueAt && new Date(c.dueAt) < now;
}

const isLead = (actor: Actor) => canAccess(actor.role, { action: 'assign', resource: 'cases' });

/** Targets of the `transition` action this actor may choose now (claim, assign and penalties are separate). */
export function allowedTransitions(actor: Actor, c: CaseLike): CaseStatus[] {
  if (!canAccess(actor.role, { action: 'transition', resource: 'cases' })) return [];
  return nextStatuses(c.status)
    .filter(({ via }) => {
      if (via === 'resolve') return isLead(actor) || c.assigneeId === actor.id;
      if (via === 'reopen') return canAccess(actor.role, { action: 'reopen', resource: 'cases' });
      return false;
    })
    .map(({ to }) => to);
}

/** A resolution (confirm or dismiss) needs its reason written down; reopening does not. */
export const transitionNeedsNote = (to: CaseStatus | string): boolean => to !== 'open';

export function canClaim(actor: Actor, c: CaseLike): boolean {
  return c.status === 'open' && canAccess(actor.role, { action: 'claim', resource: 'cases' });
}

export function canAssign(actor: Actor, c: CaseLike): boolean {
  return ACTIVE_CASE_STATUSES.includes(c.status as CaseStatus) && isLead(actor);
}

/** Summary, evidence and classification may change while the case is being worked, by its owner or a lead. */
export function canEditCase(actor: Actor, c: CaseLike): boolean {
  if (!ACTIVE_CASE_STATUSES.includes(c.status as CaseStatus)) return false;
  if (!canAccess(actor.role, { action: 'edit', resource: 'cases' })) return false;
  return isLead(actor) || c.assigneeId == null || c.assigneeId === actor.id;
}

export interface EvidenceItem {
  kind: 'text' | 'url' | 'image';
  text?: string | null;
  url?: string | null;
}

/** A case as the API returns it (docs/api.md). */
export interface CaseRecord {
  id: number;
  merchantId: number;
  categoryId: number;
  violationTypeId: number;
  source: CaseSource;
  inspectionId: number | null;
  orderId: string | null;
  severity: Severity;
  status: CaseStatus;
  assigneeId: number | null;
  summary: string;
  evidence: EvidenceItem[];
  openedAt: string;
  dueAt: string;
  resolvedAt: string | null;
  resolution: string | null;
  openedById: number | null;
  version: number;
  updatedAt: string;
  /** Computed at read time: still being worked and past its due date. */
  overdue: boolean;
}

export const CASE_EVENT_KINDS = ['opened', 'claimed', 'assigned', 'status', 'note', 'edited'] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

/** One entry of a case's timeline. `data` carries what the SPA words in the reader's language. */
export interface CaseEventRecord {
  id: number;
  caseId: number;
  actorId: number | null;
  at: string;
  kind: CaseEventKind;
  from: string | null;
  to: string | null;
  note: string | null;
  data: CaseEventData | null;
}

/** Structured facts of an event: the penalty that moved a case, the fields an edit changed, the assignee. */
export interface CaseEventData {
  penaltyId?: number;
  penaltyType?: string;
  fields?: string[];
  source?: string;
  assigneeId?: number;
  move?: CaseMove;
}
