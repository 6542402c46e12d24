/**
 * The case workflow (SPEC §3 actions, §4 status machine). Each action is one transaction: the
 * compare-and-set on `version`, the timeline event, the audit entry and the merchant's derived
 * counts commit together or not at all.
 */
import type { Knex } from 'knex';
import {
  ACTIVE_CASE_STATUSES, allowedTransitions, CASE_TRANSITIONS, canEditCase, dueAtFor, SLA_HOURS,
  type CaseStatus, type Severity,
} from '../../admin/providers/caseWorkflow';
import { canAccess } from '../../admin/providers/canAccess';
import { recordAudit } from '../audit/audit';
import { caseEvents } from '../case-events/resource';
import { addHours, nowIso } from '../db/time';
import { insertRecord, staleVersion, updateVersioned } from '../http/crud';
import type { RequestContext } from '../http/context';
import { badRequest, conflict, forbidden } from '../http/errors';
import { getRecord, type JsonRecord } from '../http/resource';
import { parseBody } from '../http/validate';
import { recomputeMerchant } from '../merchants/service';
import { cases } from './resource';
import { assignSchema, claimSchema, createCaseSchema, noteSchema, transitionSchema, updateCaseSchema } from './schema';

type CaseRecord = JsonRecord & { id: number; status: CaseStatus; assigneeId: number | null; version: number; merchantId: number; severity: Severity; openedAt: string };

export async function appendEvent(trx: Knex.Transaction, e: { caseId: number; actorId: number | null; kind: string; from?: string | null; to?: string | null; note?: string | null }) {
  const [row] = await trx('caseEvents').insert({ ...e, at: nowIso() }).returning('id');
  return getRecord(trx, caseEvents, typeof row === 'object' ? row.id : row);
}

async function mustExist(trx: Knex.Transaction, table: string, id: number | null | undefined, field: string, what: string) {
  if (id == null) return null;
  const row = await trx(table).where({ id }).first();
  if (!row) throw badRequest(`No ${what} with id ${id}`, { [field]: `no ${what} with this id` });
  return row;
}

const load = (trx: Knex.Transaction, id: number) => getRecord(trx, cases, id) as Promise<CaseRecord>;

function assertVersion(c: CaseRecord, version: number) {
  if (c.version !== version) throw staleVersion(cases, c.version, version);
}

export function createCase(ctx: RequestContext, body: unknown) {
  const input = parseBody(createCaseSchema, body);
  return ctx.db.knex.transaction(async (trx) => {
    const merchant = await mustExist(trx, 'merchants', input.merchantId, 'merchantId', 'merchant');
    const type = await mustExist(trx, 'violationTypes', input.violationTypeId, 'violationTypeId', 'violation type');
    await mustExist(trx, 'categories', input.categoryId, 'categoryId', 'category');
    const severity: Severity = input.severity ?? type.severity;
    const openedAt = new Date();
    const record = await insertRecord(trx, ctx, cases, {
      ...input,
      categoryId: input.categoryId ?? merchant.categoryId,
      severity,
      status: 'open',
      openedAt: openedAt.toISOString(),
      dueAt: dueAtFor(severity, openedAt).toISOString(),
      openedById: ctx.actor.id,
    });
    await appendEvent(trx, { caseId: record.id as number, actorId: ctx.actor.id, kind: 'opened', to: 'open', note: input.source });
    await recomputeMerchant(trx, input.merchantId);
    return record;
  });
}

export function updateCase(ctx: RequestContext, id: number, body: unknown) {
  const { version, ...changes } = parseBody(updateCaseSchema, body);
  return ctx.db.knex.transaction(async (trx) => {
    const c = await load(trx, id);
    assertVersion(c, version);
    if (!ACTIVE_CASE_STATUSES.includes(c.status)) throw conflict(`Case #${id} is ${c.status}; only open or in-review cases can be edited`);
    if (!canEditCase(ctx.actor, c)) throw forbidden(`Case #${id} is assigned to someone else; only they or a manager can edit it`);
    await mustExist(trx, 'violationTypes', changes.violationTypeId, 'violationTypeId', 'violation type');
    await mustExist(trx, 'categories', changes.categoryId, 'categoryId', 'category');
    // A new severity moves the due date by the difference of SLAs (from the current one: a reopened case's clock restarted).
    const dueAt = changes.severity !== c.severity
      ? addHours(c.dueAt as string, SLA_HOURS[changes.severity] - SLA_HOURS[c.severity])
      : undefined;
    const { before, after } = await updateVersioned(trx, ctx, cases, id, version, { ...changes, dueAt });
    const changed = Object.keys(changes).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
    if (changed.length) await appendEvent(trx, { caseId: id, actorId: ctx.actor.id, kind: 'edited', note: changed.join(', ') });
    return after;
  });
}

