/** Workflow actions on the case in context: each carries the case's `version`, except notes. */
import { useRecordAction, type RecordActionRequest } from '../common/useRecordAction';

export interface CaseActionRequest extends RecordActionRequest {
  action: 'claim' | 'assign' | 'transition' | 'notes';
}

/** Notes add to the timeline without changing the case, so they carry no version. */
export const isVersionedCaseAction = (action: string) => action !== 'notes';

export function useCaseAction() {
  const { run, isPending } = useRecordAction('cases', isVersionedCaseAction);
  return { run: (request: CaseActionRequest) => run(request), isPending };
}
