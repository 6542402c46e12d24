/**
 * A timeline entry in words, in the reader's language: the sentence for its kind, and for a status
 * change the move that made it (a resolution, a reopening, a penalty issued or a ban rejected),
 * built from the event's structured `data`; `note` is only ever what a person wrote.
 */
import type { TranslateFunction } from 'react-admin';
import { caseMove, type CaseEventRecord } from '../../../domain/cases';

/** A staff member's name by id, once loaded. */
export type NameOf = (id: number | null | undefined) => string | undefined;

export function describeEvent(event: CaseEventRecord, actor: string, nameOf: NameOf, translate: TranslateFunction): string {
  const data = event.data ?? {};
  const say = (key: string, args: Record<string, unknown> = {}) => translate(`td.cases.timeline.${key}`, { actor, ...args });
  const label = (namespace: string, code: string) => translate(`td.${namespace}.${code}`, { _: code });
  switch (event.kind) {
    case 'opened':
      return data.source ? say('opened', { source: label('source', data.source) }) : say('opened_plain');
    case 'assigned':
      return say('assigned', { name: nameOf(data.assigneeId) ?? '' });
    case 'edited':
      return say('edited', {
        fields: (data.fields ?? []).map((f) => translate(`resources.cases.fields.${f}`, { _: f })).join(translate('td.common.listSeparator')),
      });
    case 'status': {
      const move = data.move ?? caseMove(event.from ?? '', event.to ?? '');
      if (move === 'penalty_issued')
        return data.penaltyType ? say('penalty_issued', { type: label('penaltyType', data.penaltyType) }) : say('penalty_issued_plain');
      if (move === 'ban_rejected') return say('ban_rejected');
      return translate(`td.cases.timeline.status_${event.to}`, { actor, _: say('status') });
    }
    default:
      return say(event.kind);
  }
}

/** Events whose note is a person's words worth quoting: a note, a resolution, a rejected ban's reason. */
export const quotesNote = (event: CaseEventRecord) => !!event.note && (event.kind === 'note' || event.kind === 'status');
