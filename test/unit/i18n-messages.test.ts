/**
 * Every message of the SPA exists in Chinese with the placeholders of its English original, and
 * every message code the API answers with (domain/messages.ts) has its Chinese wording: a server
 * error never reaches a Chinese reader in English.
 */
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../domain/messages';
import { parts as en } from '../../admin/i18n/en';
import { parts as zh } from '../../admin/i18n/zh';
import { leaves, messagesOf } from '../support/i18n';

const placeholders = (text: string) => new Set([...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]));
const HAN = /[\u4e00-\u9fff]/;

describe('Chinese messages', () => {
  it('word every API message code, with the same placeholders as its English template', () => {
    const chinese: Record<string, string> = zh.errors.td.errors;
    for (const [code, english] of Object.entries(MESSAGES)) {
      expect(chinese[code], code).toBeTypeOf('string');
      expect(chinese[code], code).toMatch(HAN);
      expect(placeholders(chinese[code]), code).toEqual(placeholders(english));
    }
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(MESSAGES).sort()); // and nothing stale
  });

  it('take the English API messages from domain/messages.ts, not from a copy', () => {
    expect(en.errors.td.errors).toBe(MESSAGES);
  });

  it('mirror every English message key, with the same placeholders', () => {
    const chinese = new Map(leaves(messagesOf(zh)));
    const english = leaves(messagesOf(en));
    expect(english.length).toBeGreaterThan(400);
    for (const [key, text] of english) {
      expect(chinese.has(key), key).toBe(true);
      // Plural forms ("one |||| many") each carry the same placeholders; Chinese has one form.
      expect(placeholders(chinese.get(key)!), key).toEqual(placeholders(text));
    }
    expect(chinese.size).toBe(english.length);
  });
});
