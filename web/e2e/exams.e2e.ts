import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, startServer, type RunningServer } from './harness';

/**
 * The exam-administration journeys of issue 9 through the UI, against the real
 * built server with its demo data: 广州市考试机构 (gz-exam) runs a cross-exam draw
 * with 广州市应急管理局 (gz-yjj) as the second party of the seed, publishes it,
 * and the public page recomputes it (N2.3, DESIGN §7); the demo exam site
 * completes its readiness checklist, the exam institution confirms, and the
 * site seals the room (N2.4).
 */
const DEMO_PASSWORD = 'Demo@2026';
const DESKTOP = { viewport: { width: 1440, height: 900 } };
const DRAW_TITLE = '广州市低压电工作业交叉考试（e2e）';

let server: RunningServer;
let browser: Browser;
let exam: Page;
let bureau: Page;
let drawUrl: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  [exam, bureau] = await Promise.all([openPage(browser, DESKTOP), openPage(browser, DESKTOP)]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const url = (p: string) => `${server.baseUrl}${p}`;
/** antd puts a space between the two characters of a two-character button ("确 定"). */
const buttonName = (text: string) => new RegExp(`^${[...text].join('\\s?')}$`);
const day = (offsetDays: number) => new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(url('/login'));
  await page.getByLabel('用户名 / 身份证号').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(url('/'));
}

/** Clicks an action button, then the OK of the confirmation it opens. */
async function confirmed(page: Page, action: string): Promise<void> {
  await page.getByRole('button', { name: buttonName(action) }).click();
  await page.locator('.ant-modal-confirm .ant-modal-confirm-btns .ant-btn-primary').click();
}

async function commitSecret(page: Page): Promise<void> {
  await confirmed(page, '生成随机数并提交承诺');
  await page.getByText('已提交承诺值').waitFor();
  await page.locator('.ant-modal:visible .ant-modal-footer .ant-btn-primary').click();
  await page.getByText('已提交承诺值').waitFor({ state: 'hidden' });
}

describe('the cross-exam draw ceremony (N2.3, DESIGN §7)', () => {
  it('gz-exam opens a draw and freezes its inputs, publishing their hash', async () => {
    await signIn(exam, 'gz-exam');
    await exam.getByRole('menuitem', { name: /随机分配/ }).click();
    await exam.getByRole('button', { name: /开启随机分配/ }).click();
    const modal = exam.locator('.ant-modal:visible');
    await modal.getByLabel('名称').fill(DRAW_TITLE);
    const inputs = modal.locator('.ant-picker-range input');
    await inputs.first().click();
    await inputs.first().fill(day(0));
    await inputs.first().press('Enter');
    await inputs.nth(1).fill(day(30));
    await inputs.nth(1).press('Enter');
    await modal.getByRole('button', { name: /开启随机分配/ }).click();
    await exam.waitForURL(/\/exams\/draws\/[0-9a-f-]{36}$/);
    drawUrl = exam.url();
    await confirmed(exam, '关闭报名并冻结输入');
    await exam.locator('.ant-tag').getByText('已冻结').waitFor();
    expect(await exam.locator('.xk-hash').first().textContent()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('takes one secret from the exam institution and one from gz-yjj, committed first and revealed after', async () => {
    await commitSecret(exam);
    await signIn(bureau, 'gz-yjj');
    await bureau.goto(drawUrl);
    await commitSecret(bureau);
    await confirmed(bureau, '揭示随机数');
    await bureau.getByText('操作成功').first().waitFor();
    await exam.reload();
    await confirmed(exam, '揭示随机数');
    await exam.getByRole('button', { name: buttonName('生成种子并分配') }).waitFor();
    await screenshot(exam, 'exam-draw-ceremony.png');
  });

  it('draws, publishes, and the public page recomputes the same result', async () => {
    await confirmed(exam, '生成种子并分配');
    await exam.getByText('分配结果', { exact: true }).waitFor();
    await confirmed(exam, '公布分配结果');
    await exam.locator('.ant-tag').getByText('已公布').waitFor();
    const seed = (await exam.locator('.xk-hash').nth(1).textContent())!;
    expect(seed).toMatch(/^[0-9a-f]{64}$/);

    const learner = await openPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await learner.goto(url('/login'));
    await learner.getByLabel('用户名 / 身份证号').fill('440106199001011235');
    await learner.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
    await learner.locator('button[type="submit"]').click();
    await learner.waitForURL(url('/m'));
    const myExam = learner.getByRole('region', { name: '我的考试' });
    await myExam.getByText('已安排考点').waitFor();
    await myExam.getByText(/广州市公共实训基地考点（演示）/).waitFor();
    await learner.context().close();

    const visitor = await openPage(browser, DESKTOP);
    await visitor.goto(url('/public/exam-draws'));
    await visitor.getByRole('row').filter({ hasText: DRAW_TITLE }).getByRole('button', { name: /重新计算核验/ }).click();
    await visitor.getByText('核验通过：由公布的输入和种子重新计算的分配结果与公布结果一致').waitFor();
    expect(await visitor.getByText(seed).count()).toBeGreaterThan(0);
    await screenshot(visitor, 'exam-draw-public-verification.png');
    await visitor.context().close();
  });
});

describe('readiness and sealing (N2.4)', () => {
  it('demo-site completes the checklist, gz-exam confirms, demo-site seals the room', async () => {
    const site = await openPage(browser, DESKTOP);
    await signIn(site, 'demo-site');
    await site.getByRole('menuitem', { name: /考试场次/ }).click();
    await site.getByRole('button', { name: buttonName('查看') }).first().click();
    await site.waitForURL(/\/exams\/sessions\/[0-9a-f-]{36}$/);
    const sessionUrl = site.url();
    for (const check of ['考场计算机网络', '考试服务器', '监控系统', '考试用计算机', '监控录像机常开']) await site.getByLabel(check).check();
    await site.getByRole('button', { name: /添加设备/ }).click();
    await site.getByPlaceholder('设备名称').fill('考试服务器');
    await site.getByPlaceholder('IP 地址').fill('10.10.0.1');
    await site.getByRole('button', { name: /保存检查表/ }).click();
    await site.getByText('检查表已保存').waitFor();

    await exam.goto(sessionUrl);
    await exam.getByRole('button', { name: /确认考场准备/ }).click();
    await exam.getByText('操作成功').first().waitFor();

    await site.reload();
    await confirmed(site, '封闭考场');
    await site.getByText(/考场已封闭待用/).waitFor();
    expect(await site.getByLabel('考场计算机网络').isDisabled()).toBe(true);
    await screenshot(site, 'exam-session-sealed.png');
    await site.context().close();
  });
});
