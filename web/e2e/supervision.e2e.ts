import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonName, DESKTOP, openMenu, signInToConsole } from './console';
import { chartCanvas, openDashboard, showTable, tableTotal } from './dashboards';
import { institutionSeesOrder, openCaseFromSignal, orderRectification } from './enforcement';
import { launchBrowser, openPage, screenshot, startServer, type RunningServer } from './harness';
import { ApiSession, DEMO_PASSWORD, shanghaiDay } from './journeys';
import { DEMO_INSTITUTION_NAME, DEMO_LEARNER, drillDown, exportTab, guangzhouClassWithLearner, openLearnerArchive } from './oversight';

/**
 * Issue 8 acceptance, one journey on one server with the demo's training
 * history: 广州市应急管理局 opens 监管驾驶舱 (figures as chart and table),
 * drills down 广州市 → 天河区 → institution → class → 张三's audited archive
 * (M29, M28), exports the 学员 list to Excel (the test opens the file), opens a
 * case from a signal and orders rectification (N3.1, M30); the institution sees
 * the order. Then the province registers a provincial data-interface client (M4).
 */
const CLASS_NAME = '2026年第20期低压电工作业初训班（监管）';
const CASE_TITLE = '张三多次人脸核验未通过';
const DECISION = '责令限期整改：核查学员身份，完善人脸核验管理';

let server: RunningServer;
let browser: Browser;
let bureau: Page;
let tempDir: string;

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'xunkao-e2e-supervision-'));
  [server, browser] = await Promise.all([startServer({ env: { XUNKAO_DEMO_TRAINING: '1', EXCHANGE_WEBHOOK_ALLOW_PRIVATE: '1' } }), launchBrowser()]);
  await guangzhouClassWithLearner(server.baseUrl, CLASS_NAME);
  bureau = await openPage(browser, DESKTOP);
  await signInToConsole(bureau, server.baseUrl, 'gz-yjj', DEMO_PASSWORD);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
});

describe('supervision by 广州市应急管理局 (issue 8)', () => {
  it('opens 监管驾驶舱, reads a chart as a table with the same figures the API gives, and sees who has not been inspected this year (N3)', async () => {
    const api = await ApiSession.signIn(server.baseUrl, 'gz-yjj');
    const { totals } = await api.call<{ totals: Record<string, number> }>('GET', '/api/v1/dashboards/learning?region=440100');
    expect(totals.offlineHours).toBeGreaterThan(0);
    await openDashboard(bureau);
    await bureau.getByRole('heading', { name: '监管驾驶舱 · 广州市' }).waitFor();
    expect((await (await chartCanvas(bureau, 'learning')).boundingBox())?.height).toBeGreaterThan(100);
    await screenshot(bureau, 'dashboards-regulator.png');
    const table = await showTable(bureau, 'learning');
    expect(Number(await tableTotal(table, '线下学时'))).toBeCloseTo(totals.offlineHours!, 1);
    // N3: the dashboard shows this year's inspection coverage and who has not been inspected.
    await bureau.getByTestId('inspection-coverage').getByText(/已检查 \d+ 家，共 [1-9]\d* 家/).waitFor();
  });

  it('drills down from 广州市 to a learner and lands on the audited archive (M29, M28)', async () => {
    await drillDown(bureau, ['天河区', DEMO_INSTITUTION_NAME, CLASS_NAME]);
    const crumbs = await bureau.locator('.xk-drill-breadcrumb').innerText();
    expect(crumbs.replace(/\s+/g, '')).toBe(`广东省›广州市›天河区›${DEMO_INSTITUTION_NAME}›${CLASS_NAME}`);
    await screenshot(bureau, 'oversight-drill-class.png');
    await openLearnerArchive(bureau, DEMO_LEARNER.name);
    await bureau.getByText('您对本档案的查看已记入审计（M28）。').waitFor();
  });

  it('exports the 学员 list to Excel with a progress bar; the file has the zh-CN header and the learner', async () => {
    const sheet = await exportTab(bureau, '学员', tempDir);
    expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['姓名', '身份证号（脱敏）', '班级']);
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => (sheet.getRow(i + 2).values as unknown[]).slice(1));
    const zhang = rows.find((r) => r[0] === DEMO_LEARNER.name && r.includes(CLASS_NAME));
    expect(zhang).toContain('广州市天河区');
    expect(String(zhang![1])).not.toBe(DEMO_LEARNER.username);
    await screenshot(bureau, 'oversight-export.png');
  });

  it('opens a case from a signal and orders rectification with a deadline; the institution sees the order (N3.1, M30)', async () => {
    await openCaseFromSignal(bureau, server.baseUrl, CASE_TITLE);
    await orderRectification(bureau, DECISION, shanghaiDay(14));
    await bureau.getByText('剩余 14 天').waitFor();
    await screenshot(bureau, 'enforcement-case.png');
    const institution = await openPage(browser, DESKTOP);
    await institutionSeesOrder(institution, server.baseUrl, DECISION);
    expect(await institution.getByText('剩余 14 天').count()).toBe(1);
    await screenshot(institution, 'enforcement-orders.png');
    await institution.context().close();
  });
});

