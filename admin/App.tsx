import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { Admin, CustomRoutes, Loading, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import CaseIcon from '@mui/icons-material/AssignmentLate';
import MerchantIcon from '@mui/icons-material/Storefront';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './i18n';
import { darkTheme, lightTheme } from './layout/theme';
import { preferencesStore } from './providers/store';
import { LoginPage } from './login/LoginPage';
import penalties from './penalties';
import appeals from './appeals';
import penaltyPolicies from './penalty-policies';
import users from './users';
import categories from './categories';
import violationTypes from './violation-types';
import warehouses from './warehouses';
import auditLog from './audit-log';
import notices from './notices';
import inspections, { Workstation } from './inspections';
import orders from './orders';
import { MetricsPage } from './metrics';

const store = preferencesStore();

/*
 * The sign-in page loads only what it shows (issue 12: first-load JS within 350 KB gzipped). The
 * layout, the dashboards and every resource's pages load once signed in, each in its own chunk;
 * the other resources' index files already declare their pages lazily.
 */
const LazyLayout = lazy(() => import('./layout/Layout').then((m) => ({ default: m.Layout })));
const Layout = ({ children }: { children: ReactNode }) => (
  <Suspense fallback={<Loading />}>
    <LazyLayout>{children}</LazyLayout>
  </Suspense>
);
const Dashboard = lazy(() => import('./dashboard/Dashboard').then((m) => ({ default: m.Dashboard })));

type Views = Record<string, unknown>;
/** A resource's pages from its index module, loaded on their first visit. */
function lazyPages<K extends string>(load: () => Promise<{ default: Views }>, pages: K[]): Record<K, ComponentType> {
  const views = pages.map((page) => [page, lazy(() => load().then((m) => ({ default: m.default[page] as ComponentType })))]);
  return Object.fromEntries(views) as unknown as Record<K, ComponentType>;
}
// The menu icon and the record's name are needed before the pages (as in ./cases and ./merchants).
const cases = {
  ...lazyPages(() => import('./cases'), ['list', 'show', 'edit', 'create']),
  icon: CaseIcon,
  recordRepresentation: (record: { id: number }) => `#${record.id}`,
};
const merchants = {
  ...lazyPages(() => import('./merchants'), ['list', 'show']),
  icon: MerchantIcon,
  recordRepresentation: (record: { id: number; nickname: string }) => `${record.nickname} (${record.id})`,
};

/**
 * Resources appear in the menu only for roles that may list them (authProvider.canAccess, shared
 * with the server); their pages check it too, and the server has the last word.
 */
export function App() {
  return (
    <Admin
      title="Trustdesk"
      disableTelemetry
      requireAuth
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      layout={Layout}
      loginPage={LoginPage}
      dashboard={Dashboard}
      theme={lightTheme}
      darkTheme={darkTheme}
      store={store}
    >
      <Resource name="cases" {...cases} />
      <Resource name="merchants" {...merchants} />
      <Resource name="penalties" {...penalties} />
      <Resource name="appeals" {...appeals} />
      <Resource name="notices" {...notices} />
      <Resource name="inspections" {...inspections} />
      <Resource name="orders" {...orders} />
      {/* No pages of its own: an inspection's timeline references it. */}
      <Resource name="inspection-events" />
      <Resource name="penalty-policies" {...penaltyPolicies} />
      {/* No pages of its own: the case timeline references it. */}
      <Resource name="case-events" />
      <Resource name="categories" {...categories} />
      <Resource name="violation-types" {...violationTypes} />
      <Resource name="warehouses" {...warehouses} />
      <Resource name="users" {...users} />
      <Resource name="audit-log" {...auditLog} />
      <CustomRoutes>
        <Route path="/workstation" element={<Workstation />} />
        {/* Charts and pickers, loaded on demand (admin/metrics/index.tsx). */}
        <Route path="/metrics" element={<MetricsPage />} />
      </CustomRoutes>
    </Admin>
  );
}
