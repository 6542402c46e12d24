import type { SvgIconComponent } from '@mui/icons-material';
import CreatedIcon from '@mui/icons-material/ShoppingBagOutlined';
import ReceiveIcon from '@mui/icons-material/MoveToInbox';
import StartIcon from '@mui/icons-material/Biotech';
import VerdictIcon from '@mui/icons-material/Gavel';
import ShipIcon from '@mui/icons-material/LocalShipping';
import ReturnIcon from '@mui/icons-material/AssignmentReturn';
import type { InspectionEventKind } from '../../domain/inspections';

/** One icon per lifecycle step: the timeline's avatars and the action buttons. */
export const EVENT_ICON: Record<InspectionEventKind, SvgIconComponent> = {
  created: CreatedIcon,
  receive: ReceiveIcon,
  start: StartIcon,
  verdict: VerdictIcon,
  ship: ShipIcon,
  return: ReturnIcon,
};
