import type { ResourceDefinition } from '../http/resource';
import { cases } from './resource';
import { addCaseNote, assignCase, claimCase, createCase, transitionCase, updateCase } from './service';

export const casesResource: ResourceDefinition = {
  ...cases,
  create: createCase,
  update: updateCase,
  actions: {
    claim: { permission: 'claim', run: claimCase },
    assign: { permission: 'assign', run: assignCase },
    transition: { permission: 'transition', run: transitionCase },
    notes: { permission: 'note', run: addCaseNote, creates: true },
  },
};
