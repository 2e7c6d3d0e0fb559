import { readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, repoRoot, screenshot, startServer, type RunningServer } from './harness';
import { ApiSession, DEMO_PASSWORD, fakeCameraVideo, openLowVoltageClass, PHONE } from './journeys';

/**
 * Course tests through the UI (M23, M24): the institution imports questions
 * from Excel and reads the per-row report; the demo learner, on a phone with
 * Chromium's fake camera showing the enrolled face, passes the start check,
 * answers one question per screen, confirms the submission and sees the result.
 */
const DEMO_LEARNER = '440106199001011235';
const FACE_PHOTO = path.join(repoRoot, 'server/test/fixtures/faces/person-a-webcam.jpg');
/** The face engine loads its models on first use: allow for a cold start. */
const FACE_TIMEOUT_MS = 90_000;
const TEST_TITLE = '低压电工课程考试';

let server: RunningServer;
let browser: Browser;
let tempDir: string;
let classId: string;

const url = (p: string) => `${server.baseUrl}${p}`;

/** A question sheet with one good row, one duplicate of the demo bank and two bad rows. */
async function questionSheet(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('题库');
  ws.addRow(['题型', '知识点', '题干', '选项A', '选项B', '选项C', '选项D', '选项E', '选项F', '答案']);
  ws.addRow(['单选题', '电工仪表', '万用表不能直接测量哪一项？', '电压', '电流', '电阻', '功率', '', '', 'D']);
  ws.addRow(['多选题', '电工仪表', '只有一个答案的多选题', '甲', '乙', '丙', '', '', '', 'B']);
  ws.addRow(['判断题', '电气防火与急救', '电气线路过载不会引起火灾。', '', '', '', '', '', '', '错误']);
  ws.addRow(['填空题', '电工仪表', '填空题不在题型之列', '', '', '', '', '', '', '']);
  const file = path.join(tempDir, '题库.xlsx');
  await writeFile(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

async function signIn(page: Page, username: string, landing: string): Promise<void> {
  await page.goto(url('/login'));
  await page.getByLabel('用户名 / 身份证号').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(url(landing));
}

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'xunkao-e2e-tests-'));
  const video = await fakeCameraVideo(FACE_PHOTO, tempDir);
  [server, browser] = await Promise.all([
    startServer(),
    launchBrowser({ extraArgs: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`] }),
  ]);
  const opened = await openLowVoltageClass(server.baseUrl, { course: '低压电工作业安全技术', className: '低压电工初训班（考试）', startsInDays: 0 });
  classId = opened.classId;
  // The demo bank (16 questions on three topics) is enough for a 6-question paper.
  await opened.inst.call('POST', `/api/v1/assessments/classes/${classId}/tests`, { courseId: opened.courseId, title: TEST_TITLE, questionCount: 6, durationMinutes: 30, topicWeights: { 电工基础知识: 1, 安全用电技术: 1, 电气防火与急救: 1 } });
  const learner = await ApiSession.signIn(server.baseUrl, DEMO_LEARNER);
  await learner.call('POST', '/api/v1/me/enrolments', { code: opened.code });
  await learner.call('POST', '/api/v1/me/face/enrolment', { images: [(await readFile(FACE_PHOTO)).toString('base64')] });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
});

describe('course tests in the browser', () => {
  it('an institution imports questions from Excel and reads the report row by row', async () => {
    const page = await openPage(browser, { viewport: { width: 1440, height: 900 } });
    await signIn(page, 'demo-inst', '/');
    await page.getByRole('menuitem', { name: '题库管理' }).click();
    await page.getByText('共 16 道试题').waitFor();
    await page.getByRole('button', { name: '从 Excel 导入' }).click();
    await page.locator('input[type=file]').setInputFiles(await questionSheet());
    await page.getByRole('button', { name: '检查文件' }).click();
    await page.getByText('可导入 1 道，重复 1 道，有问题 2 道').waitFor();
    await page.getByRole('row', { name: /3 有问题 答案：多选题至少有两个正确答案/ }).waitFor();
    await page.getByRole('row', { name: /4 重复 题干：题库中已有相同题干的试题/ }).waitFor();
    await screenshot(page, 'question-import-report.png');
    await page.getByRole('button', { name: '导入 1 道试题' }).click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '导入 1 道试题' }).click();
    await page.getByText('已导入 1 道；重复 1 道、有问题 2 道未导入').waitFor();
    await page.locator('.ant-drawer-close').click();
    await page.getByText('共 17 道试题').waitFor();
    await page.context().close();
  });

  it('the learner passes the face check, answers one question per screen, confirms and sees the result (M24)', async () => {
    const page = await openPage(browser, PHONE);
    await signIn(page, DEMO_LEARNER, '/m');
    await page.getByRole('button', { name: '课程考试' }).click();
    await page.waitForURL(url(`/m/classes/${classId}/tests`));
    await page.getByText('6 题 · 30 分钟 · 80 分合格').waitFor();
    await page.getByRole('button', { name: '开始考试' }).click();
    const check = page.getByRole('button', { name: '拍照核验' });
    await expect.poll(() => check.isEnabled(), { timeout: 15_000 }).toBe(true);
    await check.click();
    await page.getByText('第 1 / 6 题').waitFor({ timeout: FACE_TIMEOUT_MS });
    await expect.poll(() => page.getByRole('timer').innerText()).toMatch(/剩余时间 (29|30):\d\d/);
    await screenshot(page, 'learner-test-question.png');

    for (let i = 1; i <= 6; i++) {
      await page.getByText(`第 ${i} / 6 题`).waitFor();
      await page.locator('.xk-t-option').first().click();
      await expect.poll(() => page.locator('.xk-t-option').first().getAttribute('aria-pressed')).toBe('true');
      if (i < 6) await page.getByRole('button', { name: '下一题' }).click();
    }
    await page.getByText('已答 6 / 6').waitFor();
    await page.locator('.xk-t-nav').getByRole('button', { name: '交卷' }).click();
    await page.getByText('交卷后不能再修改答案。').waitFor();
    await page.getByRole('button', { name: '确认交卷' }).click();
    await page.getByRole('button', { name: '返回考试列表' }).waitFor();
    await expect.poll(() => page.getByRole('status').innerText()).toMatch(/考试(不)?合格[\s\S]*\d+ 分[\s\S]*答对 \d \/ 6 题，合格分数 80 分/);
    await screenshot(page, 'learner-test-result.png');
    await page.getByRole('button', { name: '返回考试列表' }).click();
    await page.getByText('已考 1 次，共可考 3 次').waitFor();
    await page.context().close();
  });
});
