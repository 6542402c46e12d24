/**
 * What the SPA words from structured server data, in both languages: timeline entries from case
 * events' `data` (never raw codes such as "live_suspension"), the penalty policy's reasoning for
 * several cited cases, and structured audit values.
 */
import { describe, expect, it } from 'vitest';
import type { CaseEventRecord } from '../../domain/cases';
import type { SuggestionReason } from '../../domain/policy';
import { auditActionLabel } from '../../admin/audit-log/auditFields';
import { wordStructured } from '../../admin/audit-log/structuredValues';
import { describeEvent } from '../../admin/cases/timeline/describeEvent';
import { wordReason } from '../../admin/penalties/issue/suggestionReasons';
import { translatorFor } from '../support/i18n';

const en = translatorFor('en');
const zh = translatorFor('zh');
const NAMES: Record<string, string> = { material_fraud: 'Material fraud', weight_mismatch: 'Weight mismatch' };
const nameOf = (code: string) => NAMES[code] ?? code;

const event = (e: Partial<CaseEventRecord>): CaseEventRecord => ({
  id: 1,
  caseId: 12,
  actorId: 3,
  at: '2026-11-20T10:00:00.000Z',
  kind: 'status',
  from: null,
  to: null,
  note: null,
  data: null,
  ...e,
});

describe('timeline entries', () => {
  const users = (id: number | null | undefined) => (id === 5 ? 'Wang Hao 王浩' : undefined);

  it('a penalty citing the case reads by its type label', () => {
    const issued = event({ from: 'confirmed', to: 'penalized', data: { move: 'penalty_issued', penaltyId: 40, penaltyType: 'live_suspension' } });
    expect(describeEvent(issued, 'Li Na', users, en)).toBe('Li Na issued a penalty citing the case: Live-stream suspension');
    expect(describeEvent(issued, '李娜', users, zh)).toBe('李娜 引用该案件作出处罚：暂停直播');
  });

  it('a rejected ban, a reopening, an assignment, an opening and an edit read from their data', () => {
    expect(describeEvent(event({ from: 'penalized', to: 'confirmed', data: { move: 'ban_rejected', penaltyId: 41 } }), 'Chen Jing', users, en)).toBe(
      'Chen Jing rejected the ban citing the case: it can be penalized again',
    );
    expect(describeEvent(event({ from: 'dismissed', to: 'open', data: { move: 'reopen' } }), 'Chen Jing', users, en)).toBe('Chen Jing reopened the case');
    expect(describeEvent(event({ kind: 'assigned', data: { assigneeId: 5 } }), 'Chen Jing', users, en)).toBe('Chen Jing assigned the case to Wang Hao 王浩');
    expect(describeEvent(event({ kind: 'opened', data: { source: 'complaint' } }), '李娜', users, zh)).toBe('李娜 立案（买家投诉）');
    expect(describeEvent(event({ kind: 'edited', data: { fields: ['summary', 'severity'] } }), 'Li Na', users, en)).toBe('Li Na edited Summary, Severity');
    expect(describeEvent(event({ kind: 'edited', data: { fields: ['summary', 'severity'] } }), '李娜', users, zh)).toBe('李娜 修改了摘要、严重程度');
  });

  it('an event without data falls back on the machine: confirmed → penalized is a penalty', () => {
    expect(describeEvent(event({ from: 'confirmed', to: 'penalized' }), 'Li Na', users, en)).toBe('Li Na issued a penalty citing the case');
    expect(describeEvent(event({ from: 'in_review', to: 'confirmed' }), 'Li Na', users, en)).toBe('Li Na confirmed the case');
  });
});

describe('the policy reasoning for several cited cases', () => {
  const words = { translate: en, nameOf, date: () => 'Dec 1, 2025' };
  const added: SuggestionReason = {
    code: 'added',
    violations: [
      { code: 'material_fraud', cases: 2, points: 16 },
      { code: 'weight_mismatch', cases: 1, points: 3 },
    ],
    added: 19,
    total: 31,
  };

  it('names every cited violation type, with its cases and points', () => {
    expect(wordReason(added, words)).toBe('Citing Material fraud ×2 (16 points) and Weight mismatch (3 points) adds 19 points: 31 in all');
    expect(wordReason(added, { ...words, translate: zh, nameOf: (c) => (c === 'material_fraud' ? '材质造假' : '重量不符') })).toBe(
      '引用 材质造假×2（16 分）、重量不符（3 分），加 19 分，合计 31 分',
    );
  });

  it('words the step, a direct ban and a refused ban', () => {
    expect(wordReason({ code: 'step', total: 31, minPoints: 24, type: 'live_suspension', durationDays: 30, policyId: 3 }, words)).toBe(
      '31 points reach the ladder step: Live-stream suspension for 30 days (policy version 3)',
    );
    expect(wordReason({ code: 'direct_ban', violation: 'material_fraud', policyId: 3 }, words)).toBe(
      'Material fraud goes straight to a permanent ban (policy version 3)',
    );
    expect(wordReason({ code: 'already_banned' }, words)).toBe('The merchant is already banned: a second ban cannot be issued.');
    expect(wordReason({ code: 'counted', count: 2, points: 12, windowDays: 365, since: '2025-12-01T00:00:00Z' }, words)).toBe(
      '2 penalties since Dec 1, 2025 count 12 points',
    );
  });
});

describe('audit actions', () => {
  it('read by their labels, a penalty moving a case too', () => {
    expect(auditActionLabel('transition:penalized', en)).toBe('Penalized');
    expect(auditActionLabel('transition:penalized', zh)).toBe('已处罚');
    expect(auditActionLabel('decide:overturned', en)).toBe('Appeal overturned');
    // A move added later on the server still reads as a status.
    expect(auditActionLabel('transition:in_review', en)).toBe('Status: In review');
  });
});

describe('structured audit values', () => {
  it('a policy reads by violation names and penalty labels, evidence by kind', () => {
    const words = { translate: en, nameOf };
    expect(wordStructured('points', { material_fraud: 8, weight_mismatch: 3 }, words)).toBe('Material fraud: 8\nWeight mismatch: 3');
    expect(wordStructured('ladder', [{ minPoints: 12, type: 'live_suspension', durationDays: 7 }], words)).toBe('12 and more: Live-stream suspension (7 days)');
    expect(wordStructured('directBanTypes', ['material_fraud'], words)).toBe('Material fraud');
    expect(wordStructured('evidence', [{ kind: 'url', url: 'https://e.example/1' }], words)).toBe('Link: https://e.example/1');
    expect(wordStructured('caseIds', [3, 4], words)).toBe('#3, #4');
    expect(wordStructured('somethingElse', { a: 1 }, words)).toBeNull();
  });
});
