import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, startServer, type RunningServer } from './harness';

const DEMO_PASSWORD = 'Demo@2026';

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

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto(`${server.baseUrl}/login`);
  await page.getByLabel('用户名 / 身份证号').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.locator('button[type="submit"]').click();
}

describe('signing in', () => {
  it('takes a city regulator to the staff console scoped to 广州市, with 行政区划', async () => {
    const page = await openPage(browser, { viewport: { width: 1440, height: 900 } });
    await page.goto(`${server.baseUrl}/login`);
    await page.getByRole('heading', { name: '训考 · 广东省安全生产资格考试网络培训平台' }).waitFor();
    await screenshot(page, 'login.png');

    await signIn(page, 'gz-yjj', DEMO_PASSWORD);
    await page.waitForURL(`${server.baseUrl}/`);
    const header = page.locator('header.xk-staff-header');
    await header.getByText('应急管理部门').waitFor();
    await header.getByText('广州市应急管理局', { exact: true }).waitFor();
    expect(await header.innerText()).toContain('广州市');
    const regionsItem = page.getByRole('menuitem', { name: /行政区划/ });
    await regionsItem.waitFor();
    await page.getByText('平台基础功能已就绪').waitFor();
    await screenshot(page, 'regulator-home.png');

    await regionsItem.click();
    await page.waitForURL(`${server.baseUrl}/regions`);
    // The tree opens at the regulator's own city.
    await page.locator('.ant-tree').getByText('天河区').waitFor();
    await screenshot(page, 'regulator-regions.png');
    await page.context().close();
  });

  it('shows a wrong password as the server explains it, and stays on the login page', async () => {
    const page = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    await signIn(page, 'gz-yjj', 'not-the-password1');
    await page.getByRole('alert').getByText('用户名或密码不正确').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.context().close();
  });

  it('takes a learner on a phone to the mobile home with their name', async () => {
    const page = await openPage(browser, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    await signIn(page, '440106199001011235', DEMO_PASSWORD);
    await page.waitForURL(`${server.baseUrl}/m`);
    await page.getByText('张三，您好').waitFor();
    await page.getByText('暂时还没有培训班').waitFor();
    await screenshot(page, 'learner-home.png');

    await page.locator('.adm-tab-bar-item').filter({ hasText: '我的' }).click();
    await page.waitForURL(`${server.baseUrl}/m/account`);
    await page.getByText('4401**********1235').waitFor();
    await screenshot(page, 'learner-account.png');
    await page.context().close();
  });
});
