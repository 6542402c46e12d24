import { describe, expect, it } from 'vitest';
import {
  allowedMoves,
  correctionSlug,
  correctionTitle,
  freeSlug,
  isCorrectable,
  isEditable,
  isValidSlug,
  moveRefusal,
  NOTICE_MACHINE,
  NOTICE_MOVES,
  NOTICE_STATUSES,
  noticeSlug,
  periodBound,
  periodProblem,
  publicEntry,
  publishAtProblem,
  publishTarget,
  slugify,
  sortEntries,
} from '../../../domain/notices';
import { ROLES } from '../../../domain/roles';
import { storyEntry } from './story-entry';

const comms = { id: 10, role: 'comms' as const };
const manager = { id: 2, role: 'manager' as const };
const manager2 = { id: 3, role: 'manager' as const };
const admin = { id: 1, role: 'admin' as const };
const reviewer = { id: 4, role: 'reviewer' as const };
const NOW = new Date('2026-11-20T09:30:00.000Z');

describe('the notice machine', () => {
  it('draft → in_review → approved → published/scheduled → retracted, and back to draft by reject or withdraw', () => {
    const by = (status: string) => NOTICE_MOVES.filter((m) => NOTICE_MACHINE[m].from.includes(status as never));
    expect(by('draft')).toEqual(['submit']);
    expect(by('in_review')).toEqual(['approve', 'reject', 'withdraw']);
    expect(by('approved')).toEqual(['withdraw', 'publish']);
    expect(by('scheduled')).toEqual(['withdraw', 'publish']);
    expect(by('published')).toEqual(['retract']);
    expect(by('retracted')).toEqual([]);
  });

  it('the author never approves or sends back their own notice; another lead may', () => {
    const mine = { status: 'in_review', authorId: manager.id };
    expect(moveRefusal(manager, mine, 'approve')).toBe('own_notice');
    expect(moveRefusal(manager, mine, 'reject')).toBe('own_notice');
    expect(moveRefusal(manager2, mine, 'approve')).toBeNull();
    expect(moveRefusal(admin, mine, 'reject')).toBeNull();
    // The author may still withdraw it.
    expect(moveRefusal(manager, mine, 'withdraw')).toBeNull();
  });

  it('roles: comms write, submit and publish; leads approve and retract; reviewers and inspectors do nothing', () => {
    const byComms = { status: 'in_review', authorId: comms.id };
    expect(allowedMoves(comms, byComms)).toEqual(['withdraw']);
    expect(allowedMoves(manager, byComms)).toEqual(['approve', 'reject', 'withdraw']);
    expect(moveRefusal(comms, { status: 'published', authorId: 99 }, 'retract')).toBe('role');
    expect(moveRefusal(comms, { status: 'approved', authorId: 99 }, 'publish')).toBeNull();
    for (const status of NOTICE_STATUSES) {
      expect(allowedMoves(reviewer, { status, authorId: 1 })).toEqual([]);
      expect(allowedMoves({ id: 5, role: 'inspector' }, { status, authorId: 1 })).toEqual([]);
    }
    expect(ROLES.filter((role) => moveRefusal({ id: 99, role }, { status: 'published', authorId: 1 }, 'retract') === null)).toEqual(['admin', 'manager']);
  });

  it('publishing without approval is a wrong-status refusal, for every role that may publish', () => {
    for (const status of ['draft', 'in_review', 'published', 'retracted'] as const) {
      expect(moveRefusal(comms, { status, authorId: 1 }, 'publish'), status).toBe('wrong_status');
    }
  });

  it('text is edited in draft only; public notices can be corrected', () => {
    expect(NOTICE_STATUSES.filter((status) => isEditable({ status }))).toEqual(['draft']);
    expect(NOTICE_STATUSES.filter((status) => isCorrectable({ status }))).toEqual(['published', 'retracted']);
  });

  it('publish schedules only for a future time; the past is refused beyond a minute of clock skew; a year ahead at most', () => {
    expect(publishTarget(null, NOW)).toBe('published');
    expect(publishTarget(new Date(NOW.getTime() + 1000), NOW)).toBe('scheduled');
    expect(publishTarget(new Date(NOW.getTime() - 1000), NOW)).toBe('published');
    expect(publishAtProblem(new Date(NOW.getTime() - 30_000), NOW)).toBeNull();
    expect(publishAtProblem(new Date(NOW.getTime() - 3_600_000), NOW)).toBe('past');
    expect(publishAtProblem(new Date(NOW.getTime() + 400 * 86_400_000), NOW)).toBe('too_far');
  });
});

