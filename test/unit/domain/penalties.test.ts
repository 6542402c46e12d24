import { describe, expect, it } from 'vitest';
import {
  banRefusal,
  canDecidePenalty,
  canRevokePenalty,
  COUNTING_STATUSES,
  effectiveStatus,
  isInForce,
  isIssued,
  isTimedPenalty,
  PENALTY_TYPES,
} from '../../../domain/penalties';

const NOW = new Date('2026-06-15T12:00:00.000Z');
const at = (deltaMs: number) => new Date(NOW.getTime() + deltaMs).toISOString();
const DAY = 86_400_000;

const reviewer = { id: 10, role: 'reviewer' as const };
const manager = { id: 20, role: 'manager' as const };
const manager2 = { id: 21, role: 'manager' as const };
const admin = { id: 1, role: 'admin' as const };

describe('penalty vocabulary', () => {
  it('only listing removals and live suspensions run for a period', () => {
    expect(PENALTY_TYPES.filter(isTimedPenalty)).toEqual(['listing_removal', 'live_suspension']);
    for (const t of [undefined, null, '', 'constructor']) expect(isTimedPenalty(t), String(t)).toBe(false);
  });

  it('active and served penalties are issued (they count, may be appealed or revoked); the others are not', () => {
    expect(COUNTING_STATUSES).toEqual(['active', 'expired']);
    expect(['pending_approval', 'active', 'expired', 'revoked', 'rejected', 'constructor'].filter(isIssued)).toEqual(['active', 'expired']);
  });
});

describe('effectiveStatus and isInForce: the clock', () => {
  it('an active penalty reads expired from its end on, before the job writes it', () => {
    expect(effectiveStatus({ status: 'active', endsAt: at(-1) }, NOW)).toBe('expired');
    expect(effectiveStatus({ status: 'active', endsAt: at(0) }, NOW)).toBe('expired');
    expect(effectiveStatus({ status: 'active', endsAt: at(1) }, NOW)).toBe('active');
    expect(effectiveStatus({ status: 'active', endsAt: null }, NOW)).toBe('active');
  });

  it('only active penalties expire by the clock', () => {
    for (const status of ['pending_approval', 'revoked', 'rejected', 'expired']) expect(effectiveStatus({ status, endsAt: at(-DAY) }, NOW)).toBe(status);
  });

  it('is in force from its start (inclusive) to its end (exclusive), and only while active', () => {
    const p = { status: 'active', startsAt: at(-DAY), endsAt: at(DAY) };
    expect(isInForce(p, NOW)).toBe(true);
    expect(isInForce({ ...p, startsAt: at(0) }, NOW)).toBe(true);
    expect(isInForce({ ...p, startsAt: at(1) }, NOW)).toBe(false);
    expect(isInForce({ ...p, endsAt: at(0) }, NOW)).toBe(false);
    expect(isInForce({ status: 'active' }, NOW)).toBe(true);
    for (const status of ['pending_approval', 'expired', 'revoked', 'rejected']) expect(isInForce({ ...p, status }, NOW), status).toBe(false);
  });
});

describe('two pairs of eyes', () => {
  const ban = { status: 'pending_approval', type: 'permanent_ban', issuedById: manager.id };
  it('a pending ban is decided by a lead who did not issue it', () => {
    expect(canDecidePenalty(manager2, ban)).toBe(true);
    expect(canDecidePenalty(admin, ban)).toBe(true);
    expect(canDecidePenalty(manager, ban)).toBe(false);
    expect(canDecidePenalty(reviewer, { ...ban, issuedById: manager.id })).toBe(false);
  });

  it('nothing but a pending penalty is decided', () => {
    for (const status of ['active', 'expired', 'revoked', 'rejected']) expect(canDecidePenalty(manager2, { ...ban, status }), status).toBe(false);
  });

  it('leads revoke issued penalties, also one that ran out but is not yet written as expired', () => {
    expect(canRevokePenalty(manager, { status: 'active' }, NOW)).toBe(true);
    expect(canRevokePenalty(manager, { status: 'expired' }, NOW)).toBe(true);
    expect(canRevokePenalty(manager, { status: 'active', endsAt: at(-DAY) }, NOW)).toBe(true);
    expect(canRevokePenalty(admin, { status: 'active' }, NOW)).toBe(true);
    expect(canRevokePenalty(reviewer, { status: 'active' }, NOW)).toBe(false);
    for (const status of ['pending_approval', 'revoked', 'rejected']) expect(canRevokePenalty(manager, { status }, NOW), status).toBe(false);
  });
});

describe('banRefusal: one ban at a time', () => {
  const ban = (status: string, over: Record<string, unknown> = {}) => ({ type: 'permanent_ban', status, startsAt: at(-DAY), endsAt: null, ...over });

  it('refuses a second ban while one is in force, or while one awaits approval', () => {
    expect(banRefusal([ban('active')], NOW)).toBe('already_banned');
    expect(banRefusal([ban('pending_approval')], NOW)).toBe('ban_pending');
    // In force wins over pending: the shop is banned already.
    expect(banRefusal([ban('pending_approval'), ban('active')], NOW)).toBe('already_banned');
  });

  it('a revoked or rejected ban leaves the way open; so does any other penalty, even in force', () => {
    expect(banRefusal([ban('revoked'), ban('rejected')], NOW)).toBeNull();
    expect(banRefusal([{ type: 'live_suspension', status: 'active', startsAt: at(-DAY), endsAt: at(DAY) }], NOW)).toBeNull();
    expect(banRefusal([], NOW)).toBeNull();
  });
});
