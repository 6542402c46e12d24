import AddIcon from '@mui/icons-material/Add';
import { ColumnsButton, FilterButton, TopToolbar, useCanAccess, useCreatePath, useFilterContext, useResourceContext, useResourceDefinition } from 'react-admin';
import { ActionButton } from '../ActionButton';
import { ExportCsvButton } from './ExportCsvButton';

/**
 * The toolbar above every list: filters, columns (not on phones, where rows are cards), create
 * (for those who may), and the server's CSV export instead of react-admin's (which would fetch at
 * most 1,000 rows and write ids). Labelled on every screen size.
 */
export function ListActions({ createLabel = 'ra.action.create' }: { createLabel?: string }) {
  const filters = useFilterContext();
  const resource = useResourceContext();
  const createPath = useCreatePath();
  const { hasCreate } = useResourceDefinition();
  const { canAccess: mayCreate } = useCanAccess({ resource, action: 'create', enabled: hasCreate });
  return (
    <TopToolbar>
      {filters && filters.length > 0 && <FilterButton />}
      <ColumnsButton sx={{ display: { xs: 'none', sm: 'inline-flex' } }} />
      {hasCreate && mayCreate && <ActionButton label={createLabel} icon={<AddIcon />} to={createPath({ resource, type: 'create' })} />}
      <ExportCsvButton />
    </TopToolbar>
  );
}
