/**
 * The case workflow (SPEC §3 actions, §4 status machine in domain/cases.ts). Each handler runs in
 * the transaction the resource layer opened: the compare-and-set on `version`, the timeline event,
 * the audit entry and the merchant's derived counts commit together or not at all.
 */
import type { z } from 'zod';
import {
  ACTIVE_CASE_STATUSES,
  allowedTransitions,
  canEditCase,
  caseMove,
  dueAtFor,
  dueAtForNewSeverity,
  isTransitionAction,
  nextStatuses,
  transitionNeedsNote,
  type CaseMove,
  type CaseRecord,
  type CaseSource,
  type EvidenceItem,
  type Severity,
} from '../../domain/cases';
import type { MessageCode } from '../../domain/messages';
import { canBeAssignedCases } from '../../domain/staff';
import { recordAudit } from '../audit/audit';
import { appendEvent } from '../case-events/resource';
import { toBoolean } from '../db/dialect';
import type { RequestContext, TxContext } from '../http/context';
import { insertRecord, mustExist, staleVersion, updateVersioned } from '../http/crud';
import { badRequest, conflict, fieldError, forbidden } from '../http/errors';
import { getRecord } from '../http/shape';
import { recomputeMerchant, refreshOpenCaseCount } from '../merchants/service';
import { refreshCaseMetrics, type CaseDates } from '../metrics/touch';
import type { assignSchema, claimSchema, createCaseSchema, noteSchema, transitionSchema, updateCaseSchema } from './schema';
import { caseShape } from './schema';

type Input<S extends z.ZodType> = z.infer<S>;

const load = (tx: TxContext, id: number) => getRecord<CaseRecord>(tx.trx, caseShape, id);

function assertVersion(c: CaseRecord, version: number) {
  if (c.version !== version) throw staleVersion(caseShape, c.version, version);
}

/** What a new case is about; the rest (status, dates, who opened it) is the same for every case. */
export interface NewCase {
  merchantId: number;
  categoryId: number;
  violationTypeId: number;
  source: CaseSource;
  severity: Severity;
  summary: string;
  evidence: EvidenceItem[];
  orderId?: string | null;
  inspectionId?: number | null;
}

/**
 * Opens a case with its first timeline event and the merchant's open-case count, in the caller's
 * transaction: a person's (`openedById`), or the system's for a failed inspection (null). A new
 * case changes no penalty, so only the count moves.
 */
export async function openCase(tx: TxContext, fields: NewCase, openedById: number | null) {
  const openedAt = new Date();
  const opened = await insertRecord(
    tx,
    caseShape,
    { ...fields, status: 'open', openedAt: openedAt.toISOString(), dueAt: dueAtFor(fields.severity, openedAt).toISOString(), openedById },
    {
      alongside: (id) =>
        Promise.all([
          appendEvent(tx.trx, { caseId: Number(id), actorId: openedById, kind: 'opened', to: 'open', data: { source: fields.source } }),
          refreshOpenCaseCount(tx.trx, fields.merchantId),
        ]),
    },
  );
  await refreshCaseMetrics(tx.trx, opened as unknown as CaseDates);
  return opened;
}

/** The rows a new case points at, read before its transaction opens (they only have to exist). */
export async function caseReferences(ctx: RequestContext, input: Input<typeof createCaseSchema>) {
  const [merchant, type] = await Promise.all([
    mustExist(ctx.db.reader, 'merchants', input.merchantId, 'merchantId', 'merchant'),
    mustExist(ctx.db.reader, 'violationTypes', input.violationTypeId, 'violationTypeId', 'violation type'),
    mustExist(ctx.db.reader, 'categories', input.categoryId, 'categoryId', 'category'),
  ]);
  return { merchant, type };
}

export async function createCase(tx: TxContext<Awaited<ReturnType<typeof caseReferences>>>, input: Input<typeof createCaseSchema>) {
  const { merchant, type } = tx.prepared!;
  return openCase(tx, { ...input, categoryId: input.categoryId ?? merchant.categoryId, severity: input.severity ?? type.severity }, tx.actor.id);
}

export async function updateCase(tx: TxContext, id: number, input: Input<typeof updateCaseSchema>) {
  const { version, ...changes } = input;
  const c = await load(tx, id);
  assertVersion(c, version);
  if (!ACTIVE_CASE_STATUSES.includes(c.status)) throw conflict('cases.not_editable', { id, status: c.status });
  if (!canEditCase(tx.actor, c)) throw forbidden('cases.not_yours_edit', { id });
  await mustExist(tx.trx, 'violationTypes', changes.violationTypeId, 'violationTypeId', 'violation type');
  await mustExist(tx.trx, 'categories', changes.categoryId, 'categoryId', 'category');
  const dueAt = changes.severity !== c.severity ? dueAtForNewSeverity(c.dueAt, c.severity, changes.severity).toISOString() : undefined;
  const { before, after } = await updateVersioned(tx, caseShape, id, version, { ...changes, dueAt });
  const fields = Object.keys(changes).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  if (fields.length) await appendEvent(tx.trx, { caseId: id, actorId: tx.actor.id, kind: 'edited', data: { fields } });
  await refreshCaseMetrics(tx.trx, before as unknown as CaseDates, after as unknown as CaseDates);
  return after;
}

