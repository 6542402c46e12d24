/**
 * The lifecycle buttons of an inspection page, each with its key (listed under "?"), shown only
 * for the moves the signed-in user may make on this parcel now (./moves.ts). The verdict is taken
 * at the workstation, where the measurements are entered.
 */
import ScaleIcon from '@mui/icons-material/Scale';
import { TopToolbar, useRecordContext } from 'react-admin';
import type { InspectionRecord } from '../../domain/inspections';
import { ActionButton } from '../common/ActionButton';
import { ActionPromptButton } from '../common/PromptButton';
import { useShortcuts } from '../common/shortcuts/useShortcuts';
import { useStaffUser } from '../common/useActor';
import { EVENT_ICON } from './eventIcons';
import { allowedMoves, workstationPath } from './moves';
import { useInspectionAction } from './useInspectionAction';

export function InspectionShowActions() {
  const record = useRecordContext<InspectionRecord>();
  const moves = allowedMoves(useStaffUser(), record);
  return (
    <TopToolbar>
      {moves.includes('receive') && <MoveButton move="receive" shortcut="r" />}
      {moves.includes('start') && <MoveButton move="start" shortcut="s" />}
      {moves.includes('verdict') && record && (
        <ActionButton label="td.inspections.actions.verdict" icon={<ScaleIcon />} variant="contained" to={workstationPath(record.id)} />
      )}
      {moves.includes('ship') && <ShipButton />}
      {moves.includes('return') && <MoveButton move="return" />}
    </TopToolbar>
  );
}

function MoveButton({ move, shortcut }: { move: 'receive' | 'start' | 'return'; shortcut?: string }) {
  const { run, isPending } = useInspectionAction();
  const Icon = EVENT_ICON[move];
  const act = () => run({ action: move, success: `td.inspections.done.${move}` });
  useShortcuts(shortcut ? [{ key: shortcut, description: `td.inspections.actions.${move}`, run: () => void (isPending || act()) }] : []);
  return <ActionButton label={`td.inspections.actions.${move}`} icon={<Icon />} shortcut={shortcut} variant="contained" disabled={isPending} onClick={act} />;
}

/** Shipping a passed item records the seal of its tamper-evident package (shown to the buyer with the certificate). */
function ShipButton() {
  const Icon = EVENT_ICON.ship;
  return (
    <ActionPromptButton
      resource="inspections"
      messages="td.inspections"
      name="ship"
      icon={<Icon />}
      variant="contained"
      fieldLabel="resources.inspections.fields.sealNo"
      request={(sealNo) => ({ action: 'ship', data: { sealNo }, success: 'td.inspections.done.ship' })}
    />
  );
}
