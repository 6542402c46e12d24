import { describe, expect, it } from 'vitest';
import { enumParams, formatMessage, MESSAGES, messageFor } from '../../../domain/messages';

const PLACEHOLDER = /%\{(\w+)\}/g;

describe('MESSAGES: every template', () => {
  it.each(Object.entries(MESSAGES))('%s has only well-formed %%{name} placeholders', (_code, template) => {
    // Take out the well-formed placeholders: no half-written one may remain.
    const rest = template.replace(PLACEHOLDER, '');
    expect(rest).not.toMatch(/%\{|%\s*\w+\}|\{\w*\}/);
    expect(template.trim()).toBe(template);
    expect(template.length).toBeGreaterThan(0);
  });

  it('filling every placeholder it names leaves none behind', () => {
    for (const [code, template] of Object.entries(MESSAGES)) {
      const names = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
      const filled = formatMessage(template, Object.fromEntries(names.map((n) => [n, 'x'])));
      expect(filled, code).not.toMatch(PLACEHOLDER);
    }
  });

  it('names enum parameters only after label lists the SPA has', () => {
    for (const code of Object.keys(MESSAGES)) {
      for (const [param, namespace] of Object.entries(enumParams(code))) {
        expect(
          ['role', 'caseStatus', 'penaltyStatus', 'penaltyType', 'appealStatus', 'noticeStatus', 'noticeMove', 'inspectionStatus', 'inspectionMove'],
          `${code}.${param}`,
        ).toContain(namespace);
      }
    }
  });
});

describe('formatMessage', () => {
  it('fills placeholders; lists are joined with commas; null and undefined read as nothing', () => {
    expect(formatMessage('Case #%{id} can go to: %{allowed}', { id: 7, allowed: ['confirmed', 'dismissed'] })).toBe('Case #7 can go to: confirmed, dismissed');
    expect(formatMessage('[%{a}][%{b}][%{c}]', { a: null, b: undefined, c: false })).toBe('[][][false]');
    expect(formatMessage('%{n} and %{n}', { n: 0 })).toBe('0 and 0');
  });

  it('leaves a placeholder it has no value for as it is, also a prototype-named one', () => {
    expect(formatMessage('%{what} not found', {})).toBe('%{what} not found');
    expect(formatMessage('%{what} not found')).toBe('%{what} not found');
    expect(formatMessage('%{constructor} %{toString} %{__proto__} %{valueOf}', {})).toBe('%{constructor} %{toString} %{__proto__} %{valueOf}');
    expect(formatMessage('%{constructor}', { constructor: 'built' })).toBe('built');
  });

  it('leaves text that only looks like a placeholder alone', () => {
    expect(formatMessage('100% {sure} %{ spaced }', { sure: 'x', spaced: 'y' })).toBe('100% {sure} %{ spaced }');
  });

  it('messageFor words a code from its template', () => {
    expect(messageFor('not_found', { what: 'Case 12' })).toBe('Case 12 not found');
    expect(messageFor('field.too_short', { min: 10 })).toBe('at least 10 characters');
    expect(messageFor('unauthorized')).toBe('Sign in first');
  });
});

describe('enumParams: which parameters the SPA shows by their label', () => {
  it('names the code lists of roles and statuses', () => {
    expect(enumParams('role_may_not')).toEqual({ role: 'role', allowed: 'role' });
    expect(enumParams('appeals.already_decided')).toEqual({ status: 'appealStatus' });
    // A case status inside a penalty message.
    expect(enumParams('penalties.unconfirmed_case')).toEqual({ status: 'caseStatus' });
    expect(enumParams('penalties.not_pending')).toEqual({ status: 'penaltyStatus', type: 'penaltyType' });
    expect(enumParams('appeals.not_issued')).toEqual({ status: 'penaltyStatus', type: 'penaltyType' });
    expect(enumParams('cases.illegal_transition')).toEqual({ status: 'caseStatus', from: 'caseStatus', to: 'caseStatus', allowed: 'caseStatus' });
  });

  it('has none for other messages or for codes it does not know', () => {
    expect(enumParams('not_found')).toEqual({});
    expect(enumParams('field.too_short')).toEqual({});
    expect(enumParams('constructor')).toEqual({});
    expect(enumParams('')).toEqual({});
  });
});
