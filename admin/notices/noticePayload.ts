/**
 * The notice forms' values → the API's bodies (pure). An edit sends only what changed, with the
 * version read (the server changes what is given and refuses a stale version); periods travel as
 * whole UTC days (`YYYY-MM-DD`), the way the server reads them (a date-only end is that whole day).
 */
import { dayOf, type NoticeRecord } from '../../domain/notices';

export type NoticeEditValues = Pick<NoticeRecord, 'title' | 'body' | 'slug' | 'periodStart' | 'periodEnd' | 'penaltyIds' | 'version'> & {
  categoryId: number | string | null | undefined;
};

export interface NoticeUpdateBody {
  version: number;
  title?: string;
  body?: string;
  slug?: string;
  categoryId?: number | null;
  periodStart?: string;
  periodEnd?: string;
  penaltyIds?: number[];
}

/** A select's empty choice ('' or undefined) is "all categories". */
export const categoryOf = (value: number | string | null | undefined): number | null => (value === '' || value == null ? null : Number(value));

/** The same penalties, in whatever order (the server lists them by when they took effect). */
function sameIds(a: number[], b: number[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((id) => set.has(id));
}

/** The PUT body: the version the editor started from, and each field that differs from the record as read. */
export function noticeUpdateBody(values: NoticeEditValues, previous: NoticeEditValues): NoticeUpdateBody {
  const body: NoticeUpdateBody = { version: previous.version };
  if (values.title.trim() !== previous.title) body.title = values.title.trim();
  if (values.body !== previous.body) body.body = values.body;
  if (values.slug.trim() !== previous.slug) body.slug = values.slug.trim();
  if (categoryOf(values.categoryId) !== categoryOf(previous.categoryId)) body.categoryId = categoryOf(values.categoryId);
  if (dayOf(values.periodStart) !== dayOf(previous.periodStart)) body.periodStart = dayOf(values.periodStart);
  if (dayOf(values.periodEnd) !== dayOf(previous.periodEnd)) body.periodEnd = dayOf(values.periodEnd);
  if (!sameIds(values.penaltyIds, previous.penaltyIds)) body.penaltyIds = [...values.penaltyIds];
  return body;
}

export interface GenerateValues {
  periodStart: string;
  periodEnd: string;
  categoryId?: number | string | null;
  /** Chosen penalties (from the unannounced list); otherwise every issued penalty of the period and category. */
  penaltyIds?: number[];
  /** Blank: the standard title. */
  title?: string;
}

/** `POST /api/notices/generate`'s body. */
export function generateBody(values: GenerateValues) {
  const title = values.title?.trim();
  return {
    periodStart: dayOf(values.periodStart),
    periodEnd: dayOf(values.periodEnd),
    categoryId: categoryOf(values.categoryId),
    ...(values.penaltyIds?.length ? { penaltyIds: values.penaltyIds } : {}),
    ...(title ? { title } : {}),
  };
}
