import { useCanAccess, useResourceContext } from 'react-admin';

/**
 * Query options for a page's own request: sent only once the role table allows it. react-admin
 * sends it as soon as the access check has answered, even "no", while it redirects to "Access
 * denied": a request known to fail (403), and an error notification on that page.
 */
export function useAllowedQuery(action: 'list' | 'show' | 'edit') {
  const resource = useResourceContext();
  const { canAccess } = useCanAccess({ resource, action });
  return { enabled: canAccess === true };
}
