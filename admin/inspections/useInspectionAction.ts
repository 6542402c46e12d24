/** Lifecycle moves on the inspection in context (none carries a version: the server's compare-and-set on the status guards them). */
import { useRecordAction, type RecordActionRequest } from '../common/useRecordAction';

export interface InspectionActionRequest extends RecordActionRequest {
  action: 'receive' | 'start' | 'verdict' | 'ship' | 'return';
}

export function useInspectionAction() {
  const { run, isPending } = useRecordAction('inspections');
  return { run: (request: InspectionActionRequest) => run(request), isPending };
}
