import { describe, expect, it } from 'vitest';
import {
  ACTIVE_CASE_STATUSES,
  allowedTransitions,
  canAssign,
  canClaim,
  canEditCase,
  CASE_STATUSES,
  CASE_TRANSITIONS,
  caseMove,
  dueAtFor,
  dueAtForNewSeverity,
  isOverdue,
  isTransitionAction,
  nextStatuses,
  OPEN_CASE_STATUSES,
  SLA_HOURS,
  transitionNeedsNote,
} from '../../../domain/cases';

const reviewer = { id: 10, role: 'reviewer' as const };
const other = { id: 11, role: 'reviewer' as const };
const manager = { id: 20, role: 'manager' as const };
const comms = { id: 30, role: 'comms' as const };

describe('case status machine', () => {
  it('is the SPEC machine, each move with how it is made; a rejected ban gives its cases back', () => {
    expect(CASE_TRANSITIONS).toEqual({
      open: { in_review: 'claim_or_assign' },
      in_review: { confirmed: 'resolve', dismissed: 'resolve' },
      confirmed: { penalized: 'penalty_issued' },
      dismissed: { open: 'reopen' },
      penalized: { confirmed: 'ban_rejected' },
    });
    expect(caseMove('penalized', 'confirmed')).toBe('ban_rejected');
    expect(caseMove('open', 'confirmed')).toBeNull();
    expect(caseMove('open', 'constructor')).toBeNull();
    expect(caseMove('nonsense', 'open')).toBeNull();
    expect(nextStatuses('in_review')).toEqual([
      { to: 'confirmed', via: 'resolve' },
      { to: 'dismissed', via: 'resolve' },
    ]);
  });

  it('the transition action makes only resolutions and reopening; a resolution needs a note', () => {
    expect(['claim_or_assign', 'resolve', 'reopen', 'penalty_issued', 'ban_rejected', null].map((m) => isTransitionAction(m as never))).toEqual([
      false,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(transitionNeedsNote('confirmed')).toBe(true);
    expect(transitionNeedsNote('dismissed')).toBe(true);
    expect(transitionNeedsNote('open')).toBe(false);
  });

  it('a new severity moves the due date by the difference of the SLAs', () => {
    const due = '2026-03-10T00:00:00.000Z';
    expect(dueAtForNewSeverity(due, 'low', 'critical').toISOString()).toBe(new Date(Date.parse(due) - (240 - 24) * 3_600_000).toISOString());
    expect(dueAtForNewSeverity(due, 'medium', 'medium').toISOString()).toBe(due);
  });

  it('lets the assignee or a lead resolve a case in review, nobody else', () => {
    const c = { status: 'in_review', assigneeId: reviewer.id };
    expect(allowedTransitions(reviewer, c)).toEqual(['confirmed', 'dismissed']);
    expect(allowedTransitions(manager, c)).toEqual(['confirmed', 'dismissed']);
    expect(allowedTransitions(other, c)).toEqual([]);
    expect(allowedTransitions(comms, c)).toEqual([]);
  });

  it('lets only leads reopen a dismissed case', () => {
    expect(allowedTransitions(manager, { status: 'dismissed' })).toEqual(['open']);
    expect(allowedTransitions(reviewer, { status: 'dismissed', assigneeId: reviewer.id })).toEqual([]);
  });

  it('offers no transition action out of open, confirmed or penalized (claim, assign and penalties do that)', () => {
    for (const status of ['open', 'confirmed', 'penalized']) expect(allowedTransitions(manager, { status })).toEqual([]);
  });

  it('claims only open cases, assigns only active ones, and edits only by owner or lead', () => {
    expect(canClaim(reviewer, { status: 'open' })).toBe(true);
    expect(canClaim(reviewer, { status: 'in_review', assigneeId: other.id })).toBe(false);
    expect(canClaim(comms, { status: 'open' })).toBe(false);
    expect(canAssign(manager, { status: 'in_review' })).toBe(true);
    expect(canAssign(reviewer, { status: 'open' })).toBe(false);
    expect(canAssign(manager, { status: 'confirmed' })).toBe(false);
    expect(canEditCase(other, { status: 'in_review', assigneeId: reviewer.id })).toBe(false);
    expect(canEditCase(manager, { status: 'in_review', assigneeId: reviewer.id })).toBe(true);
    expect(canEditCase(reviewer, { status: 'open', assigneeId: null })).toBe(true);
    expect(canEditCase(manager, { status: 'dismissed' })).toBe(false);
  });

  it('sets SLA due dates by severity and flags only active cases past them', () => {
    const opened = new Date('2026-03-01T00:00:00.000Z');
    expect(dueAtFor('critical', opened).toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(dueAtFor('low', opened).getTime() - opened.getTime()).toBe(SLA_HOURS.low * 3_600_000);
    const now = new Date('2026-03-05T00:00:00.000Z');
    const past = '2026-03-04T00:00:00.000Z';
    expect(isOverdue({ status: 'open', dueAt: past }, now)).toBe(true);
    expect(isOverdue({ status: 'in_review', dueAt: past }, now)).toBe(true);
    expect(isOverdue({ status: 'confirmed', dueAt: past }, now)).toBe(false);
    expect(isOverdue({ status: 'open', dueAt: '2026-03-06T00:00:00.000Z' }, now)).toBe(false);
    expect(CASE_STATUSES).toHaveLength(5);
  });
});

describe('case rules at their edges', () => {
  const admin = { id: 1, role: 'admin' as const };
  const inspector = { id: 40, role: 'inspector' as const };

  it('prototype names and unknown statuses are no part of the machine (and never crash)', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty']) {
      expect(caseMove(name, 'open'), name).toBeNull();
      expect(caseMove('open', name), name).toBeNull();
      expect(nextStatuses(name), name).toEqual([]);
      expect(allowedTransitions(manager, { status: name }), name).toEqual([]);
      expect(canClaim(manager, { status: name }), name).toBe(false);
      expect(canEditCase(manager, { status: name }), name).toBe(false);
    }
  });

  it('is overdue only strictly past the due date, and never without one', () => {
    const now = new Date('2026-03-05T00:00:00.000Z');
    expect(isOverdue({ status: 'open', dueAt: now.toISOString() }, now)).toBe(false);
    expect(isOverdue({ status: 'open', dueAt: new Date(now.getTime() - 1).toISOString() }, now)).toBe(true);
    expect(isOverdue({ status: 'open', dueAt: null }, now)).toBe(false);
    expect(isOverdue({ status: 'open' }, now)).toBe(false);
    for (const status of ['confirmed', 'dismissed', 'penalized']) expect(isOverdue({ status, dueAt: '2020-01-01T00:00:00.000Z' }, now), status).toBe(false);
  });

  it('a milder severity gives more time, a harsher one less', () => {
    const due = '2026-03-10T00:00:00.000Z';
    expect(dueAtForNewSeverity(due, 'critical', 'low').getTime() - Date.parse(due)).toBe((240 - 24) * 3_600_000);
    expect(dueAtForNewSeverity(new Date(due), 'high', 'medium').getTime() - Date.parse(due)).toBe((120 - 72) * 3_600_000);
  });

  it('a case awaiting its penalty still counts as open work on the merchant, but not in the queue', () => {
    expect(ACTIVE_CASE_STATUSES).toEqual(['open', 'in_review']);
    expect(OPEN_CASE_STATUSES).toEqual(['open', 'in_review', 'confirmed']);
  });

  it('admins act as leads; roles that do not work cases do nothing to one', () => {
    expect(allowedTransitions(admin, { status: 'in_review', assigneeId: reviewer.id })).toEqual(['confirmed', 'dismissed']);
    expect(allowedTransitions(admin, { status: 'dismissed' })).toEqual(['open']);
    expect(canAssign(admin, { status: 'open' })).toBe(true);
    for (const who of [comms, inspector]) {
      expect(allowedTransitions(who, { status: 'in_review', assigneeId: who.id })).toEqual([]);
      expect(canEditCase(who, { status: 'open', assigneeId: null })).toBe(false);
      expect(canAssign(who, { status: 'open' })).toBe(false);
    }
  });
});
