import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, signInToConsole } from './console';
import { institutionSeesOrder, openCaseFromSignal, orderRectification } from './enforcement';
import { launchBrowser, openPage, screenshot, startServer, type RunningServer } from './harness';
import { DEMO_PASSWORD, shanghaiDay } from './journeys';

/**
 * Issue 8 acceptance (enforcement part): 广州市应急管理局 opens a signal, opens
 * a case from it and orders rectification with a deadline; the institution
 * signs in and sees the order with its countdown.
 */
const CASE_TITLE = '张三多次人脸核验未通过';
const DECISION = '责令限期整改：核查学员身份，完善人脸核验管理';

let server: RunningServer;
let browser: Browser;
let bureau: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ env: { XUNKAO_DEMO_TRAINING: '1' } }), launchBrowser()]);
  bureau = await openPage(browser, DESKTOP);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('enforcement (issue 8 part C)', () => {
  it('gz-yjj opens a case from a signal and orders rectification with a deadline', async () => {
    await signInToConsole(bureau, server.baseUrl, 'gz-yjj', DEMO_PASSWORD);
    await openCaseFromSignal(bureau, server.baseUrl, CASE_TITLE);
    await orderRectification(bureau, DECISION, shanghaiDay(14));
    await bureau.getByText('剩余 14 天').waitFor();
    await screenshot(bureau, 'enforcement-case.png');
  });

  it('the institution sees the order addressed to it on 整改通知', async () => {
    const institution = await openPage(browser, DESKTOP);
    await institutionSeesOrder(institution, server.baseUrl, DECISION);
    expect(await institution.getByText('剩余 14 天').count()).toBe(1);
    await screenshot(institution, 'enforcement-orders.png');
  });
});
