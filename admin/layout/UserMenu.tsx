import { Logout, UserMenu as RaUserMenu, useTranslate, useUserMenu } from 'react-admin';
import { Divider, ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import KeyboardIcon from '@mui/icons-material/Keyboard';
import { useEnumLabel } from '../common/enums';
import { useOpenShortcutsHelp } from '../common/shortcuts/useShortcuts';
import { useStaffUser } from '../common/useActor';

/** Who is signed in and in which role, then sign out. */
function IdentityItem() {
  const user = useStaffUser();
  const roleLabel = useEnumLabel('role');
  if (!user) return null;
  return (
    <MenuItem disabled sx={{ '&.Mui-disabled': { opacity: 1 } }}>
      <ListItemText primary={user.name} secondary={`${roleLabel(user.role)} · ${user.email}`} />
    </MenuItem>
  );
}

/** The list of keyboard shortcuts ("?" opens it too). */
function ShortcutsItem() {
  const translate = useTranslate();
  const openHelp = useOpenShortcutsHelp();
  const menu = useUserMenu();
  return (
    <MenuItem
      onClick={() => {
        menu?.onClose();
        openHelp();
      }}
    >
      <ListItemIcon>
        <KeyboardIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText primary={translate('td.shortcuts.title')} secondary="?" />
    </MenuItem>
  );
}

export function UserMenu() {
  return (
    <RaUserMenu>
      <IdentityItem />
      <Divider />
      <ShortcutsItem />
      <Logout />
    </RaUserMenu>
  );
}
