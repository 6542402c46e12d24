/**
 * Demo penalty notices (issue: notices), from the seeded penalties as they stood at each moment:
 * a monthly jewelry & jade notice for each of the last six months (the newest names 3391 "老银"
 * and his ban), one of them retracted and replaced by a correction after a listed penalty was
 * revoked, a quarterly notice of another vertical scheduled to go out, a draft in review and one
 * sent back. Written by comms, approved by a manager; entries frozen as the server freezes them.
 */
import type { Knex } from 'knex';
import { correctionSlug, correctionTitle, dayOf, freeSlug, noticeEntry, noticeSlug, sortEntries, type NoticeEntry, type Period } from '../domain/notices';
import { standardIntro, standardTitle } from '../domain/notice-text';
import type { NoticeTimelines } from './audit/notices';
import type { CaseRow } from './cases';
import { APPROVE_NOTE, correctionReason, INTRO_CORRECTION_REASON, SCHEDULE_NOTE, SEND_BACK_NOTE, SUBMIT_NOTE } from './content/noticeText';
import type { Staff } from './lifecycle';
import type { MerchantRow } from './merchants';
import type { PenaltyRow } from './penalties';
import { noticeRow, type NoticeRow, type RowPeople, type Timeline } from './noticeRows';

export type { NoticeRow } from './noticeRows';

export interface NoticeSeedInput {
  now: Date;
  firstNoticeId: number;
  penalties: PenaltyRow[];
  cited: Map<number, number[]>;
  cases: CaseRow[];
  merchants: MerchantRow[];
  /** category id → its code and its vertical's (root's) code */
  categories: Map<number, { code: string; vertical: string }>;
  categoryIds: Map<string, number>;
  staffByEmail: Map<string, Staff>;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const JEWELRY = 'jewelry_jade';
const startOfDay = (ms: number) => Math.floor(ms / DAY) * DAY;
const iso = (ms: number) => new Date(ms).toISOString();

/** The six monthly periods, newest first: the last ends four days ago (published two days ago), each a calendar month long. */
export function monthlyPeriods(now: Date, count = 6): Period[] {
  const periods: Period[] = [];
  let endDay = startOfDay(now.getTime()) - 4 * DAY;
  for (let i = 0; i < count; i++) {
    const d = new Date(endDay);
    const startDay = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, d.getUTCDate()) + DAY;
    periods.push({ start: iso(startDay), end: iso(endDay + DAY - 1) });
    endDay = startDay - DAY;
  }
  return periods;
}

/** Whether a penalty was issued and still standing at `at` (a ban once approved; nothing revoked by then). */
function standingAt(p: PenaltyRow, at: string): boolean {
  if (p.status === 'pending_approval' || p.status === 'rejected') return false;
  if (p.type === 'permanent_ban' && (p.decided_at ?? '') > at) return false;
  return p.created_at <= at && !(p.revoked_at && p.revoked_at <= at);
}

export interface SeededNotices {
  rows: NoticeRow[];
  links: { notice_id: number; penalty_id: number }[];
  /** When each notice moved and who reviewed it, for the audit trail (./audit/notices.ts). */
  timelines: NoticeTimelines;
}

