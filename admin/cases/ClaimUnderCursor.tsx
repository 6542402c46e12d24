/** "c" in the case queue: claim the case under the list cursor (the focused row), when the reader may. */
import { useListContext } from 'react-admin';
import { canClaim, type CaseRecord } from '../../domain/cases';
import { focusedRowLink } from '../common/list/useListKeys';
import { useShortcuts } from '../common/shortcuts/useShortcuts';
import { useActor } from '../common/useActor';
import { useCaseAction } from './useCaseAction';

export function ClaimUnderCursor() {
  const { data = [] } = useListContext<CaseRecord>();
  const actor = useActor();
  const { run } = useCaseAction();
  useShortcuts([
    {
      key: 'c',
      description: 'td.shortcuts.claim',
      run: () => {
        const id = focusedRowLink()?.dataset.recordId;
        const target = data.find((c) => String(c.id) === id);
        if (!target || !actor || !canClaim(actor, target)) return false;
        run({ action: 'claim', success: 'td.cases.done.claimed', target });
      },
    },
  ]);
  return null;
}
