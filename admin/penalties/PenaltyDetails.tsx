/**
 * The head of a penalty page: what, to whom, for how long, why, the violations, and (for those
 * who read cases and the policy: not comms) the cases it cites and the policy version it priced.
 */
import { Box, Stack, Typography } from '@mui/material';
import { Labeled, Link, NumberField, useCanAccess, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import type { PenaltyRecord } from '../../domain/penalties';
import { DateTimeField } from '../common/DateTimeField';
import { EnumChip } from '../common/enumFields';
import { MerchantField, MoneyField, UserNameField } from '../common/fields';
import { CitedCasesField, ViolationTypesField } from './fields';

/** `link`: the title opens the penalty's page (when shown on another page, e.g. an appeal's). */
export function PenaltyDetails({ link = false }: { link?: boolean }) {
  const record = useRecordContext<PenaltyRecord>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canAccess: mayReadCases } = useCanAccess({ resource: 'cases', action: 'show' });
  const { canAccess: mayReadPolicy } = useCanAccess({ resource: 'penalty-policies', action: 'show' });
  if (!record) return null;
  const title = translate('td.penalties.title', { id: record.id });
  return (
    <Stack spacing={2}>
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
        <Typography variant="h5" component="h2" sx={{ mr: 1 }}>
          {link ? <Link to={createPath({ resource: 'penalties', id: record.id, type: 'show' })}>{title}</Link> : title}
        </Typography>
        <EnumChip namespace="penaltyType" source="type" />
        <EnumChip namespace="penaltyStatus" source="status" />
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', sm: 'repeat(3, 1fr)' }, gap: 1 }}>
        <Labeled>
          <MerchantField source="merchantId" />
        </Labeled>
        <Labeled>
          <NumberField source="points" />
        </Labeled>
        {record.type === 'fine' && (
          <Labeled source="fineCents">
            <MoneyField />
          </Labeled>
        )}
        <Labeled>
          <DateTimeField source="startsAt" />
        </Labeled>
        <Labeled>
          <DateTimeField source="endsAt" />
        </Labeled>
        <Labeled>
          <UserNameField source="issuedById" />
        </Labeled>
        <Labeled>
          <DateTimeField source="createdAt" />
        </Labeled>
        {mayReadPolicy && (
          <Labeled source="policyId">
            {record.policyId ? (
              <Link to={createPath({ resource: 'penalty-policies', id: record.policyId, type: 'show' })}>
                {translate('td.policies.version', { id: record.policyId })}
              </Link>
            ) : (
              <span>—</span>
            )}
          </Labeled>
        )}
      </Box>
      <Labeled source="reason" fullWidth>
        <Typography variant="body1" sx={{ whiteSpace: 'pre-wrap' }}>
          {record.reason}
        </Typography>
      </Labeled>
      <Labeled source="violationTypeIds" fullWidth>
        <ViolationTypesField />
      </Labeled>
      {mayReadCases && (
        <Labeled source="caseIds" fullWidth>
          <CitedCasesField />
        </Labeled>
      )}
    </Stack>
  );
}