export async function claimCase(tx: TxContext, id: number, { version }: Input<typeof claimSchema>) {
  const c = await load(tx, id);
  if (c.status !== 'open') {
    const who = c.assigneeId ? await tx.trx('users').where({ id: c.assigneeId }).first('name') : null;
    throw who ? conflict('cases.claimed_by', { id, status: c.status, name: who.name }) : conflict('cases.not_claimable', { id, status: c.status });
  }
  assertVersion(c, version);
  const { after } = await updateVersioned(tx, caseShape, id, version, { status: 'in_review', assigneeId: tx.actor.id }, { action: 'claim' });
  await appendEvent(tx.trx, { caseId: id, actorId: tx.actor.id, kind: 'claimed', from: 'open', to: 'in_review' });
  return after;
}

export async function assignCase(tx: TxContext, id: number, { assigneeId, version }: Input<typeof assignSchema>) {
  const c = await load(tx, id);
  if (!ACTIVE_CASE_STATUSES.includes(c.status)) throw conflict('cases.not_assignable', { id, status: c.status });
  assertVersion(c, version);
  const assignee = await tx.trx('users').where({ id: assigneeId }).first();
  if (!assignee || !canBeAssignedCases({ role: assignee.role, active: toBoolean(assignee.active) })) {
    throw badRequest('cases.bad_assignee', {}, { assigneeId: fieldError('cases.bad_assignee') });
  }
  const { after } = await updateVersioned(tx, caseShape, id, version, { status: 'in_review', assigneeId }, { action: 'assign' });
  await appendEvent(tx.trx, { caseId: id, actorId: tx.actor.id, kind: 'assigned', from: c.status, to: 'in_review', note: assignee.name, data: { assigneeId } });
  return after;
}

/** What to do instead, for moves that another action makes. */
const VIA_OTHER_ACTIONS: Partial<Record<CaseMove, MessageCode>> = {
  claim_or_assign: 'cases.via_claim',
  penalty_issued: 'cases.via_penalty',
  ban_rejected: 'cases.via_ban_rejection',
};

export async function transitionCase(tx: TxContext, id: number, { to, note, version }: Input<typeof transitionSchema>) {
  const c = await load(tx, id);
  assertVersion(c, version);
  const move = caseMove(c.status, to);
  if (!isTransitionAction(move)) {
    const next = nextStatuses(c.status);
    const options = next.filter((n) => isTransitionAction(n.via)).map((n) => n.to);
    const fields = { to: { text: `allowed: ${options.join(', ') || 'none'}`, code: 'field.one_of', params: { options } } };
    const via = move && VIA_OTHER_ACTIONS[move];
    if (via) throw conflict(via, { id, from: c.status, to }, fields);
    // Name every next status, including those reached through another action (open → in_review by claim).
    throw next.length
      ? conflict('cases.illegal_transition', { id, from: c.status, to, allowed: next.map((n) => n.to) }, fields)
      : conflict('cases.final', { id, from: c.status, to }, fields);
  }
  if (!allowedTransitions(tx.actor, c).includes(to)) {
    throw move === 'reopen' ? forbidden('cases.only_lead_reopens') : forbidden('cases.not_yours_resolve', { id });
  }
  if (transitionNeedsNote(to) && !note) throw badRequest('cases.resolution_required', {}, { note: fieldError('field.required') });
  const now = new Date();
  const changes =
    move === 'reopen'
      ? { status: to, assigneeId: null, resolvedAt: null, resolution: null, dueAt: dueAtFor(c.severity, now).toISOString() }
      : { status: to, resolvedAt: now.toISOString(), resolution: note };
  const { after } = await updateVersioned(tx, caseShape, id, version, changes, { action: `transition:${to}` });
  await appendEvent(tx.trx, { caseId: id, actorId: tx.actor.id, kind: 'status', from: c.status, to, note: note || null, data: { move: move! } });
  await recomputeMerchant(tx.trx, c.merchantId);
  await refreshCaseMetrics(tx.trx, c, after as unknown as CaseDates);
  return after;
}

export async function addCaseNote(tx: TxContext, id: number, { text }: Input<typeof noteSchema>) {
  await load(tx, id);
  const event = await appendEvent(tx.trx, { caseId: id, actorId: tx.actor.id, kind: 'note', note: text });
  await recordAudit(tx.trx, { actorId: tx.actor.id, ip: tx.ip, action: 'note', resource: 'cases', resourceId: id, after: { note: text } });
  return event;
}
