import type { SvgIconComponent } from '@mui/icons-material';
import AssignIcon from '@mui/icons-material/AssignmentInd';
import ClaimIcon from '@mui/icons-material/PanTool';
import EditIcon from '@mui/icons-material/Edit';
import NoteIcon from '@mui/icons-material/ChatBubbleOutline';
import OpenedIcon from '@mui/icons-material/FiberNew';
import StatusIcon from '@mui/icons-material/SwapHoriz';
import type { CaseEventKind } from '../../../domain/cases';

/** Icon and avatar colour per timeline event kind. */
export const EVENT_STYLE: Record<CaseEventKind, { icon: SvgIconComponent; colour: string }> = {
  opened: { icon: OpenedIcon, colour: 'info.main' },
  claimed: { icon: ClaimIcon, colour: 'primary.main' },
  assigned: { icon: AssignIcon, colour: 'primary.main' },
  status: { icon: StatusIcon, colour: 'warning.main' },
  note: { icon: NoteIcon, colour: 'grey.500' },
  edited: { icon: EditIcon, colour: 'secondary.main' },
};
