/**
 * Shared fixtures for the notices suite: a period, issued penalties to list, a draft made through
 * the API, and a notice taken through the workflow to any status.
 */
import { expect } from 'vitest';
import type { NoticeStatus } from '../../domain/notices';
import type { Who } from '../support/testApp';
import type { Ctx } from './helpers';

export type Notice = Record<string, any> & { id: number; version: number; status: NoticeStatus; slug: string };

const DAY = 86_400_000;
export const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString().slice(0, 10);
/** The last month, as dates. */
export const LAST_MONTH = () => ({ periodStart: daysAgo(30), periodEnd: daysAgo(0) });

/** Issued (active or served) penalties of the seeded data, newest first. */
export async function issuedPenaltyIds(c: Ctx, n: number, skip = 0): Promise<number[]> {
  const rows = await c.db.knex('penalties').whereIn('status', ['active', 'expired']).orderBy('id', 'desc').offset(skip).limit(n).pluck('id');
  expect(rows.length).toBe(n);
  return rows.map(Number);
}

let spread = 0;
/** A fresh draft listing `penaltyIds` (by default two seeded issued penalties, different each call). */
export async function draftNotice(c: Ctx, by: Who = 'comms', body: Record<string, unknown> = {}): Promise<Notice> {
  const penaltyIds = body.penaltyIds ?? (await issuedPenaltyIds(c, 2, (spread++ * 2) % 40));
  const res = await c.a[by].post('/api/notices/generate').send({ ...LAST_MONTH(), penaltyIds, ...body });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

export function noticeAction(c: Ctx, by: Who, n: { id: number; version: number }, action: string, body: Record<string, unknown> = {}) {
  return c.a[by].post(`/api/notices/${n.id}/${action}`).send({ version: n.version, ...body });
}

async function ok(res: { status: number; text: string; body: any }): Promise<Notice> {
  expect(res.status, res.text).toBe(200);
  return res.body;
}

/** The other lead: who approves what `author` wrote. */
export const approverFor = (author: Who): Who => (author === 'manager' ? 'manager2' : 'manager');

/**
 * A notice moved through the workflow to `status`: written by `author`, approved by another lead,
 * published by the author (scheduled a day ahead for `scheduled`), retracted by a lead.
 */
export async function noticeIn(c: Ctx, status: NoticeStatus, author: Who = 'comms', body: Record<string, unknown> = {}): Promise<Notice> {
  let n = await draftNotice(c, author, body);
  if (status === 'draft') return n;
  n = await ok(await noticeAction(c, author, n, 'submit', { note: 'Ready for review' }));
  if (status === 'in_review') return n;
  n = await ok(await noticeAction(c, approverFor(author), n, 'approve'));
  if (status === 'approved') return n;
  const publishAt = status === 'scheduled' ? new Date(Date.now() + DAY).toISOString() : undefined;
  n = await ok(await noticeAction(c, author, n, 'publish', { publishAt }));
  if (status === 'published' || status === 'scheduled') return n;
  return ok(await noticeAction(c, 'manager', n, 'retract', { reason: 'Retracted in a test' }));
}

export async function getNotice(c: Ctx, id: number): Promise<Notice> {
  return ok(await c.a.manager.get(`/api/notices/${id}`));
}
