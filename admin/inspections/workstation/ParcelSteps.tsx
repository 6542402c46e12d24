/**
 * The next step for the parcel on the desk, its main control focused so that Enter takes it:
 * receive, start, the verdict, ship with the seal number, or return to the merchant. Someone who
 * may not move this parcel (another role, another warehouse) sees where it stands, no buttons.
 */
import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { InspectionRecord } from '../../../domain/inspections';
import type { OrderRecord } from '../../../domain/orders';
import { useShortcuts } from '../../common/shortcuts/useShortcuts';
import { useStaffUser } from '../../common/useActor';
import { EVENT_ICON } from '../eventIcons';
import { allowedMoves } from '../moves';
import { useParcelMove } from './useParcelMove';
import { VerdictForm } from './VerdictForm';

interface ParcelStepsProps {
  inspection: InspectionRecord;
  order: OrderRecord;
  onDecided: (decided: InspectionRecord) => void;
}

export function ParcelSteps({ inspection, order, onDecided }: ParcelStepsProps) {
  const translate = useTranslate();
  const moves = allowedMoves(useStaffUser(), inspection);
  // Keyed by the step: each mounts afresh, so its control takes the focus.
  if (moves.includes('receive')) return <MoveStep key="receive" inspection={inspection} move="receive" shortcut="r" />;
  if (moves.includes('start')) return <MoveStep key="start" inspection={inspection} move="start" shortcut="s" />;
  if (moves.includes('verdict')) return <VerdictForm key={`verdict-${inspection.id}`} inspection={inspection} order={order} onDecided={onDecided} />;
  if (moves.includes('ship')) return <ShipStep key="ship" inspection={inspection} />;
  if (moves.includes('return')) return <MoveStep key="return" inspection={inspection} move="return" />;
  return (
    <Typography color="text.secondary">
      {translate(['shipped', 'returned'].includes(inspection.status) ? 'td.workstation.done_here' : 'td.workstation.not_yours')}
    </Typography>
  );
}

/** One button, focused: Enter (or its key) makes the move. */
function MoveStep({ inspection, move, shortcut }: { inspection: InspectionRecord; move: 'receive' | 'start' | 'return'; shortcut?: string }) {
  const translate = useTranslate();
  const { run, isPending, error } = useParcelMove(inspection.id);
  const Icon = EVENT_ICON[move];
  const act = () => void (isPending || run(move));
  useShortcuts(shortcut ? [{ key: shortcut, description: `td.inspections.actions.${move}`, run: act }] : []);
  return (
    <Box sx={{ display: 'grid', gap: 1, justifyItems: 'start' }}>
      <Typography variant="body2" color="text.secondary">
        {translate(`td.workstation.step_${move}`)}
      </Typography>
      <Button autoFocus variant="contained" size="large" startIcon={<Icon />} disabled={isPending} onClick={act}>
        {translate(`td.inspections.actions.${move}`)}
        {shortcut && <Kbd>{shortcut}</Kbd>}
      </Button>
      {error && (
        <Alert severity="error" role="alert">
          {error.message}
        </Alert>
      )}
    </Box>
  );
}

/** A passed item leaves in the platform's tamper-evident package: its seal number, then Enter. */
function ShipStep({ inspection }: { inspection: InspectionRecord }) {
  const translate = useTranslate();
  const [sealNo, setSealNo] = useState('');
  const { run, isPending, error } = useParcelMove(inspection.id);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!isPending) void run('ship', { sealNo: sealNo.trim() });
  };
  const Icon = EVENT_ICON.ship;
  return (
    <Box component="form" onSubmit={submit} noValidate sx={{ display: 'grid', gap: 1.5 }}>
      <Typography variant="body2" color="text.secondary">
        {translate('td.workstation.step_ship', { no: inspection.certificateNo ?? '—' })}
      </Typography>
      <TextField
        autoFocus
        label={translate('resources.inspections.fields.sealNo')}
        value={sealNo}
        onChange={(e) => setSealNo(e.target.value)}
        error={!!error?.fields.sealNo}
        helperText={error?.fields.sealNo ?? ' '}
        slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false }, input: { sx: { fontFamily: 'monospace' } } }}
      />
      {error && !error.fields.sealNo && (
        <Alert severity="error" role="alert">
          {error.message}
        </Alert>
      )}
      <Box>
        <Button type="submit" variant="contained" startIcon={<Icon />} disabled={isPending}>
          {translate('td.inspections.actions.ship')}
        </Button>
      </Box>
    </Box>
  );
}

export const Kbd = ({ children }: { children: string }) => (
  <Box component="kbd" sx={{ ml: 1, px: 0.6, border: 1, borderColor: 'currentColor', borderRadius: 0.5, fontFamily: 'monospace', fontSize: 12, opacity: 0.8 }}>
    {children}
  </Box>
);
