/**
 * The case workflow's audit entries (server/cases/service.ts): opened, claimed or assigned, the
 * evidence edit, notes, resolutions and reopening, each replayed on the case as it stood then.
 * The moves a penalty makes (confirmed → penalized and back) are audited with the penalty
 * (./enforcement.ts), in its transaction.
 */
import { dueAtFor, type CaseEventData, type Severity } from '../../domain/cases';
import type { AuditEntry } from '../../server/audit/audit';
import { caseShape } from '../../server/cases/schema';
import type { JsonRecord } from '../../server/http/shape';
import type { CaseRow } from '../cases';
import type { EventRow } from '../lifecycle';
import { camelState, entry, snapshot, timelinesBy, type Change } from './change';

const PENALTY_MOVES = new Set(['penalty_issued', 'ban_rejected']);

/** The case when it was opened: nobody on it yet, its first due date and the evidence it came with. */
function openingState(row: CaseRow, openingEvidence: string | undefined): JsonRecord {
  return {
    ...camelState(row),
    status: 'open',
    assigneeId: null,
    resolvedAt: null,
    resolution: null,
    dueAt: dueAtFor(row.severity, new Date(row.opened_at)).toISOString(),
    evidence: JSON.parse(openingEvidence ?? row.evidence),
    version: 1,
    updatedAt: row.opened_at,
  };
}

/** What the event changed on the case, and the audit action the server names it by. */
function applyEvent(state: JsonRecord, e: EventRow, finalEvidence: unknown): string {
  const data: CaseEventData = e.data ? JSON.parse(e.data) : {};
  switch (e.kind) {
    case 'claimed':
      Object.assign(state, { status: 'in_review', assigneeId: e.actor_id });
      return 'claim';
    case 'assigned':
      Object.assign(state, { status: 'in_review', assigneeId: data.assigneeId });
      return 'assign';
    case 'edited':
      state.evidence = finalEvidence;
      return 'update';
    default:
      if (data.move === 'reopen') {
        const dueAt = dueAtFor(state.severity as Severity, new Date(e.at)).toISOString();
        Object.assign(state, { status: 'open', assigneeId: null, resolvedAt: null, resolution: null, dueAt });
      } else Object.assign(state, { status: e.to, resolvedAt: e.at, resolution: e.note });
      return `transition:${e.to}`;
  }
}

function caseEntries(state: JsonRecord, e: EventRow, finalEvidence: unknown): AuditEntry[] {
  const id = state.id as number;
  if (e.kind === 'opened') return [entry(e.actor_id, 'create', 'cases', id, null, snapshot(caseShape, state, e.at))];
  if (e.kind === 'note') return [entry(e.actor_id, 'note', 'cases', id, null, { note: e.note })];
  const before = snapshot(caseShape, state, e.at);
  const action = applyEvent(state, e, finalEvidence);
  Object.assign(state, { version: (state.version as number) + 1, updatedAt: e.at });
  return [entry(e.actor_id, action, 'cases', id, before, snapshot(caseShape, state, e.at))];
}

export function caseChanges(cases: CaseRow[], events: EventRow[], openingEvidence: Map<number, string>): Change[] {
  const timelines = timelinesBy(events, (e) => e.case_id);
  return cases.flatMap((row) => {
    const state = openingState(row, openingEvidence.get(row.id));
    const finalEvidence = JSON.parse(row.evidence);
    return (timelines.get(row.id) ?? [])
      .filter((e) => !(e.data && PENALTY_MOVES.has(JSON.parse(e.data).move)))
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
      .map((e): Change => ({ at: e.at, entries: () => caseEntries(state, e, finalEvidence) }));
  });
}
