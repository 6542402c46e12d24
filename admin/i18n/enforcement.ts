/**
 * Messages of the enforcement screens (admin/penalties, admin/appeals, admin/penalty-policies, the
 * issue-penalty dialog on cases, the merchant page's penalties), merged into en.ts / zh.ts by ./index.ts.
 */
import { en } from './enforcement-en';
import { zh } from './enforcement-zh';

export const enforcementMessages = { en, zh };
