import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, signInToConsole } from './console';
import { launchBrowser, openPage, screenshot, startServer, type RunningServer } from './harness';
import { DEMO_PASSWORD } from './journeys';
import { DEMO_INSTITUTION_NAME, DEMO_LEARNER, drillDown, exportTab, guangzhouClassWithLearner, openLearnerArchive } from './oversight';

/**
 * 广州市应急管理局 supervises its region (M29): drills down 广州市 → 天河区 →
 * the institution → the class → 张三, landing on the archive (each view audited,
 * M28), then exports the 学员 list to Excel and the test opens the file.
 */
const CLASS_NAME = '2026年第20期低压电工作业初训班（监管）';

let server: RunningServer;
let browser: Browser;
let page: Page;
let tempDir: string;

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'xunkao-e2e-oversight-'));
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  await guangzhouClassWithLearner(server.baseUrl, CLASS_NAME);
  page = await openPage(browser, DESKTOP);
  await signInToConsole(page, server.baseUrl, 'gz-yjj', DEMO_PASSWORD);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
});

describe('supervision queries (M29)', () => {
  it('gz-yjj drills down from 广州市 to a learner and lands on the audited archive (M28)', async () => {
    await drillDown(page, ['天河区', DEMO_INSTITUTION_NAME, CLASS_NAME]);
    const crumbs = await page.locator('.xk-drill-breadcrumb').innerText();
    expect(crumbs.replace(/\s+/g, '')).toBe(`广东省›广州市›天河区›${DEMO_INSTITUTION_NAME}›${CLASS_NAME}`);
    await screenshot(page, 'oversight-drill-class.png');
    await openLearnerArchive(page, DEMO_LEARNER.name);
    await page.getByText('您对本档案的查看已记入审计（M28）。').waitFor();
  });

  it('exports the 学员 list to Excel with a progress bar; the file has the zh-CN header and the learner', async () => {
    const sheet = await exportTab(page, '学员', tempDir);
    expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['姓名', '身份证号（脱敏）', '班级']);
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => (sheet.getRow(i + 2).values as unknown[]).slice(1));
    const zhang = rows.find((r) => r[0] === DEMO_LEARNER.name);
    expect(zhang).toBeDefined();
    expect(zhang).toContain(CLASS_NAME);
    expect(zhang).toContain('广州市天河区');
    expect(String(zhang![1])).not.toBe(DEMO_LEARNER.username);
    await screenshot(page, 'oversight-export.png');
  });
});