describe('slugs', () => {
  it('lowercase ASCII words with single hyphens', () => {
    expect(slugify('Jewelry & Jade — 2026/10 珠宝')).toBe('jewelry-jade-2026-10');
    expect(noticeSlug('jewelry_jade', { start: '2026-10-01T00:00:00.000Z', end: '2026-10-31T23:59:59.999Z' })).toBe('jewelry-jade-2026-10-01-to-2026-10-31');
    expect(noticeSlug(null, { start: '2026-10-01T00:00:00.000Z', end: '2026-10-31T23:59:59.999Z' })).toBe('all-categories-2026-10-01-to-2026-10-31');
    for (const good of ['a', 'a-b', '2026-10']) expect(isValidSlug(good), good).toBe(true);
    for (const bad of ['', 'A', 'a--b', '-a', 'a-', 'a_b', '../x', '<script>', 'a'.repeat(101)]) expect(isValidSlug(bad), bad).toBe(false);
  });

  it('the first free address, and a correction its own', () => {
    expect(freeSlug('x', new Set())).toBe('x');
    expect(freeSlug('x', new Set(['x', 'x-2']))).toBe('x-3');
    expect(correctionSlug('jewelry-jade-2026-10')).toBe('jewelry-jade-2026-10-corrected');
    expect(isValidSlug(correctionSlug('a'.repeat(100)))).toBe(true);
    expect(correctionTitle(correctionTitle('Notice'))).toBe(correctionTitle('Notice'));
  });
});

describe('periods', () => {
  it('dates are whole UTC days: the start at midnight, the end at the last millisecond', () => {
    expect(periodBound('2026-10-01', 'start')).toBe('2026-10-01T00:00:00.000Z');
    expect(periodBound('2026-10-31', 'end')).toBe('2026-10-31T23:59:59.999Z');
    expect(periodBound('2026-10-31T12:00:00+08:00', 'end')).toBe('2026-10-31T04:00:00.000Z');
  });

  it('impossible dates are not dates', () => {
    for (const bad of ['2026-02-30', '2026-13-01', 'yesterday', '']) expect(periodBound(bad, 'start'), bad).toBeNull();
  });

  it('a period ends after it starts, does not start in the future and lasts at most a year', () => {
    const p = (start: string, end: string) => periodProblem({ start: periodBound(start, 'start')!, end: periodBound(end, 'end')! }, NOW);
    expect(p('2026-10-01', '2026-10-31')).toBeNull();
    expect(p('2026-11-20', '2026-11-20')).toBeNull();
    expect(p('2026-10-31', '2026-10-01')).toBe('order');
    expect(p('2026-11-21', '2026-11-30')).toBe('future');
    expect(p('2025-01-01', '2026-10-31')).toBe('too_long');
  });
});

describe('entries', () => {
  const entry = (penaltyId: number, startsAt: string) => storyEntry({ penaltyId, startsAt });

  it('are listed by when the penalty took effect, then by penalty', () => {
    const sorted = sortEntries([entry(3, '2026-10-02T00:00:00.000Z'), entry(2, '2026-10-01T00:00:00.000Z'), entry(1, '2026-10-02T00:00:00.000Z')]);
    expect(sorted.map((e) => e.penaltyId)).toEqual([2, 1, 3]);
  });

  it('the public sees everything but the internal penalty id', () => {
    const shown = publicEntry(entry(7, '2026-10-01T00:00:00.000Z'));
    expect(shown).not.toHaveProperty('penaltyId');
    expect(shown).toMatchObject({ merchantId: 3391, merchantNickname: '老银', followerCount: 8_120_000, penaltyType: 'permanent_ban' });
  });
});
