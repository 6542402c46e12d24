/** Every test process writes and checks the audit chain with one fixed key (vitest setupFiles). */
import { setAuditKey } from '../../server/audit/chain';

export const TEST_AUDIT_KEY = 'trustdesk-test-audit-key-0123456789';
setAuditKey(TEST_AUDIT_KEY);
