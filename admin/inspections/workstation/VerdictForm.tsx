/**
 * The verdict at the bench, keyboard first: material (type and Enter), weight, and the comparison
 * proposes pass or fail and the failure reason at once; the inspector keeps or changes them, adds
 * the certificate number (a pass) or confirms the reason (a failure), notes and photos, and Enter
 * records it. Server refusals show at their field, in the reader's language.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Box, Button, FormControlLabel, InputAdornment, MenuItem, Radio, RadioGroup, TextField, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { InspectionRecord, InspectionResult } from '../../../domain/inspections';
import type { OrderRecord } from '../../../domain/orders';
import type { ViolationTypeRecord } from '../../../domain/reference';
import { newIdempotencyKey } from '../../common/idempotency';
import { useLocalizedName } from '../../common/localizedName';
import { Comparison } from '../Comparison';
import { useViolationTypeName } from '../fields';
import { MaterialPicker } from './MaterialPicker';
import { NotesInputs } from './NotesInputs';
import { draftComparison, EMPTY_DRAFT, effectiveVerdict, parseGrams, verdictBody, type VerdictDraft } from './verdictDraft';
import { useParcelMove } from './useParcelMove';

interface VerdictFormProps {
  inspection: InspectionRecord;
  order: OrderRecord;
  onDecided: (decided: InspectionRecord) => void;
}

/** Where the focus goes when the server names a field. */
const FIELD_IDS: Record<string, string> = { certificateNo: 'verdict-certificate', measuredWeightGrams: 'verdict-weight', failureReason: 'verdict-reason' };

export function VerdictForm({ inspection, order, onDecided }: VerdictFormProps) {
  const translate = useTranslate();
  const name = useLocalizedName();
  const reasonName = useViolationTypeName();
  const [draft, setDraft] = useState<VerdictDraft>(EMPTY_DRAFT);
  const [key] = useState(newIdempotencyKey);
  const form = useRef<HTMLFormElement>(null);
  const { run, isPending, error } = useParcelMove(inspection.id);
  const { data: reasons = [] } = useGetList<ViolationTypeRecord>('violation-types', {
    sort: { field: 'id', order: 'ASC' },
    pagination: { page: 1, perPage: 200 },
  });
  const declared = { declaredMaterial: order.declaredMaterial, declaredWeightGrams: Number(order.declaredWeightGrams) };
  const comparison = draftComparison(declared, draft);
  const { result, failureReason } = effectiveVerdict(draft, comparison);
  const proposed = comparison?.proposedFailureReason ?? null;
  const set = (change: Partial<VerdictDraft>) => setDraft((d) => ({ ...d, ...change }));
  const errors = error?.fields ?? {};

  useEffect(() => {
    const first = Object.keys(error?.fields ?? {}).find((f) => FIELD_IDS[f]);
    if (first) document.getElementById(FIELD_IDS[first])?.focus();
  }, [error]);

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (isPending) return;
    const decided = await run('verdict', verdictBody(draft, comparison), key);
    if (decided) onDecided(decided);
  };

  const grams = parseGrams(draft.weight);
  const submitLabel =
    result === 'passed'
      ? translate('td.workstation.record_pass')
      : translate('td.workstation.record_fail', { reason: failureReason ? reasonName(failureReason) : '…' });
  return (
    <Box component="form" ref={form} onSubmit={submit} noValidate aria-label={translate('td.workstation.verdict')} sx={{ display: 'grid', gap: 2 }}>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '2fr 1fr' }, gap: 2 }}>
        <MaterialPicker autoFocus value={draft.measuredMaterial} onChange={(code) => set({ measuredMaterial: code })} error={errors.measuredMaterial} />
        <TextField
          id="verdict-weight"
          required
          label={translate('resources.inspections.fields.measuredWeightGrams')}
          value={draft.weight}
          onChange={(e) => set({ weight: e.target.value })}
          error={!!errors.measuredWeightGrams || (draft.weight !== '' && grams == null)}
          helperText={errors.measuredWeightGrams ?? (draft.weight !== '' && grams == null ? translate('td.workstation.weight_hint') : ' ')}
          slotProps={{ htmlInput: { inputMode: 'decimal', autoComplete: 'off' }, input: { endAdornment: <InputAdornment position="end">g</InputAdornment> } }}
        />
      </Box>
      <Comparison
        declared={{ material: declared.declaredMaterial, weightGrams: declared.declaredWeightGrams }}
        measured={{ material: draft.measuredMaterial, weightGrams: grams }}
        comparison={comparison}
      />
      <RadioGroup
        row
        value={result}
        onChange={(e) => set({ result: e.target.value as InspectionResult })}
        aria-label={translate('resources.inspections.fields.result')}
      >
        <FormControlLabel value="passed" control={<Radio color="success" />} label={translate('td.workstation.pass')} />
        <FormControlLabel value="failed" control={<Radio color="error" />} label={translate('td.workstation.fail')} />
      </RadioGroup>
      {result === 'passed' ? (
        <TextField
          id="verdict-certificate"
          label={translate('resources.inspections.fields.certificateNo')}
          value={draft.certificateNo}
          onChange={(e) => set({ certificateNo: e.target.value })}
          error={!!errors.certificateNo}
          helperText={errors.certificateNo ?? translate('td.workstation.certificate_hint')}
          slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false }, input: { sx: { fontFamily: 'monospace' } } }}
        />
      ) : (
        <TextField
          id="verdict-reason"
          select
          label={translate('resources.inspections.fields.failureReason')}
          value={reasons.some((r) => r.code === failureReason) ? failureReason : ''}
          onChange={(e) => set({ failureReason: e.target.value })}
          error={!!errors.failureReason}
          helperText={
            errors.failureReason ??
            (proposed && proposed === failureReason
              ? translate('td.workstation.reason_proposed')
              : proposed
                ? translate('td.workstation.reason_changed', { reason: reasonName(proposed) })
                : translate('td.workstation.reason_needed'))
          }
        >
          {reasons.map((r) => (
            <MenuItem key={r.code} value={r.code}>
              {name(r)}
            </MenuItem>
          ))}
        </TextField>
      )}
      <NotesInputs publicNote={draft.publicNote} internalNote={draft.internalNote} onChange={set} errors={errors} onSubmitShortcut={() => void submit()} />
      {error && (
        <Alert severity="error" role="alert">
          {error.message}
        </Alert>
      )}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Button type="submit" variant="contained" size="large" color={result === 'passed' ? 'success' : 'error'} disabled={isPending}>
          {submitLabel}
        </Button>
        <Typography variant="caption" color="text.secondary">
          {translate('td.workstation.enter_records')}
        </Typography>
      </Box>
    </Box>
  );
}
