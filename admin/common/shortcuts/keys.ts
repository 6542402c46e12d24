/**
 * When a key press is a shortcut. Pure (DOM-like shapes only), so the rules are unit-tested:
 * never while someone types (an input, a text area, a select, editable text), never inside a
 * dialog, a pop-up menu or a list box (their own keys: arrows, Enter, Escape), never with Ctrl,
 * ⌘ or Alt (the browser's and the system's shortcuts). The sidebar menu is no pop-up: after a
 * click on it the page's keys work.
 */
export interface Shortcut {
  /** `KeyboardEvent.key`: 'j', 'Enter', '?'. */
  key: string;
  /** i18n key of what it does, for the "?" list. */
  description: string;
  /** Returns false when it did nothing, so that the key keeps its usual meaning (e.g. Enter on a button). */
  run: () => unknown;
}

export interface KeyTarget {
  tagName?: string;
  isContentEditable?: boolean;
  closest?: (selector: string) => unknown;
}

export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  isComposing?: boolean;
  defaultPrevented?: boolean;
  target?: KeyTarget | null;
}

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
/** Dialogs and MUI's pop-ups (menus, select lists: all modals), and list boxes. */
const OWN_KEYS = '[role="dialog"], .MuiModal-root, [role="listbox"], [role="combobox"]';

export function isTyping(target?: KeyTarget | null): boolean {
  if (!target) return false;
  return TYPING_TAGS.has(target.tagName?.toUpperCase() ?? '') || !!target.isContentEditable;
}

export function isShortcutPress(press: KeyPress): boolean {
  if (press.ctrlKey || press.metaKey || press.altKey || press.isComposing || press.defaultPrevented) return false;
  if (isTyping(press.target)) return false;
  return !press.target?.closest?.(OWN_KEYS);
}

/** The name a shortcut is listed under: "Enter", "?", "j". */
export const keyLabel = (key: string) => (key === ' ' ? 'Space' : key);
