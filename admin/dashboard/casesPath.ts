/** A link into the case list with a filter and sort, the way react-admin list URLs carry them. */
export function casesPath(filter: Record<string, unknown>, sort: { field: string; order: 'ASC' | 'DESC' } = { field: 'dueAt', order: 'ASC' }) {
  const params = new URLSearchParams({ filter: JSON.stringify(filter), sort: sort.field, order: sort.order });
  return `/cases?${params}`;
}

export const OVERDUE = { overdue: true } as const;
export const UNASSIGNED_OPEN = { status: 'open' } as const; // reopening clears the assignee: open means nobody has it
