/**
 * Invariants of the demo notices (seeds/notices.ts), checked by test/unit/seeds.test.ts on every
 * seeded database: six consecutive monthly jewelry & jade notices out (the newest naming 3391's
 * ban), a retracted one replaced by its correction, one scheduled, drafts; each as the workflow
 * would have left it, listing only penalties that stood when it went out, frozen as they were.
 */
import { expect } from 'vitest';
import { isValidSlug, type NoticeEntry } from '../../../domain/notices';
import type { Database } from '../../../server/db';

type Row = Record<string, any>;
const DAY = 86_400_000;

/** A penalty stood at `at`: issued (a ban once approved) and not yet revoked. */
const stoodAt = (p: Row, at: string) =>
  !['pending_approval', 'rejected'].includes(p.status) &&
  p.createdAt <= at &&
  (p.type !== 'permanent_ban' || p.decidedAt <= at) &&
  !(p.revokedAt && p.revokedAt <= at);

export async function checkNotices(db: Database, now: Date) {
  const { knex } = db;
  const notices: Row[] = await knex('notices').select().orderBy('id');
  const links: Row[] = await knex('notice_penalties').select();
  const penalties = new Map<number, Row>(((await knex('penalties').select()) as Row[]).map((p) => [p.id, p]));
  const merchants = new Map<number, Row>(((await knex('merchants').select()) as Row[]).map((m) => [m.id, m]));
  const users = new Map(((await knex('users').select()) as Row[]).map((u) => [u.id, u]));
  const jewelry = (await knex('categories').where({ code: 'jewelry_jade' }).first()).id;
  const listed = (n: Row) =>
    links
      .filter((l) => l.noticeId === n.id)
      .map((l) => l.penaltyId)
      .sort((a, b) => a - b);
  const byStatus = (status: string) => notices.filter((n) => n.status === status);

  expect(new Set(notices.map((n) => n.slug)).size).toBe(notices.length);
  for (const n of notices) {
    const label = `notice ${n.id} (${n.status})`;
    expect(isValidSlug(n.slug), label).toBe(true);
    expect(users.get(n.authorId)?.role, label).toBe('comms');
    expect(listed(n).length, label).toBeGreaterThan(0);
    expect(Date.parse(n.updatedAt), label).toBeLessThanOrEqual(now.getTime());
    const out = ['published', 'retracted', 'scheduled'].includes(n.status);
    expect(n.entries !== null, label).toBe(out);
    if (n.approvedById !== null) {
      expect(users.get(n.approvedById)?.role, label).toBe('manager');
      expect(n.submittedAt < n.approvedAt, label).toBe(true);
      expect(JSON.parse(n.lastApproved), label).toMatchObject({ penaltyIds: listed(n), title: n.title, approvedById: n.approvedById });
    }
    if (!out) {
      // Still to be reviewed: every penalty it lists can be announced now.
      for (const id of listed(n)) expect(['active', 'expired'], label).toContain(penalties.get(id)!.status);
      continue;
    }
    // Frozen as it went out: the penalties it lists, as they stood then.
    const entries: NoticeEntry[] = JSON.parse(n.entries);
    expect(
      entries.map((e) => e.penaltyId).sort((a, b) => a - b),
      label,
    ).toEqual(listed(n));
    const frozenAt = n.publishedAt ?? n.updatedAt;
    for (const e of entries) {
      const p = penalties.get(e.penaltyId)!;
      expect(stoodAt(p, frozenAt), `${label}: penalty ${p.id}`).toBe(true);
      expect(e, label).toMatchObject({ merchantId: p.merchantId, penaltyType: p.type, startsAt: p.startsAt, endsAt: p.endsAt });
      expect(e.merchantNickname, label).toBe(merchants.get(p.merchantId)!.nickname);
      expect(e.violations.length, label).toBeGreaterThan(0);
    }
  }

  // Six monthly jewelry & jade notices out, one per month, back to back; the newest names 3391's ban.
  const monthly = notices.filter((n) => n.categoryId === jewelry && n.status === 'published').sort((a, b) => b.periodEnd.localeCompare(a.periodEnd));
  expect(monthly).toHaveLength(6);
  for (const [i, n] of monthly.entries()) {
    expect(Date.parse(n.publishedAt), `notice ${n.id}`).toBeLessThan(now.getTime());
    // Out two days after the month closed (a correction, whenever the fix was needed).
    if (n.correctsId === null) expect(Date.parse(n.publishedAt) - Date.parse(n.periodEnd), `notice ${n.id}`).toBeLessThan(3 * DAY);
    if (i > 0) expect(Date.parse(n.periodEnd) + 1, `notice ${n.id}`).toBe(Date.parse(monthly[i - 1].periodStart));
    const days = (Date.parse(n.periodEnd) + 1 - Date.parse(n.periodStart)) / DAY;
    expect(days, `notice ${n.id}`).toBeGreaterThanOrEqual(28);
    expect(days, `notice ${n.id}`).toBeLessThanOrEqual(31);
  }
  const storyBan = [...penalties.values()].find((p) => p.merchantId === 3391 && p.type === 'permanent_ban')!;
  const newest: NoticeEntry[] = JSON.parse(monthly[0].entries);
  expect(newest.find((e) => e.penaltyId === storyBan.id)).toMatchObject({ merchantNickname: '老银', merchantId: 3391, penaltyType: 'permanent_ban' });

  // A retracted notice, replaced by its correction when that went out.
  const [retracted] = byStatus('retracted');
  expect(byStatus('retracted')).toHaveLength(1);
  const correction = notices.find((n) => n.correctsId === retracted.id);
  expect(correction).toMatchObject({ status: 'published', correctionReason: retracted.retractionReason, periodStart: retracted.periodStart });
  expect(retracted.retractionReason.length).toBeGreaterThan(20);
  expect(retracted.retractedAt).toBe(correction!.publishedAt);
  expect(retracted.publishedAt < retracted.retractedAt).toBe(true);

  const [scheduled] = byStatus('scheduled');
  expect(byStatus('scheduled')).toHaveLength(1);
  expect(Date.parse(scheduled.publishAt)).toBeGreaterThan(now.getTime());
  expect(byStatus('in_review')).toHaveLength(1);
  const [sentBack] = byStatus('draft');
  expect(sentBack.reviewNote).toBeTruthy();
}
