/**
 * Every row of a list is a real link to its record: the row's main cell (the case number, the
 * name) is an <a> (right-click copies the address, Tab and Enter work as on any link), and a
 * click, a middle-click or a Ctrl/⌘-click anywhere on the row does what it would do on that link
 * (see rowLinkHandlers).
 */
import { createContext, useContext, type MouseEvent, type ReactNode } from 'react';
import { DataTable, Link, useCanAccess, useCreatePath, useRecordContext, useResourceContext, useResourceDefinition, type RaRecord } from 'react-admin';

/** The class of row links: the list keys (j, k, o, x) move between them. */
export const ROW_LINK = 'td-row-link';

/** The class of a list shown as cards (on phones), whose items are links themselves. */
export const CARD_LIST = 'td-card-list';

export type RowLinkType = 'show' | 'edit' | false;

export const RowLinkContext = createContext<RowLinkType>(false);

/**
 * Where rows lead, for those who may go there: `edit` opens the form for those who may edit and
 * the record's page for the others (reference data); otherwise the record's page, else its form.
 */
export function useRowLinkType(wanted?: RowLinkType): RowLinkType {
  const resource = useResourceContext();
  const { hasShow, hasEdit } = useResourceDefinition();
  const show = useCanAccess({ resource, action: 'show', enabled: hasShow && wanted !== false });
  const edit = useCanAccess({ resource, action: 'edit', enabled: hasEdit && wanted !== false });
  const mayShow = hasShow && !!show.canAccess;
  const mayEdit = hasEdit && !!edit.canAccess;
  if (wanted === false) return false;
  if (wanted === 'edit') return mayEdit ? 'edit' : mayShow ? 'show' : false;
  return mayShow ? 'show' : mayEdit ? 'edit' : false;
}

export function RowLink({ children }: { children: ReactNode }) {
  const type = useContext(RowLinkContext);
  const record = useRecordContext();
  const resource = useResourceContext();
  const createPath = useCreatePath();
  if (!type || !record) return <>{children}</>;
  return (
    // The row's own click handler would open the record a second time.
    <Link
      className={ROW_LINK}
      to={createPath({ resource, type, id: record.id })}
      data-record-id={record.id}
      underline="hover"
      sx={{ fontWeight: 500 }}
      onClick={(e: MouseEvent) => e.stopPropagation()}
    >
      {children}
    </Link>
  );
}

interface LinkColumnProps<R extends RaRecord> {
  source: string;
  /** The link's text; the field's value by default. */
  render?: (record: R) => ReactNode;
  label?: string;
}

/** A column whose text opens the record (the row's link). */
export const LinkColumn = <R extends RaRecord>({ source, render = (r) => r[source], label }: LinkColumnProps<R>) => (
  <DataTable.Col source={source} label={label} render={(record: R) => <RowLink>{render(record)}</RowLink>} />
);

/** "#2314", opening the record: the first column of workflow records (cases, penalties, appeals, audit entries). */
export const IdColumn = () => <LinkColumn source="id" render={(r) => `#${r.id}`} />;

/** The link of the row a mouse event happened in, unless it happened on a link or button of its own. */
function rowLinkOf(event: MouseEvent): HTMLAnchorElement | null {
  const target = event.target as Element;
  if (target.closest('a, button, input, label')) return null;
  return target.closest('tr')?.querySelector<HTMLAnchorElement>(`a.${ROW_LINK}`) ?? null;
}

/** A middle-click or a Ctrl/⌘-click on a row opens its record in a new tab, as on its link. */
export const rowLinkHandlers = {
  onAuxClick: (event: MouseEvent) => {
    const link = event.button === 1 && rowLinkOf(event);
    if (link) window.open(link.href, '_blank', 'noopener');
  },
  onClickCapture: (event: MouseEvent) => {
    const link = (event.ctrlKey || event.metaKey) && rowLinkOf(event);
    if (!link) return;
    event.stopPropagation();
    window.open(link.href, '_blank', 'noopener');
  },
};

/** The row under the list cursor (its focused link) is marked like a selected row, with the focus ring. */
export const rowLinkSx = {
  '& .RaDataTable-row:focus-within': { bgcolor: 'action.selected' },
  [`& .RaDataTable-row:has(.${ROW_LINK}:focus-visible)`]: { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
  [`& .${ROW_LINK}:focus-visible`]: { outline: 'none' },
} as const;
