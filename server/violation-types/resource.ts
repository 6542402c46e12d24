import { z } from 'zod';
import { SEVERITIES } from '../../admin/providers/caseWorkflow';
import { crud } from '../http/crud';
import { field } from '../http/fields';
import type { ResourceDefinition } from '../http/resource';
import { code, name } from '../http/schemas';

const editable = z.object({
  name: name(),
  nameZh: name(),
  severity: z.enum(SEVERITIES),
  points: z.number().int().min(0).max(100),
});
const handlers = crud(() => violationTypes, { create: editable.extend({ code }), update: editable });

export const violationTypes: ResourceDefinition = {
  name: 'violation-types',
  table: 'violationTypes',
  label: 'Violation type',
  fields: {
    id: field.integer({ sort: true }),
    code: field.string({ filter: true, sort: true, search: true }),
    name: field.string({ sort: true, search: true }),
    nameZh: field.string({ sort: true, search: true }),
    severity: field.enum(SEVERITIES, { filter: true, sort: true }),
    points: field.integer({ sort: true, range: true }),
    version: field.integer(),
    createdAt: field.date({ sort: true }),
    updatedAt: field.date({ sort: true }),
  },
  defaultSort: ['id', 'ASC'],
  ...handlers,
};
