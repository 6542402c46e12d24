/**
 * react-admin's sidebar, closed when the window narrows to a phone's width and reopened when it
 * widens again. The sidebar's open state is one stored flag for both widths: open on a desktop, it
 * would otherwise reappear as a modal drawer the moment the window narrows (a rotated tablet, a
 * window dragged narrow), hiding the page from screen readers and keyboard users until someone
 * closes a menu they never opened.
 */
import { useLayoutEffect, useRef } from 'react';
import { type Theme, useMediaQuery } from '@mui/material';
import { Sidebar as RaSidebar, type SidebarProps, useSidebarState } from 'react-admin';

export function Sidebar(props: SidebarProps) {
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'), { noSsr: true });
  const [open, setOpen] = useSidebarState();
  const wasPhone = useRef(phone);
  /** Closed by the narrowing rather than by the reader: widening gives it back. */
  const closedForPhone = useRef(false);
  const narrowedNow = phone && !wasPhone.current;
  useLayoutEffect(() => {
    if (phone !== wasPhone.current) {
      if (phone && open) {
        closedForPhone.current = true;
        setOpen(false);
      } else if (!phone && closedForPhone.current && !open) setOpen(true);
      if (!phone) closedForPhone.current = false;
    }
    wasPhone.current = phone;
  }, [phone, open, setOpen]);
  // On the render that crosses to a phone's width the stored flag is still the desktop's: override it.
  return <RaSidebar {...props} {...(narrowedNow ? { open: false } : {})} />;
}
