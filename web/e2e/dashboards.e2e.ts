import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, signInToConsole } from './console';
import { chartCanvas, openDashboard, showTable, tableTotal } from './dashboards';
import { launchBrowser, openPage, screenshot, startServer, type RunningServer } from './harness';
import { DEMO_PASSWORD } from './journeys';

/**
 * 监管驾驶舱 against the real server (issue 8 item 2): with the demo's training
 * history rolled up at start, 广州市应急管理局 sees the chart and the same
 * figures as a table — the 78 classroom 学时 of 张三 (45 min each) as 58.5 hours.
 */
const DEMO_OFFLINE_HOURS = '58.5';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ env: { XUNKAO_DEMO_TRAINING: '1' } }), launchBrowser()]);
  page = await openPage(browser, DESKTOP);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('supervision dashboard', () => {
  it('gz-yjj opens 监管驾驶舱, sees a chart and reads its figures as a table', async () => {
    await signInToConsole(page, server.baseUrl, 'gz-yjj', DEMO_PASSWORD);
    await openDashboard(page);
    await page.getByRole('heading', { name: '监管驾驶舱 · 广州市' }).waitFor();
    const canvas = await chartCanvas(page, 'learning');
    expect((await canvas.boundingBox())?.height).toBeGreaterThan(100);
    await screenshot(page, 'dashboards-regulator.png');
    const table = await showTable(page, 'learning');
    expect(await tableTotal(table, '线下学时')).toBe(DEMO_OFFLINE_HOURS);
  });
});
