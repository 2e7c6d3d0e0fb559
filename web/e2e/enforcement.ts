import type { Page } from 'playwright-core';
import { buttonName, openMenu, signInToConsole } from './console';
import { DEMO_PASSWORD } from './journeys';

/**
 * Enforcement steps (issue 8 part C) for journeys: a regulator opens the demo
 * signal (three failed face checks of 张三 yesterday, seeded through the
 * detectors when the server runs with XUNKAO_DEMO and XUNKAO_DEMO_TRAINING),
 * opens a case from it and orders rectification; the institution sees the order.
 */
export const DEMO_SIGNAL_KIND = '人脸核验屡次未通过';

/** On 线索, opens the demo signal's evidence and opens a case from it; ends on the case page. */
export async function openCaseFromSignal(page: Page, baseUrl: string, caseTitle: string): Promise<void> {
  await openMenu(page, '线索');
  const row = page.getByRole('row').filter({ hasText: DEMO_SIGNAL_KIND }).first();
  await row.getByRole('button', { name: '查看证据' }).click();
  const drawer = page.locator('.ant-drawer-content');
  await drawer.getByText('人脸核验记录').waitFor();
  await drawer.getByRole('button', { name: buttonName('立案') }).click();
  const modal = page.locator('.ant-modal').filter({ hasText: '案件名称' });
  await modal.getByLabel('案件名称').fill(caseTitle);
  await modal.getByLabel('案情说明').fill('学员张三一日内三次人脸核验未通过，疑似他人代学。');
  await modal.getByRole('button', { name: buttonName('立案') }).click();
  await page.waitForURL(new RegExp(`${baseUrl}/enforcement/cases/[0-9a-f-]{36}$`));
  await page.getByRole('heading', { name: caseTitle }).waitFor();
}

/** On a case page, orders rectification by `deadline` (YYYY-MM-DD), confirming the dialog that says what will happen. */
export async function orderRectification(page: Page, decision: string, deadline: string): Promise<void> {
  await page.getByRole('button', { name: '采取措施' }).first().click();
  const modal = page.locator('.ant-modal').filter({ hasText: '决定内容' });
  await modal.getByLabel('决定内容').fill(decision);
  await modal.getByLabel('整改期限').fill(deadline);
  await modal.getByLabel('整改期限').press('Enter');
  await modal.getByRole('button', { name: '采取措施' }).click();
  const confirm = page.locator('.ant-modal-confirm');
  await confirm.getByText('须在期限前回复整改情况').waitFor();
  await confirm.getByRole('button', { name: buttonName('确认') }).click();
  await page.getByRole('cell', { name: decision }).waitFor();
}

/** The institution signs in and finds the order on 整改通知. */
export async function institutionSeesOrder(page: Page, baseUrl: string, decision: string): Promise<void> {
  await signInToConsole(page, baseUrl, 'demo-inst', DEMO_PASSWORD);
  await openMenu(page, '整改通知');
  await page.getByRole('cell', { name: decision }).waitFor();
}
