/**
 * The role table (SPEC §6), written once. Pure: the server enforces it on every route
 * (server/auth/authorize.ts) and the SPA's authProvider.canAccess uses it to hide what the
 * server would refuse. Record-level rules (a reviewer's own case, an inspector's own warehouse)
 * live with their workflow, e.g. ./caseWorkflow.ts.
 */
export const ROLES = ['admin', 'manager', 'reviewer', 'comms', 'inspector'] as const;
export type Role = (typeof ROLES)[number];

export type Action =
  | 'list' | 'show' | 'create' | 'edit' | 'delete'
  | 'claim' | 'assign' | 'transition' | 'note' | 'reopen'
  | 'approve' | 'reject' | 'revoke' | 'decide';

type Rules = Partial<Record<Action, readonly Role[]>>;

const ALL = ROLES;
const CASE_WORKERS = ['admin', 'manager', 'reviewer'] as const;
const LEADS = ['admin', 'manager'] as const;
const ADMIN = ['admin'] as const;

const readAll: Rules = { list: ALL, show: ALL };
const referenceData: Rules = { ...readAll, create: ADMIN, edit: ADMIN, delete: ADMIN };

export const ROLE_TABLE: Readonly<Record<string, Rules>> = {
  users: { ...readAll, create: ADMIN, edit: ADMIN },
  categories: referenceData,
  'violation-types': referenceData,
  warehouses: referenceData,
  merchants: readAll,
  cases: {
    list: CASE_WORKERS,
    show: CASE_WORKERS,
    create: CASE_WORKERS,
    edit: CASE_WORKERS,
    claim: CASE_WORKERS,
    assign: LEADS,
    transition: CASE_WORKERS,
    reopen: LEADS,
    note: CASE_WORKERS,
  },
  'case-events': { list: CASE_WORKERS, show: CASE_WORKERS },
  // Issuing goes to anyone who works cases; bans need a lead's approval (enforcement.ts: not the issuer).
  penalties: { list: CASE_WORKERS, show: CASE_WORKERS, create: CASE_WORKERS, approve: LEADS, reject: LEADS, revoke: LEADS },
  appeals: { list: CASE_WORKERS, show: CASE_WORKERS, create: CASE_WORKERS, decide: LEADS },
  'penalty-policies': { list: CASE_WORKERS, show: CASE_WORKERS, create: ADMIN },
  'audit-log': { list: LEADS, show: LEADS },
};

/** `export` (react-admin's ExportButton) is reading a list. */
const ALIASES: Record<string, Action> = { export: 'list', read: 'show' };

export function canAccess(
  role: Role | string | undefined | null,
  { action, resource }: { action: string; resource: string },
): boolean {
  if (!role) return false;
  const rules = ROLE_TABLE[resource];
  const allowed = rules?.[(ALIASES[action] ?? action) as Action];
  return allowed ? (allowed as readonly string[]).includes(role) : false;
}

/** Roles that may do `action` on `resource`; used in 403 messages and docs. */
export function rolesFor(resource: string, action: Action): readonly Role[] {
  return ROLE_TABLE[resource]?.[action] ?? [];
}
