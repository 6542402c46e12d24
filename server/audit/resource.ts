import { field, ref } from '../http/fields';
import type { ResourceDefinition } from '../http/resource';

/** Read-only: entries are appended by recordAudit() in the same transaction as each change. */
export const auditLogResource: ResourceDefinition = {
  name: 'audit-log',
  table: 'auditLog',
  label: 'Audit entry',
  fields: {
    id: field.integer({ sort: true }),
    at: field.date({ sort: true, range: true }),
    actorId: field.integer({ filter: true, sort: true, ref: ref.user }),
    action: field.string({ filter: true, sort: true }),
    resource: field.string({ filter: true, sort: true }),
    resourceId: field.string({ filter: true }),
    changes: field.json(),
    ip: field.string({ filter: true }),
    prevHash: field.string(),
    hash: field.string({ filter: true }),
  },
  defaultSort: ['id', 'DESC'],
};
