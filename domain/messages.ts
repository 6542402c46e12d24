/**
 * Every message the API answers with, by stable code. The server words its `message` (and field
 * errors) in English from these templates; the SPA words the same code and parameters in the
 * reader's language (admin/i18n/<lang>/errors.ts), so a Chinese reader never sees an English
 * server sentence. Placeholders are `%{name}`; `ENUM_PARAMS` says which parameters are codes
 * (statuses, types) that the SPA shows by their label.
 */
export const MESSAGES = {
  // Generic answers
  bad_request: 'Bad request',
  unauthorized: 'Sign in first',
  forbidden: 'Your role may not do this',
  not_found: '%{what} not found',
  no_such_endpoint: 'No such endpoint: %{method} %{path}',
  method_not_allowed: '%{what} records cannot be %{how}',
  conflict: 'This change conflicts with the current state; reload and try again',
  stale_version: 'This %{what} was changed by someone else (you edited version %{sent}, it is now at version %{current}). Reload it and try again.',
  too_large: 'Request body too large',
  unsupported_encoding: 'Unsupported encoding',
  json_only: 'The API takes JSON bodies only (Content-Type: application/json)',
  cross_site: 'Refused: a change must come from Trustdesk itself, not from another site or page',
  malformed_json: 'Malformed JSON in request body',
  unique: 'Another record already has this %{field}',
  unique_any: 'A record with the same unique value already exists',
  foreign_key: 'This change refers to a missing record, or the record is still referenced elsewhere',
  value_not_allowed: 'A value is missing or not allowed',
  value_out_of_range: 'A value is out of range, too long or contains characters that cannot be stored',
  rate_limited: 'Too many requests; try again in %{minutes} minutes',
  internal: 'Internal server error',
  invalid_input: 'Invalid input: %{details}',
  role_may_not: 'The %{role} role may not %{action} %{resource} (allowed: %{allowed})',

  // Field errors (the `errorCodes` of a 400)
  'field.required': 'required',
  'field.invalid': 'not valid',
  'field.too_short': 'at least %{min} characters',
  'field.too_long': 'at most %{max} characters',
  'field.too_small': 'at least %{min}',
  'field.too_big': 'at most %{max}',
  'field.too_few': 'at least %{min} items',
  'field.too_many': 'at most %{max} items',
  'field.not_integer': 'a whole number',
  'field.wrong_type': 'expected %{expected}',
  'field.one_of': 'one of %{options}',
  'field.format': 'not a valid %{format}',
  'field.no_such': 'no %{what} with this id',
  'field.taken': 'already used by another record',
  'field.unknown': 'unknown field',

  // List queries
  'list.param_json': '%{name} must be given once, as valid JSON',
  'list.sort_shape': 'sort must be ["field","ASC"|"DESC"]',
  'list.cannot_sort': 'Cannot sort by "%{field}"',
  'list.range_shape': 'range must be [start, end] with at most %{max} rows',
  'list.filter_shape': 'filter must be a JSON object',
  'list.bad_filter': 'Invalid filter %{field}: %{why}',
  'list.bad_id': '"%{raw}" is not a valid id',

  // Sign-in
  'auth.wrong_password': 'Wrong email or password',
  'auth.deactivated': 'This account is deactivated; ask an administrator',
  'auth.session_ended': 'Your session has expired or was ended; sign in again',
  'auth.too_many_attempts': 'Too many failed sign-in attempts; try again in %{minutes} minutes',

  // Idempotency
  'idempotency.too_long': 'Idempotency-Key is too long (at most 200 characters)',
  'idempotency.other_request': 'This Idempotency-Key was already used for a different request',
  'idempotency.other_body': 'This Idempotency-Key was already used with a different body; send a new key for a new request',
  'idempotency.unknown_outcome': 'An earlier request with this Idempotency-Key never finished; check whether it took effect, then use a new key',
  'idempotency.in_progress': 'A request with this Idempotency-Key is still in progress; retry in a moment',

  // Staff and reference data
  'users.email_taken': '%{email} already has an account',
  'users.not_yourself': 'You cannot deactivate your own account or change your own role',
  'users.inspector_warehouse': 'Inspectors belong to a warehouse',
  'policy.step_at_zero': 'one step must start at 0 points',
  'policy.distinct_steps': 'each step needs its own threshold',
  'policy.step_duration': 'suspensions and listing removals need a duration',
  'categories.loop': 'A category cannot be placed under itself or one of its subcategories',
  'violation_types.points_in_policy': 'Points are set per violation type in the penalty policy, not on the violation type',
  no_such: 'No %{what} with id %{id}',

  // Cases
  'cases.not_editable': 'Case #%{id} is %{status}; only open or in-review cases can be edited',
  'cases.not_yours_edit': 'Case #%{id} is assigned to someone else; only they or a manager can edit it',
  'cases.not_claimable': 'Case #%{id} is %{status}; only open cases can be claimed',
  'cases.claimed_by': 'Case #%{id} is %{status}, claimed by %{name}; only open cases can be claimed',
  'cases.not_assignable': 'Case #%{id} is %{status}; only open or in-review cases can be assigned',
  'cases.bad_assignee': 'Cases can only be assigned to an active reviewer or manager',
  'cases.illegal_transition': 'Case #%{id} cannot go from %{from} to %{to}; from %{from} it can go to: %{allowed}',
  'cases.final': 'Case #%{id} cannot go from %{from} to %{to}; from %{from} it can go to: nothing (final)',
  'cases.via_claim': 'Case #%{id} cannot go from %{from} to %{to}: claim or assign the case instead',
  'cases.via_penalty': 'Case #%{id} cannot go from %{from} to %{to}: a case becomes penalized when a penalty citing it is issued',
  'cases.via_ban_rejection': 'Case #%{id} cannot go from %{from} to %{to}: a penalized case goes back to confirmed only when the ban citing it is rejected',
  'cases.only_lead_reopens': 'Only a manager can reopen a dismissed case',
  'cases.not_yours_resolve': 'Case #%{id} is assigned to someone else; only they or a manager can resolve it',
  'cases.resolution_required': 'Write the resolution: why the case is confirmed or dismissed',
  'cases.changed': 'Case #%{id} is no longer %{status}; reload and try again',

  // Penalties and appeals
  'penalties.fine_needs_amount': 'a fine needs an amount',
  'penalties.carries_no_fine': 'a %{type} carries no fine',
  'penalties.needs_end': 'a %{type} needs an end date',
  'penalties.has_no_end': 'a %{type} has no end date',
  'penalties.start_within': 'within %{days} days of today',
  'penalties.end_after_start': 'after the start',
  'penalties.max_duration': 'at most %{days} days after the start',
  'penalties.unknown_cases': 'No case #%{ids}',
  'penalties.foreign_case': 'Case #%{id} belongs to merchant %{owner}, not %{merchant}',
  'penalties.unconfirmed_case': 'Case #%{id} is %{status}; only confirmed cases can be penalized',
  'penalties.already_banned': 'Merchant %{merchant} is already banned; a second ban cannot be issued',
  'penalties.ban_pending': 'Merchant %{merchant} already has a ban awaiting approval',
  'penalties.already_decided': 'Penalty #%{id} was already decided; reload it',
  'penalties.not_pending': 'Penalty #%{id} is %{status}; only bans pending approval can be approved or rejected',
  'penalties.own_ban': 'You issued this ban: another manager must approve or reject it',
  'penalties.not_revocable': 'Penalty #%{id} is %{status}; only active or served penalties can be revoked',
  'penalties.suggest_needs_cases': 'Give the cited cases (caseIds) or violation types (violationTypeId) to suggest a penalty for',
  'appeals.not_issued': 'Penalty #%{id} is %{status}; only issued penalties can be appealed',
  'appeals.window_closed': 'The appeal window for penalty #%{id} closed on %{closed} (%{days} days after it took effect)',
  'appeals.already_pending': 'Penalty #%{id} already has a pending appeal',
  'appeals.already_decided': 'Appeal #%{id} was already decided (%{status})',
  'appeals.own_penalty': 'You issued this penalty: another manager must decide its appeal',

  // Penalty notices
  'notices.wrong_status': 'Notice #%{id} is %{status}; to %{move} it, it must be one of: %{allowed}',
  'notices.own_notice': 'You wrote this notice: another manager must approve it or send it back',
  'notices.not_editable': 'Notice #%{id} is %{status}; only drafts can be edited (withdraw it to draft first)',
  'notices.not_deletable': 'Notice #%{id} is %{status}; only drafts can be deleted',
  'notices.not_correctable': 'Notice #%{id} is %{status}; only published or retracted notices can be corrected',
  'notices.already_corrected': 'Notice #%{id} already has a correction (notice #%{correction}); work on that one',
  'notices.changed': 'Notice #%{id} is no longer %{status}; reload it',
  'notices.no_penalties': 'No issued penalties took effect from %{from} to %{to} (category: %{category}); pick another period or category',
  'notices.too_many_entries': 'A notice lists at most %{max} penalties (this one would list %{count}); pick a shorter period or fewer penalties',
  'notices.empty': 'A notice lists at least one penalty',
  'notices.unknown_penalties': 'No penalty #%{ids}',
  'notices.penalty_not_issued': 'Penalty #%{id} is %{status}; only issued penalties (active or served) can be announced',
  'notices.bad_date': 'a date (YYYY-MM-DD) or an ISO date-time',
  'notices.period_order': 'not before the start',
  'notices.period_future': 'not in the future: a notice reports penalties already issued',
  'notices.period_too_long': 'at most %{days} days after the start',
  'notices.publish_at_past': 'a time in the future, or none to publish now',
  'notices.publish_at_too_far': 'within %{days} days from now',
  'notices.slug_format': 'lowercase letters, digits and single hyphens, at most %{max} characters',

  // Orders, inspections, photos and buyer tracking
  'orders.placed_in_future': 'placedAt may not be in the future',
  'orders.inactive_warehouse': 'Warehouse #%{id} is not active; route the order to an active warehouse',
  'inspections.not_received': 'The parcel of inspection #%{id} has not arrived yet (%{status}); receive it first',
  'inspections.not_started': 'Inspection #%{id} is %{status}; start the inspection before recording a verdict',
  'inspections.already_decided': 'Inspection #%{id} already has its verdict (%{status}); a verdict is recorded once',
  'inspections.only_passed_ship': 'Inspection #%{id} is %{status}; only passed items ship to the buyer',
  'inspections.only_failed_return': 'Inspection #%{id} is %{status}; only failed items go back to the merchant',
  'inspections.already_moved': 'Inspection #%{id} is %{status}; %{move} is only possible when it is %{from}',
  'inspections.changed': 'Inspection #%{id} changed meanwhile (it is now %{status}); reload it',
  'inspections.unknown_material': 'Unknown material code "%{material}"',
  'inspections.weight': 'more than 0 and at most %{max} g, to 0.001 g',
  'inspections.certificate_required': 'A passed verdict needs the certificate number',
  'inspections.certificate_on_failure': 'A failed item gets no certificate',
  'inspections.reason_on_pass': 'A passed verdict has no failure reason',
  'inspections.reason_required': 'Give the failure reason (a violation type code): the measurements match the declaration, so none is proposed',
  'inspections.unknown_reason': 'No violation type with code "%{reason}"',
  'inspections.certificate_taken': 'Certificate %{certificateNo} is already recorded on inspection #%{other}',
  'inspections.seal_taken': 'Seal %{sealNo} is already on the parcel of inspection #%{other}',
  'inspections.photo_type': 'Photos must be JPEG, PNG, WebP or HEIC images; this file is %{detected}',
  'inspections.photo_too_large': 'A photo may be at most %{mb} MB',
  'inspections.photo_base64': 'not valid base64',
  'inspections.photos_closed': 'Inspection #%{id} is %{status}; photos attach while the parcel is received or being inspected',
  'inspections.too_many_photos': 'Inspection #%{id} already has %{max} photos',
  'tracking.too_many_lookups': 'Too many unknown tracking codes from your address; try again in %{minutes} minutes',

  // Metrics
  'metrics.bad_date': '%{field} must be a date as YYYY-MM-DD (got "%{value}")',
  'metrics.inverted': 'The range is inverted: from (%{from}) is after to (%{to})',
  'metrics.too_long': 'A chart by %{bucket} covers at most %{max} buckets; shorten the range or choose a larger bucket',
  'metrics.bad_bucket': 'bucket must be one of %{options} (got "%{value}")',
  'metrics.bad_format': 'format must be json or csv (got "%{value}")',
  'metrics.bad_id': '%{field} must be a positive whole number (got "%{value}")',
  'metrics.unknown_warehouse': 'No warehouse with id %{id}',
  'metrics.unknown_category': 'No category with id %{id}',
  'metrics.own_warehouse': 'Inspectors read the metrics of their own warehouse only (warehouse %{own})',
  'metrics.since_future': 'since (%{since}) is in the future',
} as const;

