import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { darkTheme, lightTheme } from './layout/theme';
import { preferencesStore } from './providers/store';
import { LoginPage } from './login/LoginPage';
import { Dashboard } from './dashboard/Dashboard';
import cases from './cases';
import merchants from './merchants';
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
