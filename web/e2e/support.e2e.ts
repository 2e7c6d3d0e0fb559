import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, startServer, type RunningServer } from './harness';

/** M10 end to end: a learner asks on a phone, demo-support answers and resolves, both clocks show 按时. */
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(`${server.baseUrl}/login`);
  await page.getByLabel('用户名 / 身份证号').fill(username);
  await page.getByLabel('密码', { exact: true }).fill('Demo@2026');
  await page.locator('button[type="submit"]').click();
}

describe('support desk (M10)', () => {
  it('a learner opens a ticket, demo-support answers and resolves it, and the clocks show met', async () => {
    const phone = await openPage(browser, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    await signIn(phone, '440106199001011235');
    await phone.waitForURL(`${server.baseUrl}/m`);
    await phone.locator('.adm-tab-bar-item').filter({ hasText: '客服' }).click();
    await phone.getByText('还没有工单').waitFor();
    await phone.getByRole('button', { name: '我要提问' }).click();
    await phone.getByText('学习与学时').click();
    await phone.getByLabel('标题').fill('学时没有累计');
    await phone.getByLabel('问题描述').fill('昨天学习了两个小时，学时记录里没有。');
    await phone.getByRole('button', { name: '提交' }).click();
    await phone.waitForURL(/\/m\/support\/[0-9a-f-]{36}$/);
    await phone.getByText('计时中').first().waitFor();
    await phone.getByText('工单已提交').waitFor({ state: 'hidden' });
    await screenshot(phone, 'learner-ticket.png');

    const desk = await openPage(browser, { viewport: { width: 1440, height: 900 } });
    await signIn(desk, 'demo-support');
    await desk.getByRole('menuitem', { name: /客服工单/ }).click();
    await desk.waitForURL(`${server.baseUrl}/support/queue`);
    await desk.getByRole('button', { name: '学时没有累计' }).waitFor();
    await screenshot(desk, 'support-queue.png');
    await desk.getByRole('button', { name: '学时没有累计' }).click();
    const drawer = desk.locator('.ant-drawer');
    // antd puts a space between the two characters of a two-character button label.
    await drawer.getByLabel('回复').fill('您好，已收到，正在核查您的学习记录。');
    await drawer.getByRole('button', { name: /^发\s?送$/ }).click();
    await drawer.getByText('您好，已收到，正在核查您的学习记录。').waitFor();
    await drawer.getByRole('button', { name: /^办\s?结$/ }).click();
    const modal = desk.locator('.ant-modal');
    await modal.getByLabel('办结答复').fill('已为您补记学时，请刷新查看。');
    await modal.getByRole('button', { name: /^办\s?结$/ }).click();
    await drawer.getByText('本工单已办结').waitFor();
    await screenshot(desk, 'support-ticket.png');
    await desk.context().close();

    await phone.reload();
    await phone.getByText('已为您补记学时，请刷新查看。').waitFor();
    expect(await phone.locator('.xk-m-clock').filter({ hasText: '按时' }).count()).toBe(2);
    await phone.context().close();
  });

  it('the public form shows a captcha drawn by the platform and asks for no contact details', async () => {
    const page = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.baseUrl}/public/support`);
    await page.locator('.xk-captcha svg').waitFor();
    const labels = await page.locator('label').allInnerTexts();
    expect(labels.join(' ')).not.toMatch(/电话|手机|邮箱|微信/);
    await screenshot(page, 'public-support.png');
    await page.context().close();
  });
});
