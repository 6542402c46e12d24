import ScaleIcon from '@mui/icons-material/Scale';
import { Menu, useCanAccess } from 'react-admin';
import { workstationPath } from '../moves';

/** For those who record inspections (inspectors, admins): the workstation. */
export function WorkstationMenuItem() {
  const { canAccess } = useCanAccess({ resource: 'inspections', action: 'verdict' });
  if (!canAccess) return null;
  return <Menu.Item to={workstationPath()} primaryText="td.workstation.title" leftIcon={<ScaleIcon />} />;
}
