import { Logout, UserMenu as RaUserMenu } from 'react-admin';
import { Divider, ListItemText, MenuItem } from '@mui/material';
import { useEnumLabel } from '../common/enums';
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

export function UserMenu() {
  return (
    <RaUserMenu>
      <IdentityItem />
      <Divider />
      <Logout />
    </RaUserMenu>
  );
}
