import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonName, DESKTOP, openMenu, signInToConsole } from './console';
import { launchBrowser, openPage, screenshot, startServer, type RunningServer } from './harness';
import { DEMO_PASSWORD } from './journeys';

/** M4 in the browser: the province registers a data-interface client, the key shown once works, rotation and revocation. */
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

const pull = (key: string) => fetch(`${server.baseUrl}/api/v1/exchange/institutions?limit=5`, { headers: { authorization: `Bearer ${key}` } });

async function shownKey(page: Page): Promise<string> {
  const key = (await page.getByTestId('exchange-api-key').innerText()).trim();
  await page.getByRole('button', { name: '我已保存' }).click();
  return key;
}

describe('provincial data interface (M4)', () => {
  it('gd-yjt registers a client, its key pulls data, a rotation keeps both keys for the overlap, revocation ends them', async () => {
    const page = await openPage(browser, DESKTOP);
    await signInToConsole(page, server.baseUrl, 'gd-yjt', DEMO_PASSWORD);
    await openMenu(page, '数据接口');
    await page.getByText('还没有数据接口客户端').waitFor();

    await page.getByRole('button', { name: /登记客户端/ }).click();
    const form = page.locator('.ant-modal').filter({ hasText: '登记数据接口客户端' });
    await form.getByLabel('名称').fill('广东省安全生产监管平台');
    await form.getByLabel('Webhook 推送地址（可选）').fill('https://supervision.example.gd.gov.cn/hooks/xunkao');
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
