import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../domain/roles';
import { ASSIGNABLE_ROLES, canBeAssignedCases, DIRECTORY_FIELDS, needsWarehouse, warehouseFor, warehouseProblem } from '../../../domain/staff';

describe('staff accounts', () => {
  it('only inspectors belong to a warehouse', () => {
    expect(ROLES.filter(needsWarehouse)).toEqual(['inspector']);
    expect(needsWarehouse(undefined)).toBe(false);
    expect(needsWarehouse(null)).toBe(false);
  });

  it('an inspector without a warehouse is a problem; anyone else is fine either way', () => {
    expect(warehouseProblem({ role: 'inspector', warehouseId: null })).toBe('inspectors belong to a warehouse');
    expect(warehouseProblem({ role: 'inspector' })).toBe('inspectors belong to a warehouse');
    expect(warehouseProblem({ role: 'inspector', warehouseId: 3 })).toBeNull();
    expect(warehouseProblem({ role: 'reviewer', warehouseId: null })).toBeNull();
    expect(warehouseProblem({ role: 'reviewer', warehouseId: 3 })).toBeNull();
    expect(warehouseProblem({})).toBeNull();
  });

  it('an account keeps a warehouse only as an inspector (a role change drops it)', () => {
    expect(warehouseFor('inspector', 3)).toBe(3);
    expect(warehouseFor('inspector', undefined)).toBeNull();
    for (const role of ROLES.filter((r) => r !== 'inspector')) expect(warehouseFor(role, 3), role).toBeNull();
  });

  it('cases go to active reviewers and managers only (admins administer; comms and inspectors do not work cases)', () => {
    expect(ASSIGNABLE_ROLES).toEqual(['reviewer', 'manager']);
    for (const role of ROLES) expect(canBeAssignedCases({ role, active: true }), role).toBe(role === 'reviewer' || role === 'manager');
    expect(canBeAssignedCases({ role: 'reviewer', active: false })).toBe(false);
    // Records that do not carry the private `active` flag count as active.
    expect(canBeAssignedCases({ role: 'manager' })).toBe(true);
    expect(canBeAssignedCases({ role: 'manager', active: null })).toBe(true);
    expect(canBeAssignedCases({ role: 'constructor', active: true })).toBe(false);
  });

  it('the directory every role reads has no private field', () => {
    expect(DIRECTORY_FIELDS).toEqual(['id', 'name', 'role', 'warehouseId']);
  });
});