describe('the provincial data interface (M4)', () => {
  const pull = (key: string) => fetch(`${server.baseUrl}/api/v1/exchange/institutions?limit=5`, { headers: { authorization: `Bearer ${key}` } });

  async function shownKey(page: Page): Promise<string> {
    const key = (await page.getByTestId('exchange-api-key').innerText()).trim();
    await page.getByRole('button', { name: '我已保存' }).click();
    return key;
  }

  it('gd-yjt registers a client, its key pulls data, a rotation keeps both keys for the overlap, revocation ends them', async () => {
    const page = await openPage(browser, DESKTOP);
    await signInToConsole(page, server.baseUrl, 'gd-yjt', DEMO_PASSWORD);
    await openMenu(page, '数据接口');
    await page.getByText('还没有数据接口客户端').waitFor();

    await page.getByRole('button', { name: /登记客户端/ }).click();
    const form = page.locator('.ant-modal').filter({ hasText: '登记数据接口客户端' });
    await form.getByLabel('名称').fill('广东省安全生产监管平台');
    // No outside DNS here: the receiver stands on this machine, which the suite's server allows (EXCHANGE_WEBHOOK_ALLOW_PRIVATE).
    await form.getByLabel('Webhook 推送地址（可选）').fill('https://localhost:8443/hooks/xunkao');
    await form.getByRole('button', { name: buttonName('登记') }).click();
    await page.getByText('密钥只显示这一次').waitFor();
    await page.getByTestId('exchange-webhook-secret').waitFor();
    await screenshot(page, 'exchange-key-once.png');
    const first = await shownKey(page);
    expect(first).toMatch(/^xk_[0-9a-f]{12}_/);
    expect((await pull(first)).status).toBe(200);

    await page.getByRole('button', { name: '轮换密钥' }).click();
    await page.locator('.ant-popover').getByRole('button', { name: buttonName('轮换') }).click();
    await page.getByText('旧密钥将在').waitFor();
    const second = await shownKey(page);
    expect(second).not.toBe(first);
    expect([(await pull(first)).status, (await pull(second)).status]).toEqual([200, 200]);
    await screenshot(page, 'exchange-clients.png');

    await page.getByRole('button', { name: buttonName('吊销') }).click();
    const modal = page.locator('.ant-modal').filter({ hasText: '吊销理由' });
    await modal.getByLabel('吊销理由').fill('省平台迁移，停用旧接入');
    await modal.getByRole('button', { name: '确认吊销' }).click();
    await page.getByText('已吊销').first().waitFor();
    expect((await pull(second)).status).toBe(401);
    await page.context().close();
  });
});
