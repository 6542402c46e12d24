/**
 * The keys of a list page: j / k move the cursor (the focused row link) down and up, o or Enter
 * opens the row under it, x selects it. The cursor is the browser's focus, so Tab, Enter and
 * screen readers agree with it, and a click elsewhere moves it too.
 */
import { useShortcuts } from '../shortcuts/useShortcuts';
import { CARD_LIST, ROW_LINK } from './RowLink';

/** Row links of the page's list: table rows, or cards on a phone (SimpleList items are links). */
const ROWS = `main .${ROW_LINK}, main .${CARD_LIST} a.MuiListItemButton-root`;

const rowLinks = () => Array.from(document.querySelectorAll<HTMLAnchorElement>(ROWS));

/** The row link under the cursor, if the focus is on one. */
export function focusedRowLink(): HTMLAnchorElement | undefined {
  return rowLinks().find((link) => link === document.activeElement);
}

function move(step: 1 | -1) {
  const rows = rowLinks();
  if (!rows.length) return false;
  const at = rows.indexOf(document.activeElement as HTMLAnchorElement);
  const next = at < 0 ? (step > 0 ? 0 : rows.length - 1) : Math.min(rows.length - 1, Math.max(0, at + step));
  rows[next].focus();
  rows[next].scrollIntoView({ block: 'nearest' });
}

/** Opens the row under the cursor, or the first. Enter on a focused link is the browser's own. */
function open(key: 'o' | 'Enter') {
  const active = document.activeElement;
  if (key === 'Enter' && active && active !== document.body) return false;
  const row = focusedRowLink() ?? rowLinks()[0];
  if (!row) return false;
  row.click();
}

function toggleSelection() {
  const checkbox = focusedRowLink()?.closest('tr')?.querySelector<HTMLInputElement>('input[type="checkbox"]');
  if (!checkbox) return false;
  checkbox.click();
}

export function useListKeys() {
  useShortcuts([
    { key: 'j', description: 'td.shortcuts.down', run: () => move(1) },
    { key: 'k', description: 'td.shortcuts.up', run: () => move(-1) },
    { key: 'o', description: 'td.shortcuts.open', run: () => open('o') },
    { key: 'Enter', description: 'td.shortcuts.open', run: () => open('Enter') },
    { key: 'x', description: 'td.shortcuts.select', run: toggleSelection },
  ]);
}
