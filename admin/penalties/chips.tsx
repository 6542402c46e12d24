/** Chips for the enforcement enums, from the same factory as the case chips. */
import { enumChip } from '../cases/chips';

export const PenaltyTypeChip = enumChip(
  'td.penaltyType',
  {
    warning: 'default',
    listing_removal: 'info',
    fine: 'warning',
    live_suspension: 'warning',
    permanent_ban: 'error',
  },
  'type',
  'outlined',
);

export const PenaltyStatusChip = enumChip(
  'td.penaltyStatus',
  {
    pending_approval: 'warning',
    active: 'error',
    expired: 'default',
    revoked: 'info',
    rejected: 'default',
  },
  'status',
  'filled',
);

export const AppealStatusChip = enumChip(
  'td.appealStatus',
  {
    pending: 'warning',
    upheld: 'default',
    overturned: 'success',
  },
  'status',
  'filled',
);
