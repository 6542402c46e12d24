import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { ShortcutsProvider } from '../common/shortcuts/ShortcutsProvider';
import { AppBar } from './AppBar';
import { Menu } from './Menu';

export function Layout({ children }: { children: ReactNode }) {
  return (
    <ShortcutsProvider>
      <RaLayout appBar={AppBar} menu={Menu}>
        {children}
      </RaLayout>
    </ShortcutsProvider>
  );
}
