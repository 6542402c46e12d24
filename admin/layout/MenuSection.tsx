import type { ReactNode } from 'react';
import { Menu, useCanAccessResources, useSidebarState, useTranslate } from 'react-admin';
import { Divider, ListSubheader } from '@mui/material';

interface MenuSectionProps {
  label: string;
  resources: string[];
  withDashboard?: boolean;
  /** Entries of the section that are not resources (e.g. the workstation), first. */
  children?: ReactNode;
}

/** A titled group of menu items; hidden when the role may list none of its resources. */
export function MenuSection({ label, resources, withDashboard = false, children }: MenuSectionProps) {
  const translate = useTranslate();
  const [open] = useSidebarState();
  const { canAccess } = useCanAccessResources({ action: 'list', resources });
  const visible = withDashboard || resources.some((resource) => canAccess?.[resource]);
  if (!visible) return null;
  return (
    <>
      {open ? (
        <ListSubheader disableSticky sx={{ bgcolor: 'transparent', lineHeight: 2.5, mt: 1, fontSize: 12, textTransform: 'uppercase', letterSpacing: 0.6 }}>
          {translate(label)}
        </ListSubheader>
      ) : (
        <Divider sx={{ my: 1 }} />
      )}
      {withDashboard && <Menu.DashboardItem />}
      {children}
      {resources.map((name) => (
        <Menu.ResourceItem key={name} name={name} />
      ))}
    </>
  );
}
