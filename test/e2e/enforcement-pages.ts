/**
 * The enforcement pages as a reader finds them: a merchant's heading and status chip, the alert
 * that says why (linking to the penalty that drives it), a penalty's card and its toolbar.
 */
import type { Page } from 'playwright-core';
import { main } from './support';

export const MANAGER = 'Chen Jing 陈静'; // manager@example.com

export interface Merchant {
  id: number;
  nickname: string;
  status: string;
  violationPoints: number;
}

export interface Penalty {
  id: number;
  merchantId: number;
  caseIds: number[];
  type: string;
  status: string;
  reason: string;
  startsAt: string;
  endsAt: string | null;
  issuedById: number;
  approvedById: number | null;
  decisionNote: string | null;
  revokedById: number | null;
  revokeReason: string | null;
}

/** The merchant page's status chip: the element after the nickname heading. */
export const merchantHeading = (p: Page, nickname: string) => main(p).getByRole('heading', { level: 2, name: nickname, exact: true });
export const merchantStatus = (p: Page, nickname: string) => merchantHeading(p, nickname).locator('xpath=following-sibling::*[1]').innerText();

/** The "why this status" alert of a merchant page (StatusReason) that links to penalty #id. */
export const statusReason = (p: Page, penaltyId: number) =>
  main(p)
    .getByRole('alert')
    .filter({ has: p.getByRole('link', { name: `Penalty #${penaltyId}`, exact: true }) });

/** A penalty page's heading ("Penalty #12") and the card it heads. */
export function penaltyHeader(p: Page, id: number) {
  const heading = main(p).getByRole('heading', { level: 2, name: `Penalty #${id}`, exact: true });
  return { heading, card: heading.locator('xpath=ancestor::*[contains(@class,"MuiCard-root")][1]') };
}

export const toolbarButton = (p: Page, name: string) => main(p).getByRole('button', { name, exact: true });
