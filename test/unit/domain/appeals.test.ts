import { describe, expect, it } from 'vitest';
import { appealClosesAt, appealRefusal, canDecideAppeal, canFileAppeal } from '../../../domain/appeals';
import { ROLES } from '../../../domain/roles';

const DAY = 86_400_000;
const T = Date.parse('2026-06-01T00:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

describe('appealClosesAt: the window runs from when the penalty took effect for the merchant', () => {
  it('from the start of a penalty issued as it starts', () => {
    expect(appealClosesAt({ startsAt: iso(T), createdAt: iso(T) }, 15).toISOString()).toBe(iso(T + 15 * DAY));
  });

  it('from the issue when the start was backdated (the merchant cannot appeal before hearing of it)', () => {
    expect(appealClosesAt({ startsAt: iso(T - 10 * DAY), createdAt: iso(T) }, 15).toISOString()).toBe(iso(T + 15 * DAY));
  });

  it('from a later start', () => {
    expect(appealClosesAt({ startsAt: iso(T + 3 * DAY), createdAt: iso(T) }, 15).toISOString()).toBe(iso(T + 18 * DAY));
  });

  it('from the approval of a ban, when that is the latest', () => {
    expect(appealClosesAt({ startsAt: iso(T), createdAt: iso(T), decidedAt: iso(T + 2 * DAY) }, 15).toISOString()).toBe(iso(T + 17 * DAY));
    expect(appealClosesAt({ startsAt: iso(T + 5 * DAY), createdAt: iso(T), decidedAt: iso(T + 2 * DAY) }, 15).toISOString()).toBe(iso(T + 20 * DAY));
  });

  it('from the start alone when the issue and approval are unknown', () => {
    expect(appealClosesAt({ startsAt: iso(T), createdAt: null, decidedAt: null }, 7).toISOString()).toBe(iso(T + 7 * DAY));
  });
});

describe('appealRefusal', () => {
  const issued = { status: 'active', startsAt: iso(T), createdAt: iso(T) };
  const open = { appealWindowDays: 15, hasPendingAppeal: false };

  it('accepts an appeal of an issued penalty up to the last moment of the window', () => {
    expect(appealRefusal(issued, { ...open, now: new Date(T + DAY) })).toBeNull();
    expect(appealRefusal(issued, { ...open, now: new Date(T + 15 * DAY) })).toBeNull();
    expect(appealRefusal(issued, { ...open, now: new Date(T + 15 * DAY + 1) })).toBe('window_closed');
  });

  it('a served penalty may still be appealed within the window, also one the expiry job has not reached', () => {
    expect(appealRefusal({ ...issued, status: 'expired' }, { ...open, now: new Date(T + DAY) })).toBeNull();
    expect(appealRefusal({ ...issued, endsAt: iso(T + DAY) }, { ...open, now: new Date(T + 2 * DAY) })).toBeNull();
  });

  it('refuses what was never issued or no longer stands, before looking at the window', () => {
    for (const status of ['pending_approval', 'revoked', 'rejected']) {
      expect(appealRefusal({ ...issued, status }, { ...open, now: new Date(T + DAY) }), status).toBe('not_issued');
      expect(appealRefusal({ ...issued, status }, { ...open, now: new Date(T + 99 * DAY) }), status).toBe('not_issued');
    }
  });

  it('one pending appeal at a time; a closed window is said first', () => {
    expect(appealRefusal(issued, { ...open, hasPendingAppeal: true, now: new Date(T + DAY) })).toBe('already_pending');
    expect(appealRefusal(issued, { ...open, hasPendingAppeal: true, now: new Date(T + 30 * DAY) })).toBe('window_closed');
  });
});

describe('who files and decides', () => {
  it('case workers record appeals for the merchant', () => {
    expect(ROLES.filter((role) => canFileAppeal({ id: 1, role }))).toEqual(['admin', 'manager', 'reviewer']);
  });

  it('a lead who did not issue the penalty decides a pending appeal, once', () => {
    const penalty = { status: 'active', issuedById: 20 };
    expect(canDecideAppeal({ id: 21, role: 'manager' }, { status: 'pending' }, penalty)).toBe(true);
    expect(canDecideAppeal({ id: 1, role: 'admin' }, { status: 'pending' }, penalty)).toBe(true);
    expect(canDecideAppeal({ id: 20, role: 'manager' }, { status: 'pending' }, penalty)).toBe(false);
    expect(canDecideAppeal({ id: 10, role: 'reviewer' }, { status: 'pending' }, penalty)).toBe(false);
    expect(canDecideAppeal({ id: 21, role: 'manager' }, { status: 'upheld' }, penalty)).toBe(false);
    expect(canDecideAppeal({ id: 21, role: 'manager' }, { status: 'overturned' }, penalty)).toBe(false);
  });
});
