/**
 * Penalty notices (SPEC §4 `notices`): the statuses, the whole machine with who may make each move,
 * what may be edited when, slugs, periods, and the frozen entry a published notice lists. The
 * server enforces these; the SPA shows only the buttons they allow.
 */
import type { PenaltyType } from './penalties';
import { canAccess, type Action } from './roles';
import type { Actor } from './staff';

export const NOTICE_STATUSES = ['draft', 'in_review', 'approved', 'scheduled', 'published', 'retracted'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];
/** What the public sees: a retracted notice stays readable, marked retracted with its reason. */
export const PUBLIC_NOTICE_STATUSES: readonly NoticeStatus[] = ['published', 'retracted'];

export const NOTICE_MOVES = ['submit', 'approve', 'reject', 'withdraw', 'publish', 'retract'] as const;
export type NoticeMove = (typeof NOTICE_MOVES)[number];

interface MoveRule {
  from: readonly NoticeStatus[];
  /** The role-table action on `notices` this move needs. */
  permission: Action;
  /** Two pairs of eyes: the author never approves or sends back their own notice. */
  notByAuthor?: boolean;
}

/**
 * The machine. `publish` goes to `published`, or to `scheduled` when publishAt is in the future
 * (a scheduled notice may be published now or rescheduled); the scheduler moves a due `scheduled`
 * notice to `published`. `withdraw` takes a notice back to draft before it goes public.
 */
export const NOTICE_MACHINE: Readonly<Record<NoticeMove, MoveRule>> = {
  submit: { from: ['draft'], permission: 'submit' },
  approve: { from: ['in_review'], permission: 'approve', notByAuthor: true },
  reject: { from: ['in_review'], permission: 'reject', notByAuthor: true },
  withdraw: { from: ['in_review', 'approved', 'scheduled'], permission: 'edit' },
  publish: { from: ['approved', 'scheduled'], permission: 'publish' },
  retract: { from: ['published'], permission: 'retract' },
};

/** Where a move leads (publish: see `publishTarget`). */
export const MOVE_TARGET: Readonly<Record<Exclude<NoticeMove, 'publish'>, NoticeStatus>> = {
  submit: 'in_review',
  approve: 'approved',
  reject: 'draft',
  withdraw: 'draft',
  retract: 'retracted',
};

export interface NoticeLike {
  status: NoticeStatus | string;
  authorId?: number | null;
}

export type MoveRefusal = 'wrong_status' | 'role' | 'own_notice';

/** Why this actor may not make this move on this notice now, or null when they may. */
export function moveRefusal(actor: Actor, notice: NoticeLike, move: NoticeMove): MoveRefusal | null {
  const rule = NOTICE_MACHINE[move];
  if (!canAccess(actor.role, { action: rule.permission, resource: 'notices' })) return 'role';
  if (!rule.from.includes(notice.status as NoticeStatus)) return 'wrong_status';
  if (rule.notByAuthor && notice.authorId === actor.id) return 'own_notice';
  return null;
}

/** The moves this actor may make now (the SPA's buttons). */
export const allowedMoves = (actor: Actor, notice: NoticeLike): NoticeMove[] => NOTICE_MOVES.filter((m) => moveRefusal(actor, notice, m) === null);

/** Text and entries change only in draft (new, or sent back): what was reviewed is what goes out. */
export const isEditable = (notice: NoticeLike): boolean => notice.status === 'draft';

/** A public notice can be corrected: a new draft that, once published, retracts and links it. */
export const isCorrectable = (notice: NoticeLike): boolean => PUBLIC_NOTICE_STATUSES.includes(notice.status as NoticeStatus);

/** `publish` with `publishAt` later than now schedules; otherwise it publishes now. */
export const publishTarget = (publishAt: Date | null, now: Date): 'published' | 'scheduled' =>
  publishAt && publishAt.getTime() > now.getTime() ? 'scheduled' : 'published';

/** How far back a publishAt may lie and still mean "now" (clocks differ a little), and how far ahead it may go. */
export const PUBLISH_AT_GRACE_MS = 60_000;
export const MAX_SCHEDULE_DAYS = 366;

export type PublishAtProblem = 'past' | 'too_far';
export function publishAtProblem(publishAt: Date, now: Date): PublishAtProblem | null {
  if (publishAt.getTime() < now.getTime() - PUBLISH_AT_GRACE_MS) return 'past';
  if (publishAt.getTime() > now.getTime() + MAX_SCHEDULE_DAYS * 86_400_000) return 'too_far';
  return null;
}

// Slugs: the public address `/notices/<slug>`.
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 100;
export const isValidSlug = (slug: string): boolean => slug.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(slug);

/** Lowercase ASCII words joined by single hyphens; anything else (Chinese, punctuation) drops out. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
}

/** `jewelry-jade-2026-10-01-to-2026-10-31`, or `all-categories-…` without a category. */
export function noticeSlug(categoryCode: string | null, period: Period): string {
  return slugify(`${categoryCode ?? 'all categories'} ${dayOf(period.start)} to ${dayOf(period.end)}`);
}