export async function buildNotices(knex: Knex, input: NoticeSeedInput): Promise<SeededNotices> {
  const { now, penalties } = input;
  const comms = input.staffByEmail.get('comms@example.com')!;
  const [manager, manager2] = ['manager@example.com', 'manager2@example.com'].map((e) => input.staffByEmail.get(e)!);
  const categoryRows: { id: number; code: string; name: string; nameZh: string }[] = await knex('categories').select('id', 'code', 'name', 'name_zh as nameZh');
  const typeRows: { id: number; code: string; name: string; nameZh: string }[] = await knex('violation_types').select(
    'id',
    'code',
    'name',
    'name_zh as nameZh',
  );
  const types = new Map(typeRows.map((t) => [t.id, { code: t.code, name: t.name, nameZh: t.nameZh }]));
  const caseTypes = new Map(input.cases.map((c) => [c.id, c.violation_type_id]));
  const merchants = new Map(input.merchants.map((m) => [m.id, m]));
  const vertical = (p: PenaltyRow) => input.categories.get(merchants.get(p.merchant_id)!.category_id)!.vertical;

  const entriesFor = (ids: number[]): NoticeEntry[] =>
    sortEntries(
      ids.map((id) => {
        const p = penalties.find((q) => q.id === id)!;
        const m = merchants.get(p.merchant_id)!;
        const codes = [...new Set(input.cited.get(id)!.map((c) => caseTypes.get(c)!))].map((t) => types.get(t)!).sort((a, b) => a.code.localeCompare(b.code));
        const penalty = { id, merchantId: p.merchant_id, type: p.type, fineCents: p.fine_cents, startsAt: p.starts_at, endsAt: p.ends_at };
        return noticeEntry(penalty, { nickname: m.nickname, followerCount: m.follower_count }, codes);
      }),
    );
  /** Penalties of a vertical (any, when null) that took effect in the period and stood at `at`. */
  const listed = (code: string | null, period: Period, at: string) =>
    penalties
      .filter((p) => (code === null || vertical(p) === code) && p.starts_at >= period.start && p.starts_at <= period.end && standingAt(p, at))
      .map((p) => p.id);

  const rows: NoticeRow[] = [];
  const links: { notice_id: number; penalty_id: number }[] = [];
  const listedBy = new Map<NoticeRow, number[]>();
  const timelines: NoticeTimelines = new Map();
  const add = (code: string | null, period: Period, penaltyIds: number[], t: Timeline, people: Omit<RowPeople, 'author'> = {}) => {
    const id = input.firstNoticeId + rows.length;
    const category = code ? categoryRows.find((c) => c.code === code)! : null;
    const scope = { category, period };
    const entries = entriesFor(penaltyIds);
    const title = standardTitle(scope);
    const content = {
      title: people.corrects ? correctionTitle(title) : title,
      body: standardIntro({ ...scope, merchants: new Set(entries.map((e) => e.merchantId)).size }),
      slug: freeSlug(people.slug ?? noticeSlug(code, period), new Set(rows.map((r) => r.slug))),
      categoryId: category?.id ?? null,
    };
    const row = noticeRow(id, content, period, penaltyIds, entries, t, { author: comms, ...people, slug: undefined });
    rows.push(row);
    listedBy.set(row, penaltyIds);
    timelines.set(id, { t, reviewerId: people.approver?.id ?? null });
    links.push(...penaltyIds.map((penalty_id) => ({ notice_id: id, penalty_id })));
    return row;
  };

  // Six monthly jewelry & jade notices, written the day after the month closed and published the next morning.
  const monthly = monthlyPeriods(now).map((period, i) => {
    const day = startOfDay(Date.parse(period.end)) + DAY;
    const t: Timeline = { created: day + 1.5 * HOUR, submitted: day + 3 * HOUR, approved: day + 7 * HOUR, published: day + DAY + 2 * HOUR };
    const approver = i % 2 ? manager2 : manager;
    return add(JEWELRY, period, listed(JEWELRY, period, iso(t.published!)), t, { approver, submitNote: SUBMIT_NOTE, reviewNote: APPROVE_NOTE });
  });

  // A listed penalty revoked after its notice went out: the notice is retracted and replaced by a correction.
  const revokedLater = monthly
    .slice(1)
    .flatMap((n) => listedBy.get(n)!.map((id) => ({ n, p: penalties.find((q) => q.id === id)! })))
    .find(({ n, p }) => p.revoked_at && p.revoked_at > n.published_at! && Date.parse(p.revoked_at) < now.getTime() - 2 * DAY);
  const original = revokedLater?.n ?? monthly[3];
  const fixAt = revokedLater ? Date.parse(revokedLater.p.revoked_at!) : Date.parse(original.published_at!) + 5 * DAY;
  const reason = revokedLater
    ? correctionReason(
        { nickname: merchants.get(revokedLater.p.merchant_id)!.nickname, id: revokedLater.p.merchant_id },
        dayOf(revokedLater.p.revoked_at!),
        /^Appeal #/.test(revokedLater.p.revoke_reason ?? ''),
      )
    : INTRO_CORRECTION_REASON;
  const ct: Timeline = { created: fixAt + 2 * HOUR, submitted: fixAt + 3 * HOUR, approved: fixAt + 5 * HOUR, published: fixAt + DAY };
  const period = { start: original.period_start, end: original.period_end };
  const correction = add(JEWELRY, period, listed(JEWELRY, period, iso(ct.published!)), ct, {
    approver: manager,
    corrects: original,
    correctionReason: reason,
    slug: correctionSlug(original.slug),
  });
  Object.assign(original, {
    status: 'retracted',
    retraction_reason: reason,
    retracted_at: correction.published_at,
    retracted_by_id: comms.id,
    version: original.version + 1,
    updated_at: correction.published_at,
  });

  // Other verticals: the busiest gets a quarterly notice scheduled for the day after tomorrow, the next two drafts.
  const quarter = { start: iso(startOfDay(now.getTime()) - 94 * DAY), end: iso(startOfDay(now.getTime()) - 3 * DAY - 1) };
  const nowIso = now.toISOString();
  const verticals = [...new Set([...input.categories.values()].map((c) => c.vertical))].filter((v) => v !== JEWELRY);
  const busiest = verticals
    .map((code) => ({ code, ids: listed(code, quarter, nowIso) }))
    .filter((v) => v.ids.length)
    .sort((a, b) => b.ids.length - a.ids.length || a.code.localeCompare(b.code));
  const others = [0, 1, 2].map((i) => busiest[i] ?? { code: null, ids: listed(null, quarter, nowIso) });
  const today = startOfDay(now.getTime());
  add(
    others[0].code,
    quarter,
    others[0].ids,
    {
      created: today - 2 * DAY,
      submitted: today - 2 * DAY + 2 * HOUR,
      approved: today - DAY,
      scheduled: today - DAY + HOUR,
      publishAt: today + 2 * DAY + 2 * HOUR,
    },
    {
      approver: manager2,
      submitNote: SCHEDULE_NOTE,
    },
  );
  add(others[1].code, quarter, others[1].ids, { created: today - DAY + 3 * HOUR, submitted: today - DAY + 5 * HOUR }, { submitNote: SUBMIT_NOTE });
  add(
    others[2].code,
    quarter,
    others[2].ids,
    { created: today - 3 * DAY, submitted: today - 3 * DAY + 2 * HOUR, sentBack: today - 2 * DAY },
    { approver: manager, reviewNote: SEND_BACK_NOTE },
  );
  return { rows, links, timelines };
}
