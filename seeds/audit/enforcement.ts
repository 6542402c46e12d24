/**
 * Penalties' and appeals' audit entries (server/penalties/service.ts, expiry.ts,
 * server/appeals/service.ts): issued with the cited cases' moves, approved or rejected (a rejection
 * gives the cases back), expired by the system, revoked by a manager or by an overturned appeal in
 * the appeal's transaction.
 */
import type { AuditEntry } from '../../server/audit/audit';
import { appealShape } from '../../server/appeals/schema';
import type { JsonRecord, RecordShape } from '../../server/http/shape';
import { penaltyShape } from '../../server/penalties/schema';
import type { AppealRow } from '../appeals';
import type { PenaltyRow } from '../penalties';
import { camelState, entry, snapshot, type Change } from './change';

/** A versioned write: the record before, the changes, the record after (the server's diff keeps what changed). */
function update(shape: RecordShape, state: JsonRecord, at: string, actorId: number | null, action: string, changes: JsonRecord): AuditEntry {
  const before = snapshot(shape, state, at);
  Object.assign(state, changes, { version: (state.version as number) + 1, updatedAt: at });
  return entry(actorId, action, shape.name, state.id as number, before, snapshot(shape, state, at));
}

/** A cited case moved by the penalty: the server audits the move alone, naming the penalty. */
const caseMove = (actorId: number | null, caseId: number, from: string, to: string, penaltyId: number) =>
  entry(actorId, `transition:${to}`, 'cases', caseId, { status: from }, { status: to, penaltyId });

function revoke(state: JsonRecord, row: PenaltyRow): AuditEntry {
  return update(penaltyShape, state, row.revoked_at!, row.revoked_by_id, 'revoke', {
    status: 'revoked',
    revokedAt: row.revoked_at,
    revokedById: row.revoked_by_id,
    revokeReason: row.revoke_reason,
  });
}

function penaltyChanges(
  row: PenaltyRow,
  caseIds: number[],
  violationTypeIds: number[],
  overturned: boolean,
  nowIso: string,
): { state: JsonRecord; changes: Change[] } {
  const ban = row.type === 'permanent_ban';
  const state: JsonRecord = {
    ...camelState(row),
    caseIds: [...caseIds].sort((a, b) => a - b),
    violationTypeIds,
    status: ban ? 'pending_approval' : 'active',
    approvedById: null,
    decidedAt: null,
    decisionNote: null,
    revokedAt: null,
    revokedById: null,
    revokeReason: null,
    version: 1,
    updatedAt: row.created_at,
  };
  const issuer = row.issued_by_id;
  const changes: Change[] = [
    {
      at: row.created_at,
      entries: () => [
        entry(issuer, 'create', 'penalties', row.id, null, snapshot(penaltyShape, state, row.created_at)),
        ...caseIds.map((caseId) => caseMove(issuer, caseId, 'confirmed', 'penalized', row.id)),
      ],
    },
  ];
  if (row.decided_at) {
    const rejected = row.status === 'rejected';
    const at = row.decided_at;
    changes.push({
      at,
      entries: () => {
        const decision = update(penaltyShape, state, at, row.approved_by_id, rejected ? 'reject' : 'approve', {
          status: rejected ? 'rejected' : 'active',
          approvedById: row.approved_by_id,
          decidedAt: at,
          decisionNote: row.decision_note,
        });
        const cases = state.caseIds as number[];
        return [decision, ...(rejected ? cases.map((caseId) => caseMove(row.approved_by_id, caseId, 'penalized', 'confirmed', row.id)) : [])];
      },
    });
  }
  // The minute job expires a served penalty (as the system, without a new version) unless it was revoked first.
  const endsAt = row.ends_at;
  if (endsAt && endsAt <= nowIso && (!row.revoked_at || endsAt < row.revoked_at)) {
    changes.push({
      at: endsAt,
      entries: () => {
        Object.assign(state, { status: 'expired', updatedAt: endsAt });
        return [entry(null, 'expire', 'penalties', row.id, { status: 'active' }, { status: 'expired' })];
      },
    });
  }
  if (row.revoked_at && !overturned) changes.push({ at: row.revoked_at, entries: () => [revoke(state, row)] });
  return { state, changes };
}

function appealChanges(row: AppealRow, penalty: { row: PenaltyRow; state: JsonRecord }): Change[] {
  const state: JsonRecord = {
    ...camelState(row),
    status: 'pending',
    decidedAt: null,
    decidedById: null,
    decisionNote: null,
    version: 1,
    updatedAt: row.filed_at,
  };
  const changes: Change[] = [
    { at: row.filed_at, entries: () => [entry(row.filed_by_id, 'create', 'appeals', row.id, null, snapshot(appealShape, state, row.filed_at))] },
  ];
  const at = row.decided_at;
  if (at) {
    changes.push({
      at,
      entries: () => [
        update(appealShape, state, at, row.decided_by_id, `decide:${row.status}`, {
          status: row.status,
          decidedAt: at,
          decidedById: row.decided_by_id,
          decisionNote: row.decision_note,
        }),
        // Overturning revokes the penalty in the same transaction.
        ...(row.status === 'overturned' ? [revoke(penalty.state, penalty.row)] : []),
      ],
    });
  }
  return changes;
}

/** `violationTypeOf`: each case's violation type, for a penalty's `violationTypeIds` (distinct, ascending, as the API reads them). */
export function enforcementChanges(
  penalties: PenaltyRow[],
  cited: Map<number, number[]>,
  appeals: AppealRow[],
  now: Date,
  violationTypeOf: Map<number, number>,
): Change[] {
  const overturned = new Set(appeals.filter((a) => a.status === 'overturned').map((a) => a.penalty_id));
  const byId = new Map<number, { row: PenaltyRow; state: JsonRecord }>();
  const changes = penalties.flatMap((row) => {
    const caseIds = cited.get(row.id) ?? [];
    const types = [...new Set(caseIds.map((id) => violationTypeOf.get(id)!))].sort((a, b) => a - b);
    const { state, changes } = penaltyChanges(row, caseIds, types, overturned.has(row.id), now.toISOString());
    byId.set(row.id, { row, state });
    return changes;
  });
  return [...changes, ...appeals.flatMap((a) => appealChanges(a, byId.get(a.penalty_id)!))];
}
