import { z } from 'zod';
import { SEVERITIES } from '../../domain/cases';
import { messageFor } from '../../domain/messages';
import { crud } from '../http/crud';
import { field } from '../http/fields';
import type { ResourceDefinition } from '../http/resource';
import { code, name } from '../http/schemas';
import type { RecordShape } from '../http/shape';

export const violationTypeShape: RecordShape = {
  name: 'violation-types',
  table: 'violationTypes',
  label: 'Violation type',
  fields: {
    id: field.integer({ sort: true }),
    code: field.string({ filter: true, sort: true, search: true }),
    name: field.string({ sort: true, search: true }),
    nameZh: field.string({ sort: true, search: true }),
    severity: field.enum(SEVERITIES, { filter: true, sort: true }),
    version: field.integer(),
    createdAt: field.date({ sort: true }),
    updatedAt: field.date({ sort: true }),
  },
};

const editable = z.object({
  name: name(),
  nameZh: name(),
  severity: z.enum(SEVERITIES),
  // Points have one home, the penalty policy: refuse them here rather than drop them silently.
  points: z
    .unknown()
    .refine((v) => v === undefined, { message: messageFor('violation_types.points_in_policy'), params: { code: 'violation_types.points_in_policy' } })
    .optional(),
});
const handlers = crud(() => violationTypeShape, { create: editable.extend({ code }), update: editable });

export const violationTypesResource: ResourceDefinition = {
  ...violationTypeShape,
  defaultSort: ['id', 'ASC'],
  ...handlers,
};
