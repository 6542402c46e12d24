import { Link } from 'react-router-dom';
import { Box, Card, CardContent, List, ListItemButton, ListItemIcon, ListItemText, Typography } from '@mui/material';
import StorefrontIcon from '@mui/icons-material/Storefront';
import CategoryIcon from '@mui/icons-material/Category';
import WarehouseIcon from '@mui/icons-material/Warehouse';
import { ReferenceField, RecordContextProvider, useTranslate } from 'react-admin';
import type { StaffUser } from '../../domain/staff';
import { LocalizedNameField } from '../common/localizedName';

/** Comms and inspectors: what they can use today, and what is on its way for them. */
export function WelcomeDashboard({ user }: { user: StaffUser }) {
  const translate = useTranslate();
  const coming = user.role === 'inspector' ? 'td.dashboard.comingInspector' : 'td.dashboard.comingComms';
  return (
    <Card sx={{ maxWidth: 720 }}>
      <CardContent>
        <Typography variant="h5" gutterBottom>
          {translate('td.dashboard.welcome', { name: user.name })}
        </Typography>
        {user.warehouseId != null && (
          <RecordContextProvider value={user}>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
              <WarehouseIcon fontSize="small" color="action" />
              <Typography variant="body1">{translate('td.dashboard.yourWarehouse')}</Typography>
              <ReferenceField source="warehouseId" reference="warehouses" link="show">
                <LocalizedNameField variant="body1" sx={{ fontWeight: 500 }} />
              </ReferenceField>
            </Box>
          </RecordContextProvider>
        )}
        <Typography variant="subtitle2" color="text.secondary" sx={{ mt: 2 }}>
          {translate('td.dashboard.canDoNow')}
        </Typography>
        <List>
          <ListItemButton component={Link} to="/merchants">
            <ListItemIcon>
              <StorefrontIcon />
            </ListItemIcon>
            <ListItemText primary={translate('resources.merchants.name', { smart_count: 2 })} secondary={translate('td.dashboard.browseMerchants')} />
          </ListItemButton>
          <ListItemButton component={Link} to="/categories">
            <ListItemIcon>
              <CategoryIcon />
            </ListItemIcon>
            <ListItemText primary={translate('td.menu.reference')} secondary={translate('td.dashboard.browseReference')} />
          </ListItemButton>
        </List>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate(coming)}
        </Typography>
      </CardContent>
    </Card>
  );
}
