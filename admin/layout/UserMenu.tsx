import { Logout, UserMenu as RaUserMenu, useGetIdentity, useTranslate } from 'react-admin';
import { Divider, ListItemText, MenuItem } from '@mui/material';

/** Who is signed in and in which role, then sign out. */
function IdentityItem() {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  if (!identity) return null;
  return (
    <MenuItem disabled sx={{ '&.Mui-disabled': { opacity: 1 } }}>
      <ListItemText primary={identity.fullName} secondary={`${translate(`td.role.${identity.role}`, { _: identity.role })} · ${identity.email}`} />
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
