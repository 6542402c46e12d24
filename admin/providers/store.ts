/**
 * react-admin's store (localStorage), except that signing out keeps the reader's preferences:
 * react-admin empties the whole store on sign-out, which would forget the theme, rows per page,
 * column choices and saved queries with the filters. Filters and selections are still forgotten
 * (the next person at this browser does not inherit someone's "My queue").
 */
import { localStorageStore, type Store } from 'react-admin';

/** Store keys that are preferences: the theme, ours (`preferences.*`), DataTable columns, saved queries. */
const PREFERENCES = [/^theme$/, /^preferences\./, /\.datatable(_columnRanks)?$/, /\.savedQueries$/];

export const isPreference = (key: string) => PREFERENCES.some((pattern) => pattern.test(key));

export function preferencesStore(): Store {
  const store = localStorageStore();
  return {
    ...store,
    reset() {
      const kept = Object.entries(store.listItems?.() ?? {}).filter(([key]) => isPreference(key));
      store.reset();
      for (const [key, value] of kept) store.setItem(key, value);
    },
  };
}
