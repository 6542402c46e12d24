/**
 * The API's errors in the reader's language (admin/i18n/serverErrors.ts): from `code` and `params`
 * (enum codes by their labels, records and fields by their names), field errors from `errorCodes`;
 * in English, exactly the server's own sentence.
 */
import { describe, expect, it } from 'vitest';
import { messageFor } from '../../domain/messages';
import { wordErrorBody } from '../../admin/i18n/serverErrors';
import { translatorFor } from '../support/i18n';

const zh = translatorFor('zh');
const en = translatorFor('en');

describe('server errors worded for the reader', () => {
  it('a conflict in Chinese names the status by its label, not its code', () => {
    const body = {
      message: 'Case #1134 is in_review, claimed by Wang Hao 王浩; …',
      code: 'cases.claimed_by',
      params: { id: 1134, status: 'in_review', name: 'Wang Hao 王浩' },
    };
    const { message } = wordErrorBody(body, zh, 'cases');
    expect(message).toBe('案件 #1134 当前为“审核中”，已由 Wang Hao 王浩 认领；只能认领待处理的案件');
    expect(wordErrorBody(body, en, 'cases').message).toBe('Case #1134 is In review, claimed by Wang Hao 王浩; only open cases can be claimed');
  });

  it('lists of codes are labelled and joined the way the language joins them', () => {
    const body = { code: 'cases.illegal_transition', params: { id: 7, from: 'open', to: 'confirmed', allowed: ['in_review'] } };
    expect(wordErrorBody(body, zh, 'cases').message).toBe('案件 #7 不能从“待处理”变为“已确认”；“待处理”之后只能变为：审核中');
    const roles = { code: 'role_may_not', params: { role: 'comms', action: 'list', resource: 'cases', allowed: ['admin', 'manager', 'reviewer'] } };
    expect(wordErrorBody(roles, zh).message).toBe('公告专员角色无权对案件执行“list”（允许的角色：管理员、主管、审核员）');
  });

  it('field errors come from errorCodes, and "invalid input" names the fields by their labels', () => {
    const body = {
      message: 'Invalid input: email: not a valid email',
      code: 'invalid_input',
      params: { details: 'email: not a valid email' },
      errors: { email: 'not a valid email', name: 'at least 2 characters' },
      errorCodes: { email: { code: 'field.format', params: { format: 'email' } }, name: { code: 'field.too_short', params: { min: 2 } } },
    };
    const { message, errors } = wordErrorBody(body, zh, 'users');
    expect(errors).toEqual({ email: '不是有效的 email', name: '至少 2 个字' });
    expect(message).toBe('输入无效：邮箱: 不是有效的 email; 姓名: 至少 2 个字');
  });

  it('a field error without a code keeps the server text', () => {
    const { errors } = wordErrorBody({ code: 'conflict', errors: { version: 'stale' } }, zh, 'cases');
    expect(errors).toEqual({ version: 'stale' });
  });

  it('records the server names by their English label read in the chosen language', () => {
    expect(wordErrorBody({ code: 'not_found', params: { what: 'Case 12' } }, zh).message).toBe('未找到案件 12');
    const stale = { code: 'stale_version', params: { what: 'violation type', sent: '3', current: '4' } };
    expect(wordErrorBody(stale, zh).message).toContain('这条违规类型记录已被他人修改');
  });

  it('in English the words are the server template filled in (domain/messages.ts)', () => {
    const params = { what: 'case', sent: '3', current: '4' };
    expect(wordErrorBody({ code: 'stale_version', params }, en).message).toBe(messageFor('stale_version', params));
    expect(wordErrorBody({ code: 'not_found', params: { what: 'Case 12' } }, en).message).toBe(messageFor('not_found', { what: 'Case 12' }));
  });

  it('a code the SPA does not know yet falls back to the server message', () => {
    expect(wordErrorBody({ code: 'future.code', message: 'Something new' }, zh).message).toBe('Something new');
    expect(wordErrorBody({ message: 'No code at all' }, zh).message).toBe('No code at all');
  });
});
