import { AppBar as RaAppBar, TitlePortal, useTranslate } from 'react-admin';
import { Box, Typography, useMediaQuery, type Theme } from '@mui/material';
import ShieldIcon from '@mui/icons-material/Shield';
import { UserMenu } from './UserMenu';

/** The app name, the page title, then react-admin's default toolbar (language switch, loading) and the user menu. */
export function AppBar() {
  const translate = useTranslate();
  const wide = useMediaQuery<Theme>((theme) => theme.breakpoints.up('sm'));
  return (
    <RaAppBar userMenu={<UserMenu />}>
      {wide && (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, mr: 2 }}>
          <ShieldIcon fontSize="small" />
          <Typography variant="subtitle1" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
            {translate('td.appName')}
          </Typography>
        </Box>
      )}
      <TitlePortal variant="subtitle1" sx={{ opacity: 0.85 }} />
    </RaAppBar>
  );
}
