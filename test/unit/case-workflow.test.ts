import { describe, expect, it } from 'vitest';
import {
  allowedTransitions, canAssign, canClaim, canEditCase, CASE_STATUSES, CASE_TRANSITIONS, dueAtFor, isOverdue, SLA_HOURS,
} from '../../admin/providers/caseWorkflow';

const reviewer = { id: 10, role: 'reviewer' };
const other = { id: 11, role: 'reviewer' };
const manager = { id: 20, role: 'manager' };
const comms = { id: 30, role: 'comms' };

describe('case status machine', () => {
  it('is the SPEC machine: open → in_review → confirmed|dismissed, confirmed → penalized, dismissed → open', () => {
    expect(CASE_TRANSITIONS).toEqual({
      open: ['in_review'], in_review: ['confirmed', 'dismissed'], confirmed: ['penalized'], dismissed: ['open'], penalized: [],
    });
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
