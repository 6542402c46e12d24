/**
 * Declared against measured for a recorded inspection: the comparison is recomputed by the domain's
 * rules (the same the verdict stored), and the reason recorded, whether the comparison proposed it
 * or the inspector chose another.
 */
import { Alert, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { compareMeasurement, type InspectionRecord } from '../../domain/inspections';
import { Comparison } from './Comparison';
import { useViolationTypeName } from './fields';
import { useParcelOrder } from './useParcelOrder';

export function RecordedComparison({ inspection: i }: { inspection: InspectionRecord }) {
  const translate = useTranslate();
  const reasonName = useViolationTypeName();
  const { data: order } = useParcelOrder(i.orderId);
  const declared = order && { material: order.declaredMaterial, weightGrams: Number(order.declaredWeightGrams) };
  const measured = { material: i.measuredMaterial, weightGrams: i.measuredWeightGrams == null ? null : Number(i.measuredWeightGrams) };
  const comparison =
    declared && measured.material && measured.weightGrams != null
      ? compareMeasurement(declared, { material: measured.material, weightGrams: measured.weightGrams })
      : null;
  return (
    <>
      <Comparison declared={declared} measured={measured} comparison={comparison} showProposal={!i.result} />
      {!i.result && !comparison && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate('td.inspections.comparison.not_measured')}
        </Typography>
      )}
      {i.result === 'failed' && (
        <Alert severity="error" sx={{ mt: 1.5 }}>
          {translate(
            comparison?.proposedFailureReason === i.failureReason ? 'td.inspections.comparison.failed_proposed' : 'td.inspections.comparison.failed_chosen',
            {
              reason: reasonName(i.failureReason),
            },
          )}
        </Alert>
      )}
      {i.result === 'passed' && (
        <Alert severity="success" sx={{ mt: 1.5 }}>
          {translate('td.inspections.comparison.passed', { no: i.certificateNo ?? '—' })}
        </Alert>
      )}
    </>
  );
}
