/**
 * "Issue penalty": on a confirmed case's page, and as a bulk action of the queue for confirmed
 * cases of one merchant (a penalty cites cases of a single merchant). Both open the same dialog.
 */
import { useState } from 'react';
import GavelIcon from '@mui/icons-material/Gavel';
import { useListContext, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { CaseRecord } from '../../domain/cases';
import { ActionButton } from '../common/ActionButton';
import { useShortcuts } from '../common/shortcuts/useShortcuts';
import { IssuePenaltyDialog, type PenaltyTarget } from '../penalties/issue/IssuePenaltyDialog';
import { useSelectedRecords } from './runOnMany';

/** On the case page (key p); `onNext` offers "Issue & next": the next case of the queue once issued. */
export function IssuePenaltyButton({ onNext }: { onNext?: () => void }) {
  const record = useRecordContext<CaseRecord>();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  useShortcuts([{ key: 'p', description: 'td.penalties.actions.issue', run: () => setOpen(true) }]);
  if (!record) return null;
  const target: PenaltyTarget = { merchantId: record.merchantId, cases: [record] };
  return (
    <>
      <ActionButton label="td.penalties.actions.issue" icon={<GavelIcon />} shortcut="p" variant="contained" color="warning" onClick={() => setOpen(true)} />
      <IssuePenaltyDialog
        target={open ? target : null}
        onClose={() => setOpen(false)}
        onNext={onNext}
        onIssued={() => {
          setOpen(false);
          refresh();
        }}
      />
    </>
  );
}

export function BulkIssuePenaltyButton() {
  const { onUnselectItems } = useListContext();
  const selectedRecords = useSelectedRecords<CaseRecord>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [target, setTarget] = useState<PenaltyTarget | null>(null);
  const [checking, setChecking] = useState(false);

  const open = async () => {
    setChecking(true);
    try {
      const cases = await selectedRecords();
      const problem = whyNot(cases);
      if (problem) notify(problem.message, { type: 'warning', messageArgs: problem.args });
      else setTarget({ merchantId: cases[0].merchantId, cases });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setChecking(false);
    }
  };
  const issued = () => {
    setTarget(null);
    onUnselectItems();
    refresh();
  };
  return (
    <>
      <ActionButton label="td.penalties.actions.issue" icon={<GavelIcon />} disabled={checking} onClick={open} />
      <IssuePenaltyDialog target={target} onClose={() => setTarget(null)} onIssued={issued} />
    </>
  );
}

/** One penalty cites confirmed cases of one merchant: say which rule the selection breaks. */
function whyNot(cases: CaseRecord[]): { message: string; args?: Record<string, unknown> } | null {
  const unconfirmed = cases.filter((c) => c.status !== 'confirmed');
  if (unconfirmed.length) return { message: 'td.penalties.issue.only_confirmed', args: { cases: unconfirmed.map((c) => `#${c.id}`).join(', ') } };
  if (new Set(cases.map((c) => c.merchantId)).size > 1) return { message: 'td.penalties.issue.one_merchant' };
  return null;
}
