import type { RaRecord } from 'react-admin';
import type { PenaltyStatus, PenaltyType } from '../../domain/penalties';

/** A penalty as the API returns it (docs/api.md, Enforcement). */
export interface PenaltyRecord extends RaRecord<number> {
  merchantId: number;
  caseIds: number[];
  type: PenaltyType;
  fineCents: number | null;
  startsAt: string;
  endsAt: string | null;
  reason: string;
  status: PenaltyStatus;
  points: number;
  policyId: number | null;
  issuedById: number;
  approvedById: number | null;
  decidedAt: string | null;
  decisionNote: string | null;
  revokedAt: string | null;
  revokedById: number | null;
  revokeReason: string | null;
  version: number;
  createdAt: string;
}

export interface AppealRecord extends RaRecord<number> {
  penaltyId: number;
  statement: string;
  status: 'pending' | 'upheld' | 'overturned';
  filedAt: string;
  filedById: number;
  decidedAt: string | null;
  decidedById: number | null;
  decisionNote: string | null;
}

export type { PastPenalty as CountedPenalty, Suggestion } from '../../domain/policy';
