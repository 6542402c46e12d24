import { describe, expect, it } from 'vitest';
import { derivedFromPenalties, merchantStatus, statusDriver } from '../../../domain/merchants';
import { countedPoints } from '../../../domain/policy';

const DAY = 86_400_000;
const NOW = new Date('2026-06-15T12:00:00.000Z');
const at = (deltaMs: number) => new Date(NOW.getTime() + deltaMs).toISOString();
const WINDOW = { windowDays: 365 };

let nextId = 1;
const penalty = (type: string, status: string, startsAt: string, endsAt: string | null = null, points = 3) => ({
  id: nextId++,
  type,
  status,
  points,
  startsAt,
  endsAt,
});

describe('statusDriver: the strongest penalty in force decides the status', () => {
  const restriction = penalty('listing_removal', 'active', at(-DAY), at(DAY));
  const suspension = penalty('live_suspension', 'active', at(-DAY), at(DAY));
  const ban = penalty('permanent_ban', 'active', at(-DAY));

  it('banned over suspended over restricted over active, whatever the order', () => {
    expect(statusDriver([restriction, ban, suspension], NOW)).toEqual({ status: 'banned', penalty: ban });
    expect(statusDriver([suspension, restriction], NOW)).toEqual({ status: 'suspended', penalty: suspension });
    expect(statusDriver([restriction], NOW)).toEqual({ status: 'restricted', penalty: restriction });
    expect(statusDriver([], NOW)).toEqual({ status: 'active', penalty: null });
  });

  it('of two equally strong, the first one found drives it', () => {
    const later = penalty('live_suspension', 'active', at(-DAY), at(9 * DAY));
    expect(statusDriver([suspension, later], NOW).penalty).toBe(suspension);
  });

  it('warnings and fines leave the shop active; so do unknown and prototype-named types', () => {
    const others = ['warning', 'fine', 'constructor', '__proto__', 'toString'].map((type) => penalty(type, 'active', at(-DAY)));
    expect(statusDriver(others, NOW)).toEqual({ status: 'active', penalty: null });
  });

  it('only penalties in force count: not pending, revoked, ended or not yet started', () => {
    const notInForce = [
      penalty('permanent_ban', 'pending_approval', at(-DAY)),
      penalty('permanent_ban', 'revoked', at(-DAY)),
      penalty('permanent_ban', 'rejected', at(-DAY)),
      penalty('live_suspension', 'active', at(-2 * DAY), at(0)),
      penalty('live_suspension', 'expired', at(-9 * DAY), at(-2 * DAY)),
      penalty('permanent_ban', 'active', at(1)),
    ];
    expect(merchantStatus(notInForce, NOW)).toBe('active');
  });
});

describe('derivedFromPenalties: status, points and until when they hold', () => {
  it('a clean shop: active, no points, nothing the clock will change', () => {
    expect(derivedFromPenalties([], WINDOW, NOW)).toEqual({ status: 'active', violationPoints: 0, derivedUntil: null });
  });

  it('a running suspension holds until its end', () => {
    const s = penalty('live_suspension', 'active', at(-2 * DAY), at(5 * DAY), 6);
    expect(derivedFromPenalties([s], WINDOW, NOW)).toEqual({ status: 'suspended', violationPoints: 6, derivedUntil: s.endsAt });
  });

  it('after the end (even before the job marks it expired) the points stay until they leave the window', () => {
    const s = penalty('live_suspension', 'active', at(-9 * DAY), at(-2 * DAY), 6);
    expect(derivedFromPenalties([s], WINDOW, NOW)).toEqual({ status: 'active', violationPoints: 6, derivedUntil: at(356 * DAY + 1) });
  });

  it('a scheduled penalty changes things when it starts', () => {
    const s = penalty('listing_removal', 'active', at(DAY), at(8 * DAY), 4);
    expect(derivedFromPenalties([s], WINDOW, NOW)).toEqual({ status: 'active', violationPoints: 0, derivedUntil: s.startsAt });
  });

  it('the soonest change wins', () => {
    const history = [
      penalty('warning', 'expired', at(-300 * DAY), null, 2),
      penalty('live_suspension', 'active', at(-DAY), at(6 * DAY), 6),
      penalty('fine', 'active', at(3 * DAY), null, 1),
    ];
    expect(derivedFromPenalties(history, WINDOW, NOW)).toEqual({ status: 'suspended', violationPoints: 8, derivedUntil: at(3 * DAY) });
  });

  it('a penalty on the window edge still counts now and stops the millisecond after', () => {
    const edge = penalty('warning', 'expired', at(-365 * DAY), null, 5);
    expect(derivedFromPenalties([edge], WINDOW, NOW)).toEqual({ status: 'active', violationPoints: 5, derivedUntil: at(1) });
    const next = new Date(NOW.getTime() + 1);
    expect(derivedFromPenalties([edge], WINDOW, next)).toEqual({ status: 'active', violationPoints: 0, derivedUntil: null });
    expect(countedPoints(WINDOW, [edge], next)).toBe(0);
  });

  it('pending, revoked and rejected penalties neither count nor schedule a change', () => {
    const history = ['pending_approval', 'revoked', 'rejected'].map((status) => penalty('permanent_ban', status, at(-DAY), null, 12));
    expect(derivedFromPenalties(history, WINDOW, NOW)).toEqual({ status: 'active', violationPoints: 0, derivedUntil: null });
  });

  it('follows the policy window', () => {
    const old = penalty('warning', 'expired', at(-40 * DAY), null, 4);
    expect(derivedFromPenalties([old], { windowDays: 30 }, NOW)).toMatchObject({ violationPoints: 0, derivedUntil: null });
    expect(derivedFromPenalties([old], { windowDays: 60 }, NOW)).toMatchObject({ violationPoints: 4, derivedUntil: at(20 * DAY + 1) });
  });
});
