/**
 * Issue a penalty citing one or several confirmed cases of one merchant. Shows the policy's
 * suggestion for those cases and the merchant's counted history, prefills the form from it, offers
 * no ban where one would be refused, and posts once per opening (one Idempotency-Key), so a double
 * click or a retry creates one penalty.
 */
import { useMemo, useRef, useState } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Stack } from '@mui/material';
import GavelIcon from '@mui/icons-material/Gavel';
import { Form, ResourceContextProvider, useCreate, useGetOne, useNotify, useTranslate, type HttpError } from 'react-admin';
import { useFormState } from 'react-hook-form';
import type { CaseRecord } from '../../../domain/cases';
import type { MerchantRecord } from '../../../domain/merchants';
import type { PenaltyRecord } from '../../../domain/penalties';
import { newIdempotencyKey } from '../../common/idempotency';
import { IssuePenaltyFields } from './IssuePenaltyFields';
import { defaultsFrom, splitServerErrors, toPenaltyPayload, type IssueValues } from './issuePayload';
import { CountedHistory, SuggestionPanel } from './SuggestionPanel';
import { useSuggestedPenalty } from './useSuggestedPenalty';

export interface PenaltyTarget {
  merchantId: number;
  cases: Pick<CaseRecord, 'id'>[];
}

interface IssuePenaltyDialogProps {
  target: PenaltyTarget | null;
  onClose: () => void;
  onIssued: (penalty: PenaltyRecord) => void;
  /** Offers "Issue & next": after issuing, the next case of the queue (instead of `onIssued`'s stay). */
  onNext?: () => void;
}

export function IssuePenaltyDialog({ target, onClose, onIssued, onNext }: IssuePenaltyDialogProps) {
  const translate = useTranslate();
  const { data: merchant } = useGetOne<MerchantRecord>('merchants', { id: target?.merchantId }, { enabled: !!target });
  return (
    <Dialog open={!!target} onClose={onClose} fullWidth maxWidth="lg">
      <DialogTitle>
        {target &&
          translate('td.penalties.issue.title', {
            merchant: merchant ? `${merchant.nickname} (${merchant.id})` : target.merchantId,
            cases: target.cases.map((c) => `#${c.id}`).join(', '),
            smart_count: target.cases.length,
          })}
      </DialogTitle>
      {/* Mounted per opening (the Dialog unmounts its content when closed): a fresh key each time. */}
      {target && <IssuePenaltyForm target={target} merchant={merchant} onClose={onClose} onIssued={onIssued} onNext={onNext} />}
    </Dialog>
  );
}

interface IssuePenaltyFormProps extends Omit<IssuePenaltyDialogProps, 'target'> {
  target: PenaltyTarget;
  merchant?: MerchantRecord;
}

function IssuePenaltyForm({ target, merchant, onClose, onIssued, onNext }: IssuePenaltyFormProps) {
  const notify = useNotify();
  const translate = useTranslate();
  const [create] = useCreate<PenaltyRecord>();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [problems, setProblems] = useState<string[]>([]);
  // Which submit button was pressed: "Issue penalty" or "Issue & next" (both submit the one form).
  const andNext = useRef(false);
  const caseIds = target.cases.map((c) => c.id);
  const suggestion = useSuggestedPenalty(target.merchantId, caseIds);
  // Stable once loaded: react-admin's Form resets whenever its default values change (and they hold "now").
  const defaults = useMemo(() => defaultsFrom(suggestion.data), [suggestion.data]);
  const banAllowed = !suggestion.data?.banRefused && merchant?.status !== 'banned';

  const submit = async (values: Record<string, unknown>) => {
    setProblems([]);
    try {
      const data = toPenaltyPayload(values as unknown as IssueValues, target.merchantId, caseIds);
      // With `returnPromise` the created record comes back (react-admin types it as possibly void).
      const penalty = (await create('penalties', { data, meta: { idempotencyKey } }, { returnPromise: true })) as PenaltyRecord;
      notify(`td.penalties.done.${penalty.status === 'pending_approval' ? 'issued_pending' : 'issued'}`, { type: 'success', messageArgs: { id: penalty.id } });
      onIssued(penalty);
      if (andNext.current) onNext?.();
    } catch (error) {
      const { body, message } = error as HttpError;
      const { form, other } = splitServerErrors(body?.errors);
      // Field errors go next to their inputs; anything else (a case that changed meanwhile: 409) above the form.
      setProblems(Object.keys(form).length ? other : [message]);
      return form;
    }
  };

  if (suggestion.isPending)
    return (
      <DialogContent>
        <LinearProgress />
      </DialogContent>
    );
  return (
    <ResourceContextProvider value="penalties">
      <Form defaultValues={defaults} onSubmit={submit}>
        <DialogContent
          dividers
          sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 3, alignItems: 'start' }}
          onKeyDown={(e) => {
            // Ctrl+Enter (⌘+Enter), as in the confirm and dismiss dialogs: issue, and the next case when offered.
            if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
            e.preventDefault();
            andNext.current = !!onNext;
            e.currentTarget.closest('form')?.requestSubmit();
          }}
        >
          <Stack spacing={2}>
            {suggestion.data && <SuggestionPanel suggestion={suggestion.data} />}
            {suggestion.data && <CountedHistory suggestion={suggestion.data} />}
            {suggestion.error && <Alert severity="warning">{suggestion.error.message}</Alert>}
          </Stack>
          <Box>
            {problems.map((p) => (
              <Alert key={p} severity="error" sx={{ mb: 2 }}>
                {p}
              </Alert>
            ))}
            <IssuePenaltyFields suggestedType={suggestion.data?.type} banAllowed={banAllowed} />
          </Box>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <SubmitButton
            variant={onNext ? 'outlined' : 'contained'}
            onClick={() => {
              andNext.current = false;
            }}
          />
          {onNext && (
            <SubmitButton
              next
              onClick={() => {
                andNext.current = true;
              }}
            />
          )}
        </DialogActions>
      </Form>
    </ResourceContextProvider>
  );
}

interface SubmitButtonProps {
  /** "Issue & next" rather than "Issue penalty". */
  next?: boolean;
  variant?: 'outlined' | 'contained';
  onClick: () => void;
}

/** Disabled while the request runs: the first click counts, the key covers the rest. */
function SubmitButton({ next = false, variant = 'contained', onClick }: SubmitButtonProps) {
  const translate = useTranslate();
  const { isSubmitting } = useFormState();
  const label = translate('td.penalties.actions.issue');
  return (
    <Button type="submit" variant={variant} color="warning" startIcon={<GavelIcon />} disabled={isSubmitting} onClick={onClick}>
      {next ? translate('td.common.and_next', { action: label }) : label}
    </Button>
  );
}
