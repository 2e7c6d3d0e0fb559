import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBrowser, openPage, screenshot, startServer, type RunningServer } from './harness';

/** M8, M9 in the browser: the filter stops a prohibited word, another operator approves, the public sees it. */
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

async function signIn(username: string): Promise<Page> {
  const page = await openPage(browser, { viewport: { width: 1440, height: 900 } });
  await page.goto(`${server.baseUrl}/login`);
  await page.getByLabel('用户名 / 身份证号').fill(username);
  await page.getByLabel('密码', { exact: true }).fill('Demo@2026');
  await page.locator('button[type="submit"]').click();
  await page.getByRole('menuitem', { name: /公告管理/ }).click();
  return page;
}

describe('announcements (M8, M9)', () => {
  it('a platform announcement is filtered, approved by another operator and published', async () => {
    const author = await signIn('platform');
    await author.getByRole('button', { name: /起草公告/ }).click();
    const drawer = author.locator('.ant-drawer');
    await drawer.getByLabel('标题').fill('2026年冬季平台维护通知');
    await drawer.getByLabel('正文').fill('本机构包过，欢迎报名。');
    await drawer.getByRole('button', { name: /^自\s?查$/ }).click();
    await drawer.getByText('正文：包过').waitFor();
    await drawer.getByLabel('正文').fill('平台将于12月6日凌晨2:00至4:00进行系统维护，期间暂停学习，学时不受影响。');
    await drawer.getByRole('button', { name: '提交审核' }).click();
    await author.locator('.ant-modal-confirm').getByRole('button', { name: '提交审核' }).click();
    await drawer.getByText('不能审核自己起草的公告').waitFor();
    await author.context().close();

    const reviewer = await signIn('platform-review');
    await reviewer.getByRole('button', { name: '2026年冬季平台维护通知' }).click();
    await screenshot(reviewer, 'announcement-review.png');
    await reviewer.locator('.ant-drawer').getByRole('button', { name: '批准发布' }).click();
    await reviewer.locator('.ant-modal-confirm').getByRole('button', { name: '批准发布' }).click();
    await reviewer.locator('.ant-drawer').getByText('已发布').first().waitFor();
    await reviewer.context().close();

    const visitor = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    await visitor.goto(`${server.baseUrl}/public/announcements`);
    await visitor.getByRole('link', { name: '2026年冬季平台维护通知' }).click();
    await visitor.getByText('训考平台').first().waitFor();
    await screenshot(visitor, 'public-announcement.png');
    await visitor.context().close();
  });
});
