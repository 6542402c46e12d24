import { describe, expect, it } from 'vitest';
import { canAccess, ROLE_TABLE, ROLES, rolesFor, type Action, type Role } from '../../../domain/roles';

/** SPEC §6, row by row, for the resources that exist: who may do what. */
const SPEC: [resource: string, actions: Action[], roles: Role[]][] = [
  ['merchants', ['list', 'show'], ['admin', 'manager', 'reviewer', 'comms', 'inspector']],
  ['categories', ['list', 'show'], ['admin', 'manager', 'reviewer', 'comms', 'inspector']],
  ['violation-types', ['list', 'show'], ['admin', 'manager', 'reviewer', 'comms', 'inspector']],
  ['warehouses', ['list', 'show'], ['admin', 'manager', 'reviewer', 'comms', 'inspector']],
  ['cases', ['list', 'show', 'create', 'edit', 'claim', 'transition', 'note'], ['admin', 'manager', 'reviewer']],
  ['cases', ['assign', 'reopen'], ['admin', 'manager']],
  ['case-events', ['list', 'show'], ['admin', 'manager', 'reviewer']],
  ['penalties', ['create'], ['admin', 'manager', 'reviewer']],
  // Comms read issued penalties to announce them (issue: notices).
  ['penalties', ['list', 'show'], ['admin', 'manager', 'reviewer', 'comms']],
  ['notices', ['list', 'show', 'create', 'edit', 'delete', 'submit', 'publish'], ['admin', 'manager', 'comms']],
  ['notices', ['approve', 'reject', 'retract'], ['admin', 'manager']],
  // Parcels: read by case workers and inspectors (their own warehouse: the server's scope), recorded at the bench.
  ['orders', ['list', 'show'], ['admin', 'manager', 'reviewer', 'inspector']],
  ['orders', ['create'], ['admin']],
  ['inspections', ['list', 'show'], ['admin', 'manager', 'reviewer', 'inspector']],
  ['inspections', ['receive', 'start', 'verdict', 'ship', 'return', 'attachPhoto'], ['admin', 'inspector']],
  ['inspection-events', ['list', 'show'], ['admin', 'manager', 'reviewer', 'inspector']],
  ['penalties', ['approve', 'reject', 'revoke'], ['admin', 'manager']],
  ['appeals', ['create'], ['admin', 'manager', 'reviewer']],
  ['appeals', ['decide'], ['admin', 'manager']],
  ['audit-log', ['list', 'show'], ['admin', 'manager']],
  ['users', ['list', 'show'], ['admin', 'manager', 'reviewer', 'comms', 'inspector']],
  ['users', ['readPrivate', 'create', 'edit'], ['admin']],
  ['categories', ['create', 'edit', 'delete'], ['admin']],
  ['violation-types', ['create', 'edit', 'delete'], ['admin']],
  ['warehouses', ['create', 'edit', 'delete'], ['admin']],
  ['penalty-policies', ['create'], ['admin']],
];

describe('canAccess (the role table shared by server and SPA)', () => {
  it.each(SPEC)('%s %j: exactly %j', (resource, actions, roles) => {
    for (const action of actions) {
      for (const role of ROLES) expect(canAccess(role, { action, resource }), `${role} ${action} ${resource}`).toBe(roles.includes(role));
      expect([...rolesFor(resource, action)].sort()).toEqual([...roles].sort());
    }
  });

  it('denies what the table does not name: no role, unknown roles, resources, actions; nobody edits merchants or the audit log', () => {
    expect(canAccess(undefined, { action: 'list', resource: 'merchants' })).toBe(false);
    expect(canAccess(null, { action: 'list', resource: 'merchants' })).toBe(false);
    expect(canAccess('', { action: 'list', resource: 'merchants' })).toBe(false);
    expect(canAccess('superuser', { action: 'list', resource: 'merchants' })).toBe(false);
    expect(canAccess('admin', { action: 'list', resource: 'nope' })).toBe(false);
    expect(canAccess('admin', { action: 'fly', resource: 'cases' })).toBe(false);
    for (const role of ROLES) {
      for (const action of ['create', 'edit', 'delete']) {
        expect(canAccess(role, { action, resource: 'merchants' })).toBe(false);
        expect(canAccess(role, { action, resource: 'audit-log' })).toBe(false);
        expect(canAccess(role, { action, resource: 'case-events' })).toBe(false);
      }
    }
    expect(Object.keys(ROLE_TABLE['audit-log'])).toEqual(['list', 'show']);
  });

  it('prototype names are not resources, actions or roles (and never crash)', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(canAccess('admin', { action: 'list', resource: name }), name).toBe(false);
      expect(canAccess('admin', { action: name, resource: 'cases' }), name).toBe(false);
      expect(canAccess(name, { action: 'list', resource: 'cases' }), name).toBe(false);
      expect(rolesFor(name, 'list'), name).toEqual([]);
      expect(rolesFor('cases', name as Action), name).toEqual([]);
    }
  });

  it('treats export as list and read as show (react-admin names)', () => {
    expect(canAccess('reviewer', { action: 'export', resource: 'cases' })).toBe(true);
    expect(canAccess('comms', { action: 'export', resource: 'cases' })).toBe(false);
    expect(canAccess('inspector', { action: 'read', resource: 'merchants' })).toBe(true);
    expect(canAccess('comms', { action: 'read', resource: 'audit-log' })).toBe(false);
    expect(rolesFor('audit-log', 'export' as Action)).toEqual(['admin', 'manager']);
  });
});
