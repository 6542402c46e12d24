/** Fields of the enforcement screens: the penalty a record points to, the cases a penalty cites, its violations. */
import { Box, Chip, Typography } from '@mui/material';
import { Link, ReferenceArrayField, ReferenceField, SingleFieldList, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import type { PenaltyRecord } from '../../domain/penalties';
import { EnumChip } from '../common/enumFields';
import type { FieldProps } from '../common/fields';
import { LocalizedNameField } from '../common/localizedName';

/** "#12" with the type and status chips of the penalty in context (the chips wrap in narrow columns). */
export function PenaltySummary() {
  const record = useRecordContext<PenaltyRecord>();
  if (!record) return null;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', flexWrap: 'wrap', gap: 0.5 }}>
      <Typography component="span" variant="body2" sx={{ fontWeight: 500 }}>
        #{record.id}
      </Typography>
      <EnumChip namespace="penaltyType" source="type" />
      <EnumChip namespace="penaltyStatus" source="status" />
    </Box>
  );
}

/** "#12 老银 (3391)": the penalty in context and its merchant, one line of a dashboard card. */
export function PenaltyOfMerchant() {
  const record = useRecordContext<PenaltyRecord>();
  if (!record) return null;
  return (
    <Box component="span" sx={{ display: 'flex', gap: 1 }}>
      #{record.id} <ReferenceField source="merchantId" reference="merchants" link={false} />
    </Box>
  );
}

/** The penalty an appeal is about, linking to it. */
export const PenaltyField = ({ source = 'penaltyId' }: FieldProps) => (
  <ReferenceField source={source} reference="penalties" link="show">
    <PenaltySummary />
  </ReferenceField>
);

/** The cases a penalty cites, each a chip opening the case. */
export function CitedCasesField(_props: FieldProps) {
  const record = useRecordContext<PenaltyRecord>();
  const createPath = useCreatePath();
  const translate = useTranslate();
  const ids = record?.caseIds ?? [];
  if (!ids.length) return <Typography variant="body2">{translate('td.penalties.no_cases')}</Typography>;
  return (
    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
      {ids.map((id) => (
        <Chip key={id} size="small" clickable component={Link} to={createPath({ resource: 'cases', id, type: 'show' })} label={`#${id}`} />
      ))}
    </Box>
  );
}

/** What the merchant was penalized for (the violation types of the cited cases), for every reader, comms included. */
export const ViolationTypesField = ({ source = 'violationTypeIds' }: FieldProps) => (
  <ReferenceArrayField source={source} reference="violation-types">
    <SingleFieldList linkType={false}>
      <Chip size="small" variant="outlined" label={<LocalizedNameField />} />
    </SingleFieldList>
  </ReferenceArrayField>
);
