import type { RaRecord } from 'react-admin';
import type { PenaltyType } from '../../domain/penalties';

export interface LadderStep {
  minPoints: number;
  type: PenaltyType;
  durationDays: number | null;
}

/** One version of the penalty policy (append-only: a new version replaces the one in force). */
export interface PolicyRecord extends RaRecord<number> {
  windowDays: number;
  appealWindowDays: number;
  points: Record<string, number>;
  ladder: LadderStep[];
  directBanTypes: string[];
  note: string | null;
  createdById: number | null;
  createdAt: string;
}
