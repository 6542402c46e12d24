import { describe, expect, it } from 'vitest';
import { canRecord, INSPECTION_MOVES } from '../../domain/inspections';
import { canAccess, ROLE_TABLE, ROLES } from '../../domain/roles';

describe('canAccess (the role table shared by server and SPA)', () => {
  it('matches SPEC §6 for the foundation resources', () => {
    for (const role of ROLES) {
      for (const resource of ['merchants', 'categories', 'violation-types', 'warehouses']) {
        expect(canAccess(role, { action: 'list', resource })).toBe(true);
      }
      const worksCases = ['admin', 'manager', 'reviewer'].includes(role);
      expect(canAccess(role, { action: 'list', resource: 'cases' })).toBe(worksCases);
      expect(canAccess(role, { action: 'claim', resource: 'cases' })).toBe(worksCases);
      expect(canAccess(role, { action: 'assign', resource: 'cases' })).toBe(['admin', 'manager'].includes(role));
      expect(canAccess(role, { action: 'list', resource: 'audit-log' })).toBe(['admin', 'manager'].includes(role));
      expect(canAccess(role, { action: 'create', resource: 'users' })).toBe(role === 'admin');
      expect(canAccess(role, { action: 'edit', resource: 'categories' })).toBe(role === 'admin');
    }
  });

  it('denies what the table does not name: unknown roles, resources, actions; nobody edits merchants', () => {
    expect(canAccess(undefined, { action: 'list', resource: 'merchants' })).toBe(false);
    expect(canAccess('superuser', { action: 'list', resource: 'merchants' })).toBe(false);
    expect(canAccess('admin', { action: 'list', resource: 'nope' })).toBe(false);
    expect(canAccess('admin', { action: 'fly', resource: 'cases' })).toBe(false);
    for (const role of ROLES) expect(canAccess(role, { action: 'edit', resource: 'merchants' })).toBe(false);
    expect(Object.keys(ROLE_TABLE['audit-log'])).toEqual(['list', 'show']);
  });

  it('inspections: read by case workers and inspectors, recorded by admins and inspectors only; orders taken in by admins', () => {
    for (const role of ROLES) {
      for (const resource of ['orders', 'inspections', 'inspection-events']) {
        expect(canAccess(role, { action: 'list', resource }), `${role} ${resource}`).toBe(role !== 'comms');
      }
      for (const move of INSPECTION_MOVES) expect(canRecord(role, move), `${role} ${move}`).toBe(['admin', 'inspector'].includes(role));
      expect(canAccess(role, { action: 'attachPhoto', resource: 'inspections' })).toBe(['admin', 'inspector'].includes(role));
      expect(canAccess(role, { action: 'create', resource: 'orders' })).toBe(role === 'admin');
    }
  });

  it('treats export as list (react-admin ExportButton)', () => {
    expect(canAccess('reviewer', { action: 'export', resource: 'cases' })).toBe(true);
    expect(canAccess('comms', { action: 'export', resource: 'cases' })).toBe(false);
  });
});