export type MessageCode = keyof typeof MESSAGES;
export type MessageParams = Record<string, string | number | boolean | null | undefined | (string | number)[]>;

/** Parameters that are codes of an enum, shown by their label (`td.<namespace>.<code>` in the SPA). */
export function enumParams(code: string): Record<string, string> {
  if (code === 'role_may_not') return { role: 'role', allowed: 'role' };
  if (code === 'appeals.already_decided') return { status: 'appealStatus' };
  if (code === 'penalties.unconfirmed_case') return { status: 'caseStatus' };
  if (code === 'notices.penalty_not_issued') return { status: 'penaltyStatus' };
  if (code.startsWith('notices.')) return { status: 'noticeStatus', allowed: 'noticeStatus', move: 'noticeMove' };
  if (code.startsWith('penalties.') || code.startsWith('appeals.')) return { status: 'penaltyStatus', type: 'penaltyType' };
  if (code.startsWith('inspections.')) return { status: 'inspectionStatus', from: 'inspectionStatus', move: 'inspectionMove' };
  if (code.startsWith('cases.')) return { status: 'caseStatus', from: 'caseStatus', to: 'caseStatus', allowed: 'caseStatus' };
  return {};
}

/** A template filled in; lists are joined with commas, missing values left as they are. */
export function formatMessage(template: string, params: MessageParams = {}): string {
  return template.replace(/%\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    return Array.isArray(value) ? value.join(', ') : String(value ?? '');
  });
}

export const messageFor = (code: MessageCode, params?: MessageParams): string => formatMessage(MESSAGES[code], params);

/** A field's problem as the API reports it beside its English text. */
export interface FieldProblem {
  code: MessageCode | string;
  params?: MessageParams;
}
