/**
 * The seed story (SPEC intro and §2): merchant 3391 "老银" fails inspection after inspection at
 * Panyu for material fraud and short weight. The penalties escalate (warning → 7-day suspension →
 * 30-day suspension → fine) until the last two material-fraud failures bring a permanent ban,
 * issued by his reviewer, approved by a second manager and upheld on appeal. Banned, he sells (and
 * draws cases) no more.
 */
import type { CaseStatus } from '../domain/cases';
import type { PenaltyType } from '../domain/penalties';
import type { Finding } from './content/caseText';

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
    ageDays: 118,
    violation: 'weight_mismatch',
    source: 'inspection',
    status: 'penalized',
    finding: {
      en: "'30.00 g' ancient-method silver bangle weighed 27.42 g",
      zh: '古法银手镯标称30.00克，实测27.42克',
      detail: 'Declared weight 30.00 g; measured 27.42 g (−8.6%)',
      measured: { declared: 'S999', measured: 'S999', item: 'ancient-method silver bangle', itemZh: '古法银手镯', declaredGrams: 30, measuredGrams: 27.42 },
    },
    resolution: 'Confirmed: re-test at Panyu gave the same weight. (番禺复检结果一致，核实属实)',
  },
  {
    ageDays: 97,
    violation: 'material_fraud',
    source: 'complaint',
    status: 'dismissed',
    finding: {
      en: "buyer's home acid test says the 'S925' bracelet is not silver",
      zh: '买家自行酸测称S925手链不是银',
      detail: 'Buyer photo of a home acid-test kit; no lab report',
    },
    resolution: "Dismissed: the buyer's home test is not reliable; re-test passed. (驳回：买家自测不可靠，复检合格)",
  },
  {
    ageDays: 84,
    violation: 'material_fraud',
    source: 'inspection',
    status: 'penalized',
    finding: {
      en: "'S925' bracelet tested as silver-plated copper",
      zh: 'S925手链实测为镀银铜',
      detail: 'Declared S925; XRF reading: Cu 87%, Ag plating < 5 µm',
      measured: { declared: 'S925', measured: 'silver-plated', item: 'bracelet', itemZh: '手链' },
    },
    resolution: 'Confirmed: merchant could not provide purchase invoices. (商家无法提供进货凭证，核实属实)',
  },
  {
    ageDays: 61,
    violation: 'material_fraud',
    source: 'inspection',
    status: 'penalized',
    finding: {
      en: "'Au999' bangle tested as Au750",
      zh: '足金手镯实测为18K金',
      detail: 'Declared Au999; XRF reading: Au 75.1%',
      measured: { declared: 'Au999', measured: 'Au750', item: 'bangle', itemZh: '手镯' },
    },
    resolution: 'Confirmed: second inspection failure on gold items within two months. (两个月内第二次金饰质检不合格，核实属实)',
  },
  {
    ageDays: 43,
    violation: 'weight_mismatch',
    source: 'inspection',
    status: 'penalized',
    finding: {
      en: "'50.00 g' silver ingot weighed 46.10 g",
      zh: '银条标称50.00克，实测46.10克',
      detail: 'Declared weight 50.00 g; measured 46.10 g (−7.8%)',
      measured: { declared: 'S999', measured: 'S999', item: 'silver ingot', itemZh: '银条', declaredGrams: 50, measuredGrams: 46.1 },
    },
    resolution: 'Confirmed: systematic short weight across the batch. (同批次普遍缺重，核实属实)',
  },
  {
    ageDays: 24,
    violation: 'material_fraud',
    source: 'inspection',
    status: 'penalized',
    finding: {
      en: "'Au999.9' pendant is gold-plated copper",
      zh: '以镀金铜假冒千足金吊坠',
      detail: 'Declared Au999.9; XRF reading: Cu-Zn alloy, Au plating',
      measured: { declared: 'Au999.9', measured: 'gold-plated', item: 'pendant', itemZh: '吊坠' },
    },
    resolution: 'Confirmed: repeated material fraud; recommend permanent ban. (屡次材质造假，建议永久封禁)',
  },
  {
    ageDays: 13,
    violation: 'material_fraud',
    source: 'inspection',
    status: 'penalized',
    finding: {
      en: "'S999' silver bowl tested as S800 with nickel",
      zh: '足银碗实测为S800且含镍',
      detail: 'Declared S999; XRF reading: Ag 80.2%, Ni 3.1%',
      measured: { declared: 'S999', measured: 'S800', item: 'silver bowl', itemZh: '银碗' },
    },
    resolution: 'Confirmed: cite together with the previous failure in the ban. (核实属实，与前案一并提请封禁)',
  },
];

export interface StoryPenalty {
  /** Indexes into STORY_CASES. */
  cases: number[];
  type: PenaltyType;
  durationDays?: number;
  fineCents?: number;
  /** `{cases}` becomes "case #12, #34". */
  reason: string;
  approvedBy?: string;
  decisionNote?: string;
  appeal?: { statement: string; decidedBy: string; note: string };
}

/** 3391's record, all issued by his reviewer (STORY_ASSIGNEE) when the cases were confirmed. */
export const STORY_PENALTIES: StoryPenalty[] = [
  {
    cases: [0],
    type: 'warning',
    reason:
      'Warning for weight mismatch ({cases}): first failed Panyu inspection, the ancient-method silver bangle 8.6% under its declared weight. (警告：番禺质检首次不合格，古法银手镯缺重8.6%)',
  },
  {
    cases: [2],
    type: 'live_suspension',
    durationDays: 7,
    reason:
      "7-day live-stream suspension for material fraud ({cases}): 'S925' declared, tested as silver-plated copper at Panyu; no purchase invoices. (停播7天：S925手链番禺质检实为镀银铜，无法提供进货凭证)",
  },
  {
    cases: [3],
    type: 'live_suspension',
    durationDays: 30,
    reason:
      "30-day live-stream suspension for material fraud ({cases}): 'Au999' bangle tested as Au750 at Panyu, the second material-fraud failure in two months; another one means a ban. (停播30天：足金手镯番禺质检实为18K金，两个月内第二次材质造假，再犯将永久封禁)",
  },
  {
    cases: [4],
    type: 'fine',
    fineCents: 20_000_000,
    reason:
      'Fine of CNY 200,000 for weight mismatch ({cases}): systematic short weight across a batch of silver ingots at Panyu. (罚款20万元：番禺质检银条批次普遍缺重)',
  },
  {
    cases: [5, 6],
    type: 'permanent_ban',
    approvedBy: 'manager2@example.com',
    reason:
      "Permanent ban for material fraud ({cases}): failed Panyu inspections again after a 30-day suspension, 'Au999.9' pendant is gold-plated copper and 'S999' bowl is S800 with nickel; six failed Panyu inspections in four months. (永久封禁：停播30天后番禺质检再次不合格，千足金吊坠实为镀金铜、足银碗实为S800且含镍；四个月内番禺质检六次不合格)",
    decisionNote:
      'Approved: six failed Panyu inspections in four months, material fraud repeated after a 30-day suspension. (批准：四个月内番禺质检六次不合格，停播30天后再犯材质造假)',
    appeal: {
      statement:
        'Our Shuibei supplier sold us plated stock as S999 and Au999.9; we have dropped them and ask for a 90-day suspension instead. (水贝供应商以镀层货冒充足银、千足金供货，已终止合作，请求改为停播90天)',
      decidedBy: 'manager@example.com',
      note: 'Material fraud again after a 30-day suspension; a supplier at fault does not excuse selling untested stock. (停播30天后再次材质造假，供应商问题不能免除商家责任)',
    },
  },
];
