/**
 * The API's messages by code, worded by the SPA (see ../serverErrors.ts). English is the server's
 * own wording, kept in one place: domain/messages.ts.
 */
import { MESSAGES, type MessageCode } from '../../../domain/messages';

export const errors: { td: { errors: Record<MessageCode, string> } } = { td: { errors: MESSAGES } };
