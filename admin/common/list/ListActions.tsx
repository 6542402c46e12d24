import { CreateButton, FilterButton, TopToolbar, useFilterContext, useResourceDefinition } from 'react-admin';
import { ExportCsvButton } from './ExportCsvButton';

/**
 * The toolbar above every list: filters, create (for those who may), and the server's CSV export
 * instead of react-admin's (which would fetch at most 1,000 rows and write ids).
 */
export function ListActions({ createLabel }: { createLabel?: string }) {
  const filters = useFilterContext();
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      {filters && filters.length > 0 && <FilterButton />}
      {hasCreate && <CreateButton label={createLabel} />}
      <ExportCsvButton />
    </TopToolbar>
  );
}
