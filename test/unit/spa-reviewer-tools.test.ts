/**
 * The pure rules behind a reviewer's fast path: when a key press is a shortcut, which case "next"
 * opens, which evidence a staff browser may fetch, and which preferences outlive a sign-out.
 */
import { describe, expect, it } from 'vitest';
import { isShortcutPress, type KeyTarget } from '../../admin/common/shortcuts/keys';
import { nextInQueue } from '../../admin/common/list/queue';
import { isLoadable, parseHosts } from '../../admin/cases/evidence/evidenceHosts';
import { isPreference } from '../../admin/providers/store';

/** An element of `tagName` inside elements matching each of `inside` (e.g. `[role="dialog"]`). */
const element = (tagName: string, inside: string[] = [], isContentEditable = false): KeyTarget => ({
  tagName,
  isContentEditable,
  closest: (selector: string) => (inside.some((ancestor) => selector.split(', ').includes(ancestor)) ? {} : null),
});

describe('keyboard shortcuts', () => {
  it('fire on the page, never while typing', () => {
    expect(isShortcutPress({ key: 'j', target: element('BODY') })).toBe(true);
    expect(isShortcutPress({ key: 'j', target: element('A') })).toBe(true);
    for (const tag of ['INPUT', 'TEXTAREA', 'SELECT', 'input']) expect(isShortcutPress({ key: 'j', target: element(tag) })).toBe(false);
    expect(isShortcutPress({ key: 'j', target: element('DIV', [], true) })).toBe(false);
  });

  it('leave dialogs, pop-up menus and list boxes their own keys, not the sidebar menu', () => {
    for (const ancestor of ['[role="dialog"]', '.MuiModal-root', '[role="listbox"]'])
      expect(isShortcutPress({ key: 'y', target: element('LI', [ancestor]) })).toBe(false);
    expect(isShortcutPress({ key: 'j', target: element('A', ['[role="menu"]']) })).toBe(true);
  });

  it('leave Ctrl, ⌘ and Alt combinations to the browser, and an IME composition alone', () => {
    expect(isShortcutPress({ key: 'c', ctrlKey: true, target: element('BODY') })).toBe(false);
    expect(isShortcutPress({ key: 'c', metaKey: true, target: element('BODY') })).toBe(false);
    expect(isShortcutPress({ key: 'c', altKey: true, target: element('BODY') })).toBe(false);
    expect(isShortcutPress({ key: 'c', isComposing: true, target: element('BODY') })).toBe(false);
    expect(isShortcutPress({ key: '?', target: element('BODY') })).toBe(true); // Shift is how "?" is typed
  });
});

describe('the next case of a queue', () => {
  it('is the one after the current case on the page as the reviewer saw it', () => {
    expect(nextInQueue([10, 11, 12], 10, [10, 11, 12])).toBe(11);
  });

  it('skips what left the queue (decided, taken) and what the reviewer already passed', () => {
    // 11 was decided: it left the view; 10 was passed before.
    expect(nextInQueue([10, 11, 12, 13], 11, [10, 12, 13, 14])).toBe(12);
    // 12 was taken by someone else meanwhile.
    expect(nextInQueue([10, 11, 12, 13], 11, [10, 13, 14])).toBe(13);
  });

  it('takes the first case of the view for a case opened from elsewhere, never the case itself', () => {
    expect(nextInQueue([], 99, [99, 5, 6])).toBe(5);
    expect(nextInQueue([1, 2], 99, [1, 2])).toBe(1);
  });

  it('has none at the end of the page (the caller then reads the next page)', () => {
    expect(nextInQueue([10, 11], 11, [10, 11])).toBeUndefined();
    expect(nextInQueue([10, 11], 11, [10])).toBeUndefined();
  });

  it('compares ids whatever their type in storage', () => {
    expect(nextInQueue(['10', '11', '12'], 11, [10, 12])).toBe(12);
  });
});

describe('evidence a staff browser may fetch', () => {
  const origin = 'https://trustdesk.example.org';

  it('always the app itself', () => {
    expect(isLoadable('https://trustdesk.example.org/evidence/1.jpg', origin, [])).toBe(true);
    expect(isLoadable('/evidence/1.jpg', origin, [])).toBe(true);
  });

  it('nothing else by default: the seeded evidence host is not fetched', () => {
    expect(isLoadable('https://evidence.example.com/cases/1/buyer-photo-1.jpg', origin, [])).toBe(false);
    expect(isLoadable('https://tracker.example.net/pixel.gif', origin, parseHosts(undefined))).toBe(false);
  });

  it('listed hosts over https only; *.domain for subdomains, not the look-alikes', () => {
    const allowed = parseHosts(' evidence.example.com, *.oss.example.cn ');
    expect(allowed).toEqual(['evidence.example.com', '*.oss.example.cn']);
    expect(isLoadable('https://evidence.example.com/a.jpg', origin, allowed)).toBe(true);
    expect(isLoadable('https://EVIDENCE.example.com/a.jpg', origin, allowed)).toBe(true);
    expect(isLoadable('http://evidence.example.com/a.jpg', origin, allowed)).toBe(false);
    expect(isLoadable('https://evidence.example.com.evil.test/a.jpg', origin, allowed)).toBe(false);
    expect(isLoadable('https://bucket.oss.example.cn/a.jpg', origin, allowed)).toBe(true);
    expect(isLoadable('https://oss.example.cn.evil.test/a.jpg', origin, allowed)).toBe(false);
  });

  it('never a URL that does not parse, nor a missing one', () => {
    expect(isLoadable('https://', origin, ['*'])).toBe(false);
    expect(isLoadable(null, origin, [])).toBe(false);
  });
});

describe('preferences kept when signing out', () => {
  it('theme, rows per page, column choices and saved queries; not filters or selections', () => {
    for (const key of ['theme', 'preferences.cases.perPage', 'cases.datatable', 'cases.datatable_columnRanks', 'cases.savedQueries'])
      expect(isPreference(key), key).toBe(true);
    for (const key of ['cases.listParams', 'cases.selectedIds', 'sidebar.open', 'locale']) expect(isPreference(key), key).toBe(false);
  });
});
