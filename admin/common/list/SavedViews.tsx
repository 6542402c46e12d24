/**
 * "Saved views" in a list's aside: the built-in views of the list, then the reader's own saved
 * queries (react-admin's, kept in the store across sign-outs), and a way to save the current
 * filters as a view of one's own, or to forget it.
 */
import { useState, type ReactNode } from 'react';
import { ListItemButton, ListItemText } from '@mui/material';
import BookmarkIcon from '@mui/icons-material/BookmarkBorder';
import {
  AddSavedQueryDialog,
  extractValidSavedQueries,
  FilterList,
  FilterListItem,
  RemoveSavedQueryDialog,
  SavedQueryFilterListItem,
  useListContext,
  useSavedQueries,
  useTranslate,
} from 'react-admin';
import { isView, same, toggleView } from '../savedViews';

export interface BuiltInView {
  /** i18n key. */
  label: string;
  value: Record<string, unknown>;
}

interface SavedViewsProps {
  views: BuiltInView[];
  /** Views that are not a filter toggle (e.g. a link that also sets the order), listed first. */
  before?: ReactNode;
}

export function SavedViews({ views, before }: SavedViewsProps) {
  const translate = useTranslate();
  const { resource, filterValues, sort, perPage, displayedFilters } = useListContext();
  const [savedQueries] = useSavedQueries(resource);
  const [dialog, setDialog] = useState<'add' | 'remove' | null>(null);
  const mine = extractValidSavedQueries(savedQueries);
  const current = { filter: filterValues, sort, perPage, displayedFilters };
  const saved = mine.some((query) => same(query.value, current));
  const builtIn = views.some((view) => isView(view.value, filterValues));
  const canSave = !saved && !builtIn && Object.keys(filterValues).length > 0;
  return (
    <FilterList label="td.list.views" icon={<BookmarkIcon />}>
      {before}
      {views.map((view) => (
        <FilterListItem key={view.label} label={view.label} value={view.value} isSelected={isView} toggleFilter={toggleView} />
      ))}
      {mine.map((query) => (
        <SavedQueryFilterListItem key={`${query.label}|${JSON.stringify(query.value)}`} label={query.label} value={query.value} />
      ))}
      {(canSave || saved) && (
        <ListItemButton dense onClick={() => setDialog(saved ? 'remove' : 'add')} sx={{ pl: '2em', color: 'primary.main' }}>
          <ListItemText primary={translate(saved ? 'td.list.forget_view' : 'td.list.save_view')} sx={{ m: 0 }} />
        </ListItemButton>
      )}
      <AddSavedQueryDialog open={dialog === 'add'} onClose={() => setDialog(null)} />
      <RemoveSavedQueryDialog open={dialog === 'remove'} onClose={() => setDialog(null)} />
    </FilterList>
  );
}
