import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** react-admin's default theme in Trustdesk's colours: a calm navy bar, a blue accent, light grey canvas. */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    mode: 'light',
    primary: { main: '#1f5fbf' },
    secondary: { main: '#16243d' },
    background: { default: '#f4f6fa' },
  },
  shape: { borderRadius: 8 },
  sidebar: { width: 232, closedWidth: 56 },
  components: {
    ...defaultTheme.components,
    MuiCard: { styleOverrides: { root: { boxShadow: '0 1px 3px rgba(16, 24, 40, 0.08)' } } },
  },
};
