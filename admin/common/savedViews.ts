/** Saved views of a list aside (FilterListItem's isSelected / toggleFilter). */
type Filters = Record<string, unknown>;

/** The same value, whatever the order of object keys (filters come from URLs, the store and code). */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, v]) => [k, canonical(v)]),
        )
      : value;

export const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** A saved view replaces every filter (keeping the search text); choosing it again clears it. */
export const isView = (value: Filters, filters: Filters) =>
  Object.keys(value).every((k) => same(filters[k], value[k])) && Object.keys(filters).every((k) => k === 'q' || k in value);

export const toggleView = (value: Filters, filters: Filters) => {
  const search = filters.q ? { q: filters.q } : {};
  return isView(value, filters) ? search : { ...search, ...value };
};

/** A list URL with a filter and sort, the way react-admin list pages read them (links from dashboards and menus). */
export function listPath(resource: string, filter: Filters, sort: { field: string; order: 'ASC' | 'DESC' }) {
  const params = new URLSearchParams({ filter: JSON.stringify(filter), sort: sort.field, order: sort.order });
  return `/${resource}?${params}`;
}
