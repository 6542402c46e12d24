/**
 * One registry of keyboard shortcuts for the whole app (Gmail / Linear style). Pages and lists
 * register the keys that make sense while they are shown (useShortcuts); one listener on the
 * document runs the newest registration of the key pressed. "?" lists the keys in force.
 */
import { createContext, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { isShortcutPress, type KeyPress, type Shortcut } from './keys';
import { ShortcutsHelp } from './ShortcutsHelp';

type Source = () => readonly Shortcut[];

interface ShortcutsContextValue {
  register: (source: Source) => () => void;
  /** The shortcuts in force, newest registration first (for the help). */
  active: () => Shortcut[];
  openHelp: () => void;
}

export const ShortcutsContext = createContext<ShortcutsContextValue | null>(null);

const HELP: Shortcut = { key: '?', description: 'td.shortcuts.help', run: () => undefined };

export function ShortcutsProvider({ children }: { children: ReactNode }) {
  const sources = useRef<Source[]>([]);
  const [helpOpen, setHelpOpen] = useState(false);

  const active = useCallback(() => [...sources.current].reverse().flatMap((source) => source()), []);
  const register = useCallback((source: Source) => {
    sources.current = [...sources.current, source];
    return () => {
      sources.current = sources.current.filter((s) => s !== source);
    };
  }, []);
  const openHelp = useCallback(() => setHelpOpen(true), []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // A KeyboardEvent has every field KeyPress reads (its target typed as the wider EventTarget).
      if (!isShortcutPress(event as unknown as KeyPress)) return;
      if (event.key === '?') {
        event.preventDefault();
        setHelpOpen(true);
        return;
      }
      for (const shortcut of active()) {
        if (shortcut.key !== event.key) continue;
        if (shortcut.run() === false) continue;
        event.preventDefault();
        return;
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [active]);

  const value = useMemo(() => ({ register, active, openHelp }), [register, active, openHelp]);
  return (
    <ShortcutsContext.Provider value={value}>
      {children}
      <ShortcutsHelp open={helpOpen} shortcuts={helpOpen ? [HELP, ...active()] : []} onClose={() => setHelpOpen(false)} />
    </ShortcutsContext.Provider>
  );
}