export function claimCase(ctx: RequestContext, id: number, body: unknown) {
  const { version } = parseBody(claimSchema, body);
  return ctx.db.knex.transaction(async (trx) => {
    const c = await load(trx, id);
    if (c.status !== 'open') {
      const who = c.assigneeId ? await trx('users').where({ id: c.assigneeId }).first('name') : null;
      throw conflict(`Case #${id} is ${c.status}${who ? `, claimed by ${who.name}` : ''}; only open cases can be claimed`);
    }
    assertVersion(c, version);
    const { after } = await updateVersioned(trx, ctx, cases, id, version, { status: 'in_review', assigneeId: ctx.actor.id }, { action: 'claim' });
    await appendEvent(trx, { caseId: id, actorId: ctx.actor.id, kind: 'claimed', from: 'open', to: 'in_review' });
    return after;
  });
}

export function assignCase(ctx: RequestContext, id: number, body: unknown) {
  const { assigneeId, version } = parseBody(assignSchema, body);
  return ctx.db.knex.transaction(async (trx) => {
    const c = await load(trx, id);
    if (!ACTIVE_CASE_STATUSES.includes(c.status)) throw conflict(`Case #${id} is ${c.status}; only open or in-review cases can be assigned`);
    assertVersion(c, version);
    const assignee = await trx('users').where({ id: assigneeId }).first();
    if (!assignee || !assignee.active || !canAccess(assignee.role, { action: 'claim', resource: 'cases' })) {
      throw badRequest('Cases can only be assigned to an active reviewer or manager', { assigneeId: 'not an active reviewer or manager' });
    }
    const { after } = await updateVersioned(trx, ctx, cases, id, version, { status: 'in_review', assigneeId }, { action: 'assign' });
    await appendEvent(trx, { caseId: id, actorId: ctx.actor.id, kind: 'assigned', from: c.status, to: 'in_review', note: assignee.name });
    return after;
  });
}

const VIA_OTHER_ACTIONS: Partial<Record<CaseStatus, string>> = {
  in_review: 'claim or assign the case instead',
  penalized: 'a case becomes penalized when a penalty citing it is issued',
};

export function transitionCase(ctx: RequestContext, id: number, body: unknown) {
  const { to, note, version } = parseBody(transitionSchema, body);
  return ctx.db.knex.transaction(async (trx) => {
    const c = await load(trx, id);
    assertVersion(c, version);
    const legal = CASE_TRANSITIONS[c.status];
    if (!legal.includes(to) || VIA_OTHER_ACTIONS[to]) {
      const options = legal.filter((s) => !VIA_OTHER_ACTIONS[s]);
      // Name every next status, including those reached through another action (open → in_review by claim).
      const targets = legal.map((s) => (VIA_OTHER_ACTIONS[s] ? `${s} (${VIA_OTHER_ACTIONS[s]})` : s));
      throw conflict(`Case #${id} cannot go from ${c.status} to ${to}` +
        (VIA_OTHER_ACTIONS[to] && legal.includes(to) ? `: ${VIA_OTHER_ACTIONS[to]}` : `; from ${c.status} it can go to: ${targets.join(', ') || 'nothing (final)'}`),
        { to: `allowed: ${options.join(', ') || 'none'}` });
    }
    if (!allowedTransitions(ctx.actor, c).includes(to)) {
      throw forbidden(to === 'open' ? 'Only a manager can reopen a dismissed case' : `Case #${id} is assigned to someone else; only they or a manager can resolve it`);
    }
    if (to !== 'open' && !note) throw badRequest('Write the resolution: why the case is confirmed or dismissed', { note: 'required' });
    const now = new Date();
    const changes = to === 'open'
      ? { status: to, assigneeId: null, resolvedAt: null, resolution: null, dueAt: dueAtFor(c.severity, now).toISOString() }
      : { status: to, resolvedAt: now.toISOString(), resolution: note };
    const { after } = await updateVersioned(trx, ctx, cases, id, version, changes, { action: `transition:${to}` });
    await appendEvent(trx, { caseId: id, actorId: ctx.actor.id, kind: 'status', from: c.status, to, note: note || null });
    await recomputeMerchant(trx, c.merchantId);
    return after;
  });
}

export function addCaseNote(ctx: RequestContext, id: number, body: unknown) {
  const { text } = parseBody(noteSchema, body);
  return ctx.db.knex.transaction(async (trx) => {
    await load(trx, id);
    const event = await appendEvent(trx, { caseId: id, actorId: ctx.actor.id, kind: 'note', note: text });
    await recordAudit(trx, { actorId: ctx.actor.id, ip: ctx.ip, action: 'note', resource: 'cases', resourceId: id, after: { note: text } });
    return event;
  });
}
