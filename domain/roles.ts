/**
 * The role table (SPEC §6), written once. The server enforces it on every route
 * (server/auth/authorize.ts); the SPA's authProvider.canAccess uses it to hide what the server
 * would refuse. Record-level rules (a reviewer's own case, an issuer never deciding their own ban,
 * an inspector's own warehouse) live with their workflow in this folder.
 */
export const ROLES = ['admin', 'manager', 'reviewer', 'comms', 'inspector'] as const;
export type Role = (typeof ROLES)[number];

export type Action =
  | 'list'
  | 'show'
  | 'create'
  | 'edit'
  | 'delete'
  | 'claim'
  | 'assign'
  | 'transition'
  | 'note'
  | 'reopen'
  | 'approve'
  | 'reject'
  | 'revoke'
  | 'decide'
  | 'submit'
  | 'publish'
  | 'retract'
  // Inspection lifecycle (./inspections.ts), each its own action: the SPA asks for the one it shows.
  | 'receive'
  | 'start'
  | 'verdict'
  | 'ship'
  | 'return'
  | 'attachPhoto'
  /** Fields only some roles read (staff emails, sign-in times, account state; per-reviewer metrics). */
  | 'readPrivate';

type Rules = Partial<Record<Action, readonly Role[]>>;

const ALL = ROLES;
const CASE_WORKERS = ['admin', 'manager', 'reviewer'] as const;
const LEADS = ['admin', 'manager'] as const;
const ADMIN = ['admin'] as const;
/** Who reads issued penalties, with their merchant and violation: case workers, and comms for notices. */
const PENALTY_READERS = ['admin', 'manager', 'reviewer', 'comms'] as const;
/** Who drafts, schedules and publishes penalty notices. */
const NOTICE_STAFF = ['admin', 'manager', 'comms'] as const;
// Parcels are read by whoever works cases or watches the warehouses; recorded only at the bench.
const INSPECTION_READERS = ['admin', 'manager', 'reviewer', 'inspector'] as const;
const INSPECTION_RECORDERS = ['admin', 'inspector'] as const;
/** Enforcement figures by category: everyone but warehouse staff (who read their own warehouse's). */
const ENFORCEMENT_METRIC_READERS = ['admin', 'manager', 'reviewer', 'comms'] as const;

const readAll: Rules = { list: ALL, show: ALL };
const referenceData: Rules = { ...readAll, create: ADMIN, edit: ADMIN, delete: ADMIN };

export const ROLE_TABLE: Readonly<Record<string, Rules>> = {
  // Everyone reads the directory (id, name, role, warehouse); only admins see emails, sign-ins and account state.
  users: { ...readAll, create: ADMIN, edit: ADMIN, readPrivate: ADMIN },
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
  // Issuing goes to anyone who works cases; bans need a lead's approval (./penalties.ts: not the issuer).
  // Comms read them to write notices (issued ones only: server/penalties/resource.ts scope).
  penalties: { list: PENALTY_READERS, show: PENALTY_READERS, create: CASE_WORKERS, approve: LEADS, reject: LEADS, revoke: LEADS },
  appeals: { list: CASE_WORKERS, show: CASE_WORKERS, create: CASE_WORKERS, decide: LEADS },
  'penalty-policies': { list: CASE_WORKERS, show: CASE_WORKERS, create: ADMIN },
  'audit-log': { list: LEADS, show: LEADS },
  // Drafts are written and published by comms (and leads); a lead other than the author approves (./notices.ts).
  notices: {
    list: NOTICE_STAFF,
    show: NOTICE_STAFF,
    create: NOTICE_STAFF,
    edit: NOTICE_STAFF,
    delete: NOTICE_STAFF,
    submit: NOTICE_STAFF,
    approve: LEADS,
    reject: LEADS,
    publish: NOTICE_STAFF,
    retract: LEADS,
  },
  // Inspectors see and record their own warehouse only: the server scopes every read and action (./inspections.ts warehouseScope).
  orders: { list: INSPECTION_READERS, show: INSPECTION_READERS, create: ADMIN },
  inspections: {
    list: INSPECTION_READERS,
    show: INSPECTION_READERS,
    receive: INSPECTION_RECORDERS,
    start: INSPECTION_RECORDERS,
    verdict: INSPECTION_RECORDERS,
    ship: INSPECTION_RECORDERS,
    return: INSPECTION_RECORDERS,
    attachPhoto: INSPECTION_RECORDERS,
  },
  'inspection-events': { list: INSPECTION_READERS, show: INSPECTION_READERS },
  // SPEC §5: GET /api/metrics/warehouses (an inspector: their own warehouse only, server/metrics/params.ts),
  // /api/metrics/enforcement and /headline; per-reviewer figures only for leads.
  'metrics/warehouses': { list: ALL },
  'metrics/enforcement': { list: ENFORCEMENT_METRIC_READERS, readPrivate: LEADS },
  'metrics/headline': { list: ENFORCEMENT_METRIC_READERS },
};

/** `export` (react-admin's ExportButton) is reading a list. */
const ALIASES: Record<string, Action> = { export: 'list', read: 'show' };

/** The roles the table names for `action` (or its alias) on `resource`; nothing for names it does not hold, prototype names included. */
function allowedRoles(resource: string, action: string): readonly Role[] | undefined {
  const rules = Object.hasOwn(ROLE_TABLE, resource) ? ROLE_TABLE[resource] : undefined;
  const key = (Object.hasOwn(ALIASES, action) ? ALIASES[action] : action) as Action;
  return rules && Object.hasOwn(rules, key) ? rules[key] : undefined;
}

export function canAccess(role: Role | string | undefined | null, { action, resource }: { action: string; resource: string }): boolean {
  if (!role) return false;
  return (allowedRoles(resource, action) as readonly string[] | undefined)?.includes(role) ?? false;
}

/** Roles that may do `action` on `resource`; used in 403 messages and docs. */
export function rolesFor(resource: string, action: Action): readonly Role[] {
  return allowedRoles(resource, action) ?? [];
}
