import { z } from 'zod';
import { ASSIGNABLE_ROLES } from '../../domain/staff';
import type { SessionStore } from '../auth/sessions';
import { write, type ResourceDefinition } from '../http/resource';
import { createUserSchema, updateUserSchema, userShape } from './schema';
import { createUser, updateUser } from './service';

export function usersResource(sessions: SessionStore): ResourceDefinition {
  return {
    ...userShape,
    defaultSort: ['name', 'ASC'],
    customFilters: {
      // Who a case may be assigned to (domain/staff.ts), without exposing account state to non-admins.
      assignable: {
        schema: z.literal(true).or(z.literal('true')),
        apply(qb) {
          qb.whereIn('users.role', ASSIGNABLE_ROLES as unknown as string[]).where('users.active', true);
        },
      },
    },
    create: write(createUserSchema, createUser),
    update: write<typeof updateUserSchema, [id: number]>(updateUserSchema, (tx, id, input) => updateUser(tx, id, input, sessions)),
  };
}
