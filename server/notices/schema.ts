import { z } from 'zod';
import { messageFor } from '../../domain/messages';
import {
  isValidSlug,
  MAX_NOTICE_ENTRIES,
  MAX_PERIOD_DAYS,
  MAX_SLUG_LENGTH,
  NOTICE_STATUSES,
  periodBound,
  periodProblem,
  type PeriodProblem,
} from '../../domain/notices';
import { versionField } from '../http/crud';
import { field, ref } from '../http/fields';
import { id, optionalId } from '../http/schemas';
import { refinementIssue } from '../http/validate';
import type { RecordShape } from '../http/shape';

/** A notice as the API shows it (domain/notices.ts NoticeRecord). */
export const noticeShape: RecordShape = {
  name: 'notices',
  table: 'notices',
  label: 'Notice',
  fields: {
    id: field.integer({ sort: true }),
    title: field.string({ search: true, sort: true }),
    slug: field.string({ filter: true, search: true }),
    categoryId: field.integer({ sort: true, ref: ref.category }),
    body: field.string({ search: true }),
    periodStart: field.date({ sort: true, range: true }),
    periodEnd: field.date({ sort: true, range: true }),
    penaltyIds: field.idList({ table: 'noticePenalties', key: 'noticeId', value: 'penaltyId' }),
    status: field.enum(NOTICE_STATUSES, { filter: true, sort: true }),
    publishAt: field.date({ sort: true, range: true }),
    publishedAt: field.date({ sort: true, range: true }),
    authorId: field.integer({ filter: true, sort: true, ref: ref.user }),
    submittedAt: field.date({ sort: true }),
    submitNote: field.string(),
    approvedById: field.integer({ filter: true, ref: ref.user }),
    approvedAt: field.date({ sort: true }),
    reviewNote: field.string(),
    retractionReason: field.string(),
    retractedAt: field.date({ sort: true }),
    retractedById: field.integer({ filter: true, ref: ref.user }),
    correctsId: field.integer({ filter: true }),
    correctionReason: field.string(),
    // Large (a snapshot of up to 500 entries, a copy of the text): on the record, not in lists.
    entries: field.json({ detail: true }),
    lastApproved: field.json({ detail: true }),
    version: field.integer(),
    createdAt: field.date({ sort: true, range: true }),
    updatedAt: field.date({ sort: true }),
  },
};

const dateInput = z.string().trim().max(40);
const title = z.string().trim().min(1).max(200);
const body = z.string().max(20_000);
const penaltyIds = z.array(id).min(1, 'a notice lists at least one penalty').max(MAX_NOTICE_ENTRIES);
const note = z.string().trim().max(2000);
const reason = (what: string) => z.string().trim().min(5, `say why the notice is ${what} (at least 5 characters)`).max(2000);

/** Where a period problem is reported, and how (domain/notices.ts periodProblem). */
export function periodIssue(problem: PeriodProblem) {
  if (problem === 'order') return refinementIssue('periodEnd', 'notices.period_order');
  if (problem === 'future') return refinementIssue('periodStart', 'notices.period_future');
  return refinementIssue('periodEnd', 'notices.period_too_long', { days: MAX_PERIOD_DAYS });
}

/**
 * `periodStart` / `periodEnd` as dates or date-times → ISO instants (a date-only end is the end of
 * that day); checked together when both are given (an edit giving one is checked against the other
 * by the service).
 */
function withPeriod<T extends { periodStart?: string; periodEnd?: string }>(schema: z.ZodType<T>) {
  return schema.transform((input, ctx): T => {
    const start = input.periodStart === undefined ? undefined : periodBound(input.periodStart, 'start');
    const end = input.periodEnd === undefined ? undefined : periodBound(input.periodEnd, 'end');
    if (start === null) ctx.addIssue(refinementIssue('periodStart', 'notices.bad_date'));
    if (end === null) ctx.addIssue(refinementIssue('periodEnd', 'notices.bad_date'));
    if (start === null || end === null) return z.NEVER;
    const problem = start && end ? periodProblem({ start, end }, new Date()) : null;
    if (problem) {
      ctx.addIssue(periodIssue(problem));
      return z.NEVER;
    }
    return { ...input, periodStart: start, periodEnd: end };
  });
}

/** A draft from the penalties issued in a period (and category), or from the penalties named. */
export const generateSchema = withPeriod(
  z.object({
    periodStart: dateInput,
    periodEnd: dateInput,
    categoryId: optionalId,
    penaltyIds: penaltyIds.optional(),
    title: title.optional(),
  }),
);

/** An edit: what is given changes, what is left out stays (react-admin sends the whole record). */
export const updateNoticeSchema = withPeriod(
  z.object({
    title: title.optional(),
    body: body.optional(),
    slug: z
      .string()
      .trim()
      .refine(isValidSlug, {
        message: messageFor('notices.slug_format', { max: MAX_SLUG_LENGTH }),
        params: { code: 'notices.slug_format', max: MAX_SLUG_LENGTH },
      })
      .optional(),
    categoryId: optionalId,
    periodStart: dateInput.optional(),
    periodEnd: dateInput.optional(),
    penaltyIds: penaltyIds.optional(),
    version: versionField,
  }),
);

export const submitSchema = z.object({ note: note.optional().default(''), version: versionField });
export const approveSchema = submitSchema;
export const rejectSchema = z.object({ note: note.min(1, 'say what to change before it can be approved'), version: versionField });
export const withdrawSchema = z.object({ version: versionField });
export const publishSchema = z.object({
  publishAt: z.iso.datetime({ offset: true, message: 'an ISO date-time' }).nullable().optional(),
  version: versionField,
});
export const retractSchema = z.object({ reason: reason('retracted'), version: versionField.optional() });
export const correctSchema = z.object({ reason: reason('corrected') });

/** `?penaltyIds=1,2,3`: the entries a draft would list (the editor's preview). */
export const entriesQuery = z.object({
  penaltyIds: z
    .string()
    .regex(/^\d{1,10}(,\d{1,10})*$/, 'comma-separated penalty ids')
    .transform((s) => [...new Set(s.split(',').map(Number))])
    .pipe(z.array(id).max(MAX_NOTICE_ENTRIES)),
});
