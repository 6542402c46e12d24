import type { SessionStore } from '../auth/sessions';
import type { ResourceDefinition } from '../http/resource';
import { users } from './resource';
import { createUser, updateUser } from './service';

export function usersResource(sessions: SessionStore): ResourceDefinition {
  return { ...users, create: createUser, update: (ctx, id, body) => updateUser(ctx, id, body, sessions) };
}
