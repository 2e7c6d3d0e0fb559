import type { Locator, Page } from 'playwright-core';
import { openMenu } from './console';

/**
 * Steps on 监管驾驶舱 (issue 8 item 2) that journeys share: open it from the
 * menu, find a chart's card, switch it to its table and read a figure.
 */
export const DASHBOARD_VIEWS = { learning: '学习人次与学时', completion: '结业情况', integrity: '诚信事件', ratings: '课程评价' } as const;
export type DashboardView = keyof typeof DASHBOARD_VIEWS;

/** Opens the dashboard from the staff menu and waits for its first figures. */
export async function openDashboard(page: Page): Promise<void> {
  await openMenu(page, '监管驾驶舱');
  await page.waitForURL(/\/supervision\/dashboard$/);
  await page.getByRole('heading', { name: /^监管驾驶舱/ }).waitFor();
}

export const dashboardCard = (page: Page, view: DashboardView): Locator => page.getByTestId(`dashboard-${view}`);

/** The ECharts canvas of one view, once it is drawn. */
export async function chartCanvas(page: Page, view: DashboardView): Promise<Locator> {
  const canvas = dashboardCard(page, view).locator('canvas').first();
  await canvas.waitFor({ state: 'visible' });
  return canvas;
}

/** Flips one view from its chart to its table (图表/表格). */
export async function showTable(page: Page, view: DashboardView): Promise<Locator> {
  const card = dashboardCard(page, view);
  await card.locator('.ant-segmented-item').filter({ hasText: '表格' }).click();
  const table = card.locator('.ant-table');
  await table.waitFor({ state: 'visible' });
  return table;
}

/** The 合计 line's figure under the column whose title starts with `column` (e.g. 线下学时). */
export async function tableTotal(table: Locator, column: string): Promise<string> {
  const titles = await table.locator('thead th').allInnerTexts();
  const index = titles.findIndex((title) => title.trim().startsWith(column));
  if (index < 0) throw new Error(`no column ${column} in ${titles.join(', ')}`);
  return (await table.locator('tfoot td, .ant-table-summary td').nth(index).innerText()).trim();
}
