/**
 * A violation type's points are not its own: the penalty policy in force prices each type by code
 * (domain/policy.ts). Shown here read-only, with the way to change them: a new policy version.
 */
import type { MouseEvent } from 'react';
import { Alert, Typography } from '@mui/material';
import { Link, useCanAccess, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import type { ViolationTypeRecord } from '../../domain/reference';
import { pointsFor } from '../../domain/policy';
import type { FieldProps } from '../common/fields';
import { useCurrentPolicy } from '../common/usePenaltyPolicy';

/** The list column: the points in force, opening the policy. */
export function PolicyPointsField(_props: FieldProps) {
  const record = useRecordContext<ViolationTypeRecord>();
  const createPath = useCreatePath();
  const { policy } = useCurrentPolicy();
  if (!record || !policy) return null;
  return (
    // The row opens the type's form; the link opens the policy instead.
    <Link to={createPath({ resource: 'penalty-policies', id: policy.id, type: 'show' })} onClick={(e: MouseEvent) => e.stopPropagation()}>
      {pointsFor(policy, record.code)}
    </Link>
  );
}

/** In the form: where points are set, and (for an existing type) what the policy in force gives it. */
export function PolicyPointsNote() {
  const record = useRecordContext<ViolationTypeRecord>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canAccess: readsPolicy } = useCanAccess({ resource: 'penalty-policies', action: 'show' });
  const { policy } = useCurrentPolicy({ enabled: readsPolicy });
  return (
    <Alert severity="info" sx={{ mb: 2, width: '100%', maxWidth: 640 }}>
      {translate('td.violationTypes.points_in_policy')}
      {policy && record?.code && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {translate('td.violationTypes.points_now', { policy: policy.id, smart_count: pointsFor(policy, record.code) })}{' '}
          <Link to={createPath({ resource: 'penalty-policies', id: policy.id, type: 'show' })}>{translate('td.violationTypes.open_policy')}</Link>
        </Typography>
      )}
    </Alert>
  );
}
