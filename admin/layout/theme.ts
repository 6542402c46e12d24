import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

/**
 * What both themes share: the shape, the sidebar, and rules every list gets for free (new lists
 * included): a page never wider than the window, table headers on one line (Chinese headers never
 * wrap a character per line), Chinese words in cells kept whole, toolbars that wrap instead of
 * pushing the page wider, and the bulk action bar out of the tab order while nothing is selected
 * (it is only collapsed, not removed).
 */
const shared: RaThemeOptions = {
  shape: { borderRadius: 8 },
  sidebar: { width: 232, closedWidth: 56 },
  components: {
    // The page column may shrink to the window: a wide table then scrolls inside its card, not the page.
    RaLayout: { styleOverrides: { root: { minWidth: 0, '& .RaLayout-content': { minWidth: 0 } } } },
    RaDataTable: {
      styleOverrides: {
        root: {
          '& .RaDataTable-headerCell': { whiteSpace: 'nowrap' },
          '& .RaDataTable-rowCell': { wordBreak: 'keep-all', overflowWrap: 'break-word' },
          // Merchant nicknames are long and unspaced: they may wrap, or they would widen the table.
          '& .RaDataTable-rowCell.column-merchantId': { wordBreak: 'normal' },
        },
      },
    },
    RaTopToolbar: { styleOverrides: { root: { flexWrap: 'wrap', rowGap: 4 } } },
    RaBulkActionsToolbar: { styleOverrides: { root: { '& .RaBulkActionsToolbar-collapsed': { visibility: 'hidden' } } } },
  },
};

/** react-admin's theme with ours on top: palettes and component overrides merged one level deep. */
const withOurs = (base: RaThemeOptions, ours: RaThemeOptions): RaThemeOptions => ({
  ...base,
  ...shared,
  ...ours,
  palette: { ...base.palette, ...ours.palette },
  components: { ...base.components, ...shared.components, ...ours.components },
});

/** Light: a calm navy bar, a blue accent, light grey canvas. */
export const lightTheme = withOurs(defaultLightTheme, {
  palette: {
    mode: 'light',
    primary: { main: '#1f5fbf' },
    secondary: { main: '#16243d' },
    background: { default: '#f4f6fa' },
  },
  components: {
    MuiCard: { styleOverrides: { root: { boxShadow: '0 1px 3px rgba(16, 24, 40, 0.08)' } } },
  },
});

/** Dark: the same navy, deeper, and a lighter blue accent that keeps its contrast on dark cards. */
export const darkTheme = withOurs(defaultDarkTheme, {
  palette: {
    mode: 'dark',
    primary: { main: '#8ab4f8' },
    secondary: { main: '#1b2a44' },
    background: { default: '#0f1520', paper: '#172031' },
  },
});
