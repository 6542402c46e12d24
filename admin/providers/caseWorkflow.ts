/**
 * The case status machine and its record-level rules (SPEC §4 `cases`). Pure, shared by the
 * server's case service (which enforces it) and the SPA (which only shows allowed buttons).
 */
import { canAccess, type Role } from './canAccess';

export const CASE_STATUSES = ['open', 'in_review', 'confirmed', 'dismissed', 'penalized'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_SOURCES = ['inspection', 'complaint', 'patrol', 'report'] as const;
/** Sources a person may open a case from; `inspection` cases come from failed verdicts. */
export const MANUAL_CASE_SOURCES = ['complaint', 'patrol', 'report'] as const;
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Response-time targets: a case is overdue when still open or in review past openedAt + SLA. */
export const SLA_HOURS: Record<Severity, number> = { critical: 24, high: 72, medium: 120, low: 240 };
export const ACTIVE_CASE_STATUSES: readonly CaseStatus[] = ['open', 'in_review'];
/** Cases still needing work on a merchant (confirmed ones await their penalty): a merchant's openCaseCount. */
export const OPEN_CASE_STATUSES: readonly CaseStatus[] = ['open', 'in_review', 'confirmed'];

/** The whole machine. `open → in_review` happens by claim/assign, `confirmed → penalized` by issuing a penalty. */
export const CASE_TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  open: ['in_review'],
  in_review: ['confirmed', 'dismissed'],
  confirmed: ['penalized'],
  dismissed: ['open'],
  penalized: [],
};

export interface Actor { id: number; role: Role | string }
export interface CaseLike { status: CaseStatus | string; assigneeId?: number | null }

export function dueAtFor(severity: Severity, openedAt: Date): Date {
  return new Date(openedAt.getTime() + SLA_HOURS[severity] * 3_600_000);
}

export function isOverdue(c: CaseLike & { dueAt?: string | null }, now = new Date()): boolean {
  return ACTIVE_CASE_STATUSES.includes(c.status as CaseStatus) && !!c.dueAt && new Date(c.dueAt) < now;
}

const isLead = (actor: Actor) => canAccess(actor.role, { action: 'assign', resource: 'cases' });

/** Targets of the `transition` action this actor may choose now (claim, assign and penalties are separate). */
export function allowedTransitions(actor: Actor, c: CaseLike): CaseStatus[] {
  if (!canAccess(actor.role, { action: 'transition', resource: 'cases' })) return [];
  if (c.status === 'in_review') {
    return isLead(actor) || c.assigneeId === actor.id ? ['confirmed', 'dismissed'] : [];
  }
  if (c.status === 'dismissed') {
    return canAccess(actor.role, { action: 'reopen', resource: 'cases' }) ? ['open'] : [];
  }
  return [];
}

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
