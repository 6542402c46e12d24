/**
 * The seed story (SPEC intro and §2): merchant 3391 "老银" fails inspection after inspection at
 * Panyu for material fraud and short weight; the cases are confirmed and penalized, the latest
 * ones confirmed and awaiting the permanent ban that a later feature issues.
 */
import type { CaseStatus } from '../admin/providers/caseWorkflow';
import type { Finding } from './data/caseText';

export interface StoryCase {
  ageDays: number;
  violation: string;
  source: 'inspection' | 'complaint';
  status: CaseStatus;
  finding: Finding;
  resolution?: string;
}

export const STORY_WAREHOUSE = 'PY';
export const STORY_ASSIGNEE = 'reviewer@example.com';
export const STORY_ASSIGNED_BY = 'manager@example.com';

export const STORY_CASES: StoryCase[] = [
  {
    ageDays: 118, violation: 'weight_mismatch', source: 'inspection', status: 'penalized',
    finding: { en: "'30.00 g' ancient-method silver bangle weighed 27.42 g", zh: '古法银手镯标称30.00克，实测27.42克', detail: 'Declared weight 30.00 g; measured 27.42 g (−8.6%)' },
    resolution: 'Confirmed: re-test at Panyu gave the same weight. (番禺复检结果一致，核实属实)',
  },
  {
    ageDays: 97, violation: 'material_fraud', source: 'complaint', status: 'dismissed',
    finding: { en: "buyer's home acid test says the 'S925' bracelet is not silver", zh: '买家自行酸测称S925手链不是银', detail: 'Buyer photo of a home acid-test kit; no lab report' },
    resolution: "Dismissed: the buyer's home test is not reliable; re-test passed. (驳回：买家自测不可靠，复检合格)",
  },
  {
    ageDays: 84, violation: 'material_fraud', source: 'inspection', status: 'penalized',
    finding: { en: "'S925' bracelet tested as silver-plated copper", zh: 'S925手链实测为镀银铜', detail: 'Declared S925; XRF reading: Cu 87%, Ag plating < 5 µm' },
    resolution: 'Confirmed: merchant could not provide purchase invoices. (商家无法提供进货凭证，核实属实)',
  },
  {
    ageDays: 61, violation: 'material_fraud', source: 'inspection', status: 'penalized',
    finding: { en: "'Au999' bangle tested as Au750", zh: '足金手镯实测为18K金', detail: 'Declared Au999; XRF reading: Au 75.1%' },
    resolution: 'Confirmed: second inspection failure on gold items within two months. (两个月内第二次金饰质检不合格，核实属实)',
  },
  {
    ageDays: 43, violation: 'weight_mismatch', source: 'inspection', status: 'penalized',
    finding: { en: "'50.00 g' silver ingot weighed 46.10 g", zh: '银条标称50.00克，实测46.10克', detail: 'Declared weight 50.00 g; measured 46.10 g (−7.8%)' },
    resolution: 'Confirmed: systematic short weight across the batch. (同批次普遍缺重，核实属实)',
  },
  {
    ageDays: 24, violation: 'material_fraud', source: 'inspection', status: 'confirmed',
    finding: { en: "'Au999.9' pendant is gold-plated copper", zh: '以镀金铜假冒千足金吊坠', detail: 'Declared Au999.9; XRF reading: Cu-Zn alloy, Au plating' },
    resolution: 'Confirmed: repeated material fraud; recommend permanent ban. (屡次材质造假，建议永久封禁)',
  },
  {
    ageDays: 13, violation: 'material_fraud', source: 'inspection', status: 'confirmed',
    finding: { en: "'S999' silver bowl tested as S800 with nickel", zh: '足银碗实测为S800且含镍', detail: 'Declared S999; XRF reading: Ag 80.2%, Ni 3.1%' },
    resolution: 'Confirmed: attach to the pending ban. (核实属实，并入封禁处理)',
  },
  {
    ageDays: 2, violation: 'description_mismatch', source: 'complaint', status: 'open',
    finding: { en: "stream said 'hand-made', bangle has casting seams", zh: '直播称纯手工，手镯有铸造合模线', detail: 'Buyer photos of casting seams' },
  },
];