/** The address a correction takes: the corrected notice's with `-corrected`. */
export const correctionSlug = (slug: string): string => slugify(`${slug.slice(0, MAX_SLUG_LENGTH - 10)}-corrected`);

const CORRECTION_PREFIX = '更正 Correction · ';
const MAX_TITLE_LENGTH = 200;
/** A correction's title: the corrected notice's, marked once (a correction of a correction is not marked twice). */
export const correctionTitle = (title: string): string =>
  `${CORRECTION_PREFIX}${title.startsWith(CORRECTION_PREFIX) ? title.slice(CORRECTION_PREFIX.length) : title}`.slice(0, MAX_TITLE_LENGTH);

/** `base`, else `base-2`, `base-3`… : the first not in `taken`. */
export function freeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  const stem = base.slice(0, MAX_SLUG_LENGTH - 4);
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

// Periods: whole UTC days, inclusive, given as dates (`2026-10-01`) or ISO date-times.
export interface Period {
  start: string;
  end: string;
}
export const MAX_PERIOD_DAYS = 366;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export const dayOf = (iso: string): string => iso.slice(0, 10);

/** An ISO instant for a date or date-time; a date-only end means the end of that day. Null when not a real date. */
export function periodBound(value: string, bound: 'start' | 'end'): string | null {
  if (DATE_ONLY.test(value)) {
    const d = new Date(`${value}T00:00:00.000Z`);
    // 2026-02-30 is not a day, even if Date would roll it over into March.
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) return null;
    return bound === 'start' ? d.toISOString() : new Date(d.getTime() + 86_400_000 - 1).toISOString();
  }
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

export type PeriodProblem = 'order' | 'future' | 'too_long';

/** Why a period cannot be announced: ends before it starts, starts in the future, or longer than a year. */
export function periodProblem(period: Period, now: Date): PeriodProblem | null {
  const start = Date.parse(period.start);
  const end = Date.parse(period.end);
  if (end < start) return 'order';
  if (start > now.getTime()) return 'future';
  if (end - start > MAX_PERIOD_DAYS * 86_400_000) return 'too_long';
  return null;
}

export const MAX_NOTICE_ENTRIES = 500;

/**
 * One listed penalty as a notice names it, frozen when the notice is published: later changes to
 * the penalty or the merchant never rewrite it. The public sees all of it but `penaltyId`.
 */
export interface NoticeEntry {
  penaltyId: number;
  merchantId: number;
  merchantNickname: string;
  followerCount: number;
  violations: { code: string; name: string; nameZh: string }[];
  penaltyType: PenaltyType;
  fineCents: number | null;
  startsAt: string;
  endsAt: string | null;
}
export type PublicNoticeEntry = Omit<NoticeEntry, 'penaltyId'>;

export const publicEntry = ({ penaltyId: _internal, ...entry }: NoticeEntry): PublicNoticeEntry => entry;

/** The entry for a penalty, its merchant as they are now, and the violations its cases were confirmed for. */
export function noticeEntry(
  p: { id: number; merchantId: number; type: PenaltyType; fineCents: number | null; startsAt: string; endsAt: string | null },
  merchant: { nickname: string; followerCount: number },
  violations: NoticeEntry['violations'],
): NoticeEntry {
  return {
    penaltyId: p.id,
    merchantId: p.merchantId,
    merchantNickname: merchant.nickname,
    followerCount: merchant.followerCount,
    violations,
    penaltyType: p.type,
    fineCents: p.fineCents,
    startsAt: p.startsAt,
    endsAt: p.endsAt,
  };
}

/** Entries in the order a notice lists them: by when the penalty took effect, then by penalty. */
export const sortEntries = <E extends Pick<NoticeEntry, 'startsAt' | 'penaltyId'>>(entries: E[]): E[] =>
  [...entries].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.penaltyId - b.penaltyId);

/** What a manager approved, kept for the diff when the notice (or its correction) comes back for approval. */
export interface ApprovedContent {
  version: number;
  title: string;
  body: string;
  categoryId: number | null;
  periodStart: string;
  periodEnd: string;
  penaltyIds: number[];
  /** The entries as the manager saw them when approving. */
  entries: NoticeEntry[];
  approvedAt: string;
  approvedById: number;
}

/** A notice as the API returns it (docs/api.md, Notices). */
export interface NoticeRecord {
  id: number;
  title: string;
  slug: string;
  categoryId: number | null;
  body: string;
  periodStart: string;
  periodEnd: string;
  penaltyIds: number[];
  status: NoticeStatus;
  publishAt: string | null;
  publishedAt: string | null;
  authorId: number;
  submittedAt: string | null;
  submitNote: string | null;
  approvedById: number | null;
  approvedAt: string | null;
  reviewNote: string | null;
  retractionReason: string | null;
  retractedAt: string | null;
  retractedById: number | null;
  correctsId: number | null;
  correctionReason: string | null;
  entries: NoticeEntry[] | null;
  lastApproved: ApprovedContent | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}
