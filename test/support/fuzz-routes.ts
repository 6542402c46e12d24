/**
 * Every route of the API, read from the same resource list the app registers (server/app.ts
 * apiResources): list, one, create, update, delete, each workflow action and each extra route a
 * resource declares (recorded by handing it a router that only notes what is registered).
 */
import type { Router } from 'express';
import { apiResources } from '../../server/app';
import { SessionStore } from '../../server/auth/sessions';
import type { Database } from '../../server/db';

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** With `:id` where an id goes. */
  path: string;
  resource: string;
}

export function apiRoutes(db: Database): Route[] {
  const routes: Route[] = [
    { method: 'GET', path: '/api/health', resource: 'health' },
    { method: 'POST', path: '/api/auth/login', resource: 'auth' },
    { method: 'POST', path: '/api/auth/logout', resource: 'auth' },
    { method: 'GET', path: '/api/auth/me', resource: 'auth' },
    { method: 'GET', path: '/api/no-such-thing', resource: 'none' },
  ];
  for (const def of apiResources(new SessionStore(db, 'fuzz'))) {
    const base = `/api/${def.name}`;
    routes.push({ method: 'GET', path: base, resource: def.name }, { method: 'GET', path: `${base}/:id`, resource: def.name });
    // Methods a resource does not have are routes too (405, never 500).
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH'] as const)
      routes.push({ method, path: method === 'POST' ? base : `${base}/:id`, resource: def.name });
    for (const name of Object.keys(def.actions ?? {})) routes.push({ method: 'POST', path: `${base}/:id/${name}`, resource: def.name });
    const recorder = (method: Route['method']) => (path: string) => routes.push({ method, path: `${base}${path}`, resource: def.name });
    def.routes?.({ get: recorder('GET'), post: recorder('POST'), put: recorder('PUT'), delete: recorder('DELETE') } as unknown as Router, db);
  }
  return routes;
}
