/**
 * "New policy version": starts from the version in force; saving appends the next version
 * (pessimistic, so the server's field errors land on the inputs).
 */
import { Alert, LinearProgress } from '@mui/material';
import { Create, SimpleForm, useCanAccess, useNotify, useRedirect } from 'react-admin';
import { useCurrentPolicy, useViolationTypes } from '../common/usePenaltyPolicy';
import { PolicyInputs } from './PolicyInputs';
import { policyDefaults, toPolicyPayload, type PolicyValues } from './policyForm';

export default function PolicyCreate() {
  // Asked only of those who may create (others see "Access denied" and ask nothing).
  const { canAccess } = useCanAccess({ resource: 'penalty-policies', action: 'create' });
  const { policy, isPending, error } = useCurrentPolicy({ enabled: canAccess === true });
  const { types, isPending: typesPending } = useViolationTypes();
  const notify = useNotify();
  const redirect = useRedirect();
  const onSuccess = (created: { id: number }) => {
    notify('td.policies.created', { type: 'success', messageArgs: { id: created.id } });
    redirect('show', 'penalty-policies', created.id);
  };
  return (
    <Create
      title="td.policies.new_version"
      mutationMode="pessimistic"
      mutationOptions={{ onSuccess }}
      transform={(data) => toPolicyPayload(data as PolicyValues)}
    >
      {error ? (
        // The next version starts from this one: without it there is nothing sound to prefill.
        <Alert severity="error" sx={{ m: 2 }}>
          {error.message}
        </Alert>
      ) : isPending || typesPending || !policy ? (
        <LinearProgress sx={{ m: 2 }} />
      ) : (
        <SimpleForm
          defaultValues={policyDefaults(
            policy,
            types.map((t) => t.code),
          )}
        >
          <PolicyInputs />
        </SimpleForm>
      )}
    </Create>
  );
}
