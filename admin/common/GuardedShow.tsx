import { Show, type ShowProps } from 'react-admin';
import { useAllowedQuery } from './useAllowedQuery';

/** react-admin's <Show> that asks for the record only when the reader may see it (./useAllowedQuery.ts). */
export function GuardedShow({ queryOptions, ...props }: ShowProps) {
  const allowed = useAllowedQuery('show');
  return <Show queryOptions={{ ...allowed, ...queryOptions }} {...props} />;
}
