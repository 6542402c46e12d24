/** A policy version made readable: its escalation ladder, and the points of each violation type. */
import { Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { PolicyRecord } from '../../domain/policy';
import { EnumChip } from '../common/enumFields';
import { useViolationTypes } from '../common/usePenaltyPolicy';

const cells = { '& .MuiTableCell-root': { px: 1 } };

export function LadderTable({ policy }: { policy: PolicyRecord }) {
  const translate = useTranslate();
  const steps = [...policy.ladder].sort((a, b) => a.minPoints - b.minPoints);
  return (
    <Table size="small" sx={cells}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('td.policies.ladder.points')}</TableCell>
          <TableCell>{translate('td.policies.ladder.type')}</TableCell>
          <TableCell>{translate('td.policies.ladder.duration')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {steps.map((step, i) => (
          <TableRow key={step.minPoints}>
            <TableCell>
              {steps[i + 1]
                ? translate('td.policies.ladder.range', { from: step.minPoints, to: steps[i + 1].minPoints - 1 })
                : translate('td.policies.ladder.from', { from: step.minPoints })}
            </TableCell>
            <TableCell>
              <EnumChip namespace="penaltyType" value={step.type} />
            </TableCell>
            <TableCell>{step.durationDays ? translate('td.policies.days', { smart_count: step.durationDays }) : '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Every violation type the policy prices (existing types it does not mention count 0), direct bans marked. */
export function PointsTable({ policy }: { policy: PolicyRecord }) {
  const translate = useTranslate();
  const { types, nameOf } = useViolationTypes();
  const codes = [...new Set([...types.map((t) => t.code), ...Object.keys(policy.points)])];
  return (
    <Table size="small" sx={cells}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.cases.fields.violationTypeId')}</TableCell>
          <TableCell align="right">{translate('td.policies.ladder.points')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {codes.map((code) => (
          <TableRow key={code}>
            <TableCell>
              {nameOf(code)}{' '}
              <Typography component="span" variant="caption" color="text.secondary">
                {code}
              </Typography>
            </TableCell>
            <TableCell align="right">{policy.points[code] ?? 0}</TableCell>
            <TableCell>
              {policy.directBanTypes.includes(code) && <Chip size="small" color="error" variant="outlined" label={translate('td.policies.direct_ban')} />}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
