/** What comms and managers wrote around the demo notices (bilingual, as staff write in this team). */

export const SUBMIT_NOTE = 'Monthly list generated from the issued penalties; checked against the merchant pages. (月度名单已与商家主页核对)';
export const APPROVE_NOTE = 'Checked the entries against the penalties. (已核对处罚记录)';

/** The manager's comment on the draft sent back. */
export const SEND_BACK_NOTE =
  'Please remove the warnings and keep suspensions, fines and bans, as in the monthly notices; also shorten the second paragraph. (请删除警告类处罚，只保留停播、罚款和封禁；第二段请精简)';

export const SCHEDULE_NOTE = 'Quarterly notice for this vertical, to go out on Monday morning. (本类目季度公告，定于周一上午发布)';

/** Why the notice is corrected: one of its penalties was overturned on appeal or revoked after it went out. */
export function correctionReason(m: { nickname: string; id: number }, day: string, onAppeal: boolean): string {
  return onAppeal
    ? `商家「${m.nickname}」（ID ${m.id}）的处罚已于${day}经申诉撤销，现发布更正公告。The penalty of merchant ${m.nickname} (ID ${m.id}) was overturned on appeal on ${day}; this notice is replaced by a corrected one.`
    : `商家「${m.nickname}」（ID ${m.id}）的处罚已于${day}撤销，现发布更正公告。The penalty of merchant ${m.nickname} (ID ${m.id}) was revoked on ${day}; this notice is replaced by a corrected one.`;
}

/** When no listed penalty was revoked later (small demo data), the correction fixes the introduction instead. */
export const INTRO_CORRECTION_REASON =
  '公告引言中的处罚周期表述有误，现予更正。The introduction misstated the period; this notice is replaced by a corrected one.';
