import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { openMenu } from './console';
import { ApiSession, openLowVoltageClass } from './journeys';

/**
 * Steps of the supervision journey (M29, M28), small so the lead can string them
 * into one longer journey: a Guangzhou class with a learner, the drill-down from
 * the city to the learner's archive, and an Excel export opened with exceljs.
 */
export const DEMO_INSTITUTION_NAME = '广州市安培职业培训学校（演示）';
export const DEMO_LEARNER = { username: '440106199001011235', name: '张三' };

/** A class of the demo institution (Tianhe, registered in Guangzhou) that 张三 has joined. */
export async function guangzhouClassWithLearner(baseUrl: string, className: string): Promise<{ classId: string }> {
  const { classId, code } = await openLowVoltageClass(baseUrl, { course: `${className}课程`, className, startsInDays: 1 });
  const learner = await ApiSession.signIn(baseUrl, DEMO_LEARNER.username);
  await learner.call('POST', '/api/v1/me/enrolments', { code });
  return { classId };
}

/** 辖区下钻: from the regulator's own region down through the named levels, by clicking each link. */
export async function drillDown(page: Page, steps: string[]): Promise<void> {
  await openMenu(page, '辖区下钻');
  await page.locator('.xk-drill-breadcrumb').waitFor();
  for (const step of steps) {
    await page.locator('.ant-table').getByRole('link', { name: step, exact: true }).first().click();
    await page.locator('.xk-drill-breadcrumb').getByText(step, { exact: true }).waitFor();
  }
}

/** On a class level, opens a learner's archive (audited, M28) and waits for it. */
export async function openLearnerArchive(page: Page, learnerName: string): Promise<void> {
  await page.getByRole('link', { name: learnerName, exact: true }).first().click();
  await page.getByRole('heading', { name: `${learnerName} 的学习档案` }).waitFor();
}

/** 监管查询 › a tab › 导出Excel: waits for the progress bar to finish and saves the download; the workbook's first sheet. */
export async function exportTab(page: Page, tab: string, saveDir: string): Promise<ExcelJS.Worksheet> {
  await openMenu(page, '监管查询');
  await page.getByRole('tab', { name: tab, exact: true }).click();
  await page.locator('.ant-tabs-tabpane-active .ant-table-row').first().waitFor();
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.locator('.ant-tabs-tabpane-active').getByRole('button', { name: /导出Excel/ }).click();
  await page.locator('.xk-export-progress').waitFor();
  const file = path.join(saveDir, `oversight-${tab}.xlsx`);
  await (await download).saveAs(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}
