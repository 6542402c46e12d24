import { useContext, useEffect, useRef } from 'react';
import type { Shortcut } from './keys';
import { ShortcutsContext } from './ShortcutsProvider';

/**
 * Registers `shortcuts` while the calling component is shown. Handlers may change on every render
 * (they read the latest record or list); the registration changes only when the keys do.
 */
export function useShortcuts(shortcuts: readonly Shortcut[]) {
  const context = useContext(ShortcutsContext);
  const latest = useRef(shortcuts);
  latest.current = shortcuts;
  const keys = shortcuts.map((s) => `${s.key}:${s.description}`).join('|');
  useEffect(() => {
    if (!context || !keys) return;
    return context.register(() => latest.current);
  }, [context, keys]);
}

/** Opens the list of shortcuts (for a menu entry; the "?" key does the same). */
export function useOpenShortcutsHelp() {
  return useContext(ShortcutsContext)?.openHelp ?? (() => undefined);
}
