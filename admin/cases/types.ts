import type { RaRecord } from 'react-admin';
import type { CaseStatus, Severity } from '../../domain/cases';

export interface EvidenceItem {
  kind: 'text' | 'url' | 'image';
  text?: string | null;
  url?: string | null;
}

/** A case as the API returns it (docs/api.md). */
export interface CaseRecord extends RaRecord<number> {
  merchantId: number;
  categoryId: number;
  violationTypeId: number;
  source: string;
  inspectionId: number | null;
  orderId: string | null;
  severity: Severity;
  status: CaseStatus;
  assigneeId: number | null;
  summary: string;
  evidence: EvidenceItem[];
  openedAt: string;
  dueAt: string | null;
  resolvedAt: string | null;
  resolution: string | null;
  version: number;
  overdue: boolean;
}

export interface CaseEvent extends RaRecord<number> {
  caseId: number;
  actorId: number | null;
  at: string;
  kind: 'opened' | 'claimed' | 'assigned' | 'status' | 'note' | 'edited';
  from: string | null;
  to: string | null;
  note: string | null;
}
