import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { ShortcutsProvider } from '../common/shortcuts/ShortcutsProvider';
import { AppBar } from './AppBar';
import { Menu } from './Menu';
import { Sidebar } from './Sidebar';

export function Layout({ children }: { children: ReactNode }) {
  return (
    <ShortcutsProvider>
      <RaLayout appBar={AppBar} menu={Menu} sidebar={Sidebar}>
        {children}
      </RaLayout>
    </ShortcutsProvider>
  );
}
