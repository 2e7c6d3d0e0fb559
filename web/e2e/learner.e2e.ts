import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idCheckChar } from '../src/modules/learners/id-number';
import { launchBrowser, openPage, repoRoot, startServer, type RunningServer } from './harness';
import { DEMO_PASSWORD, fakeCameraVideo, openLowVoltageClass, PHONE, phoneScreenshot, signInOnPhone } from './journeys';

/**
 * The learner's first day on a phone, through the UI against the real server
 * and its built-in face engine: real-name registration (with an ID typo caught
 * on the phone and an employer code refused by the server), face enrolment with
 * Chromium's fake camera playing a real face photo, joining a class by its code,
 * and the class on the home page.
 */
const FACE_PHOTO = path.join(repoRoot, 'server/test/fixtures/faces/person-a-webcam.jpg');
/** The face engine loads its models on first use: allow for a cold start. */
const FACE_TIMEOUT_MS = 90_000;
const COURSE_TITLE = '低压电工作业安全技术';
const CLASS_NAME = '低压电工初训班（第12期）';
const EMPLOYER = {
  name: '广州市穗安电力工程有限公司',
  // Valid GB 32100 shape; the same with a wrong last character must be refused by the server.
  creditCode: '52440106MJL202603A',
  badCreditCode: '52440106MJL2026031',
};

let server: RunningServer;
let browser: Browser;
let tempDir: string;

/** A fresh, valid ID number (GB 11643) so the journey never collides with demo data. */
function newIdNumber(): string {
  const sequence = String(100 + Math.floor(Math.random() * 899)).padStart(3, '0');
  const first17 = `44010619920315${sequence}`;
  return first17 + idCheckChar(first17);
}

/** The class the learner joins: opened by the demo institution through the API. */
async function openClassWithCode(baseUrl: string): Promise<string> {
  return (await openLowVoltageClass(baseUrl, { course: COURSE_TITLE, className: CLASS_NAME, startsInDays: 2 })).code;
}

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'xunkao-e2e-camera-'));
  const video = await fakeCameraVideo(FACE_PHOTO, tempDir);
  [server, browser] = await Promise.all([
    startServer(),
    launchBrowser({ extraArgs: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`] }),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
});

const url = (p: string) => `${server.baseUrl}${p}`;

/** The antd-mobile form item that holds the field labelled `label`. */
const formItem = (page: Page, label: string) => page.locator('.adm-form-item').filter({ has: page.getByLabel(label, { exact: true }) });

describe('a learner on a phone', () => {
  let page: Page;
  const idNumber = newIdNumber();

  it('registers with real name, ID number and employer only, and lands on the home page', async () => {
    page = await openPage(browser, PHONE);
    await page.goto(url('/login'));
    await page.getByRole('link', { name: '学员实名注册' }).click();
    await page.waitForURL(url('/register'));
    // M27: nothing about how to reach the learner is asked.
    expect(await page.locator('input[type="tel"], input[type="email"]').count()).toBe(0);
    const labels = await page.locator('.adm-form-item-label').allInnerTexts();
    expect(labels.join(' ')).not.toMatch(/手机|微信|邮箱/);

    await page.getByLabel('姓名', { exact: true }).fill('李建国');
    // A typo in the last character is caught on the phone, before anything is sent.
    const wrongLast = idNumber.slice(0, 17) + (idNumber[17] === '1' ? '2' : '1');
    await page.getByLabel('身份证号', { exact: true }).fill(wrongLast);
    await formItem(page, '身份证号').getByText('身份证号码有一位输错了，请对照身份证逐位核对').waitFor();
    await page.getByLabel('身份证号', { exact: true }).fill(idNumber.toLowerCase());
    await expect.poll(() => formItem(page, '身份证号').locator('.adm-form-item-feedback-error').count()).toBe(0);

    await page.getByLabel('工作单位名称', { exact: true }).fill(EMPLOYER.name);
    await page.getByLabel('单位统一社会信用代码', { exact: true }).fill(EMPLOYER.badCreditCode);
    await page.getByLabel('岗位 / 工种', { exact: true }).fill('电工');
    await page.getByLabel('登录密码', { exact: true }).fill('Jianguo2026');
    await page.getByLabel('再输一次密码', { exact: true }).fill('Jianguo2026');
    await page.getByRole('button', { name: '注册并登录' }).click();

    // EMPLOYER_CREDIT_CODE_INVALID lands under the employer's code, with the server's exact reason.
    await formItem(page, '单位统一社会信用代码').getByText('统一社会信用代码校验位不正确，请核对最后一位').waitFor();
    expect(new URL(page.url()).pathname).toBe('/register');

    await page.getByLabel('单位统一社会信用代码', { exact: true }).fill(EMPLOYER.creditCode);
    await phoneScreenshot(page, 'learner-register.png');
    await page.getByRole('button', { name: '注册并登录' }).click();
    await page.waitForURL(url('/m'));
    await page.getByText('李建国，您好').waitFor();
    await page.getByText('请先完成人脸采集').waitFor();
    await page.getByText('暂时还没有培训班').waitFor();
  });

  it('enrols the face with the front camera and sees it succeed (M24)', async () => {
    await page.getByRole('button', { name: '去采集人脸' }).click();
    await page.waitForURL(url('/m/face'));
    const start = page.getByRole('button', { name: '开始采集' });
    await expect.poll(() => start.isEnabled(), { timeout: 15_000 }).toBe(true);
    // The fake camera is playing the face photo into the preview.
    expect(await page.locator('video.xk-f-video').evaluate((v: HTMLVideoElement) => v.videoWidth)).toBe(640);
    await phoneScreenshot(page, 'learner-face.png');

    const enrolment = page.waitForResponse((r) => r.url().endsWith('/api/v1/me/face/enrolment'), { timeout: FACE_TIMEOUT_MS });
    await start.click();
    const response = await enrolment;
    const sent = JSON.parse(response.request().postData() ?? '{}') as { images?: string[] };
    expect(sent.images).toHaveLength(3);
    if (response.status() !== 201) throw new Error(`face enrolment refused: ${await response.text()}`);
    await page.getByText('人脸采集成功').waitFor();

    await page.getByRole('button', { name: '返回首页' }).click();
    await page.waitForURL(url('/m'));
    await page.getByText('李建国，您好').waitFor();
    expect(await page.getByText('请先完成人脸采集').count()).toBe(0);
  });

  it('joins a class with the code the institution handed out, typed loosely, and sees it at home', async () => {
    const code = await openClassWithCode(server.baseUrl);
    await page.getByRole('button', { name: '输入班级码加入培训班' }).click();
    await page.waitForURL(url('/m/join'));

    const input = page.getByLabel('班级码', { exact: true });
    await input.pressSequentially('AB3D');
    await page.getByText('还差 4 位').waitFor();
    await input.fill('ZZZZ ZZZZ');
    await page.getByRole('button', { name: '加入培训班' }).click();
    await page.getByRole('alert').getByText('没有找到这个班级码').waitFor();

    // Lower case, with a space in the middle, as read out from a notice.
    await input.fill(`${code.slice(0, 4).toLowerCase()} ${code.slice(4).toLowerCase()}`);
    expect(await input.inputValue()).toBe(code);
    await page.getByRole('button', { name: '加入培训班' }).click();
    await page.getByText('加入成功').waitFor();
    await page.getByText(`您已加入「${CLASS_NAME}」。`).waitFor();

    await page.getByRole('button', { name: '查看我的培训班' }).click();
    await page.waitForURL(url('/m'));
    const card = page.getByRole('article', { name: CLASS_NAME });
    await card.waitFor();
    await card.getByText('广州市安培职业培训学校（演示）').waitFor();
    await card.getByText(COURSE_TITLE).waitFor();
    await card.getByText('1 个课时').waitFor();
    await card.getByText('10 分钟').waitFor();
    await card.getByText(/网络学习 70 学时/).waitFor();
    await phoneScreenshot(page, 'learner-classes.png');

    // The same code again is refused in plain words.
    await page.getByRole('button', { name: '加入其他培训班' }).click();
    await page.getByLabel('班级码', { exact: true }).fill(code);
    await page.getByRole('button', { name: '加入培训班' }).click();
    await page.getByRole('alert').getByText('您已经在这个培训班里了').waitFor();
    await page.context().close();
  });

  it('resets a forgotten password with the face, and says the institution can help when the face does not match (M27)', async () => {
    const guest = await openPage(browser, PHONE);
    await guest.goto(url('/login'));
    await guest.getByRole('link', { name: '忘记密码？刷脸找回' }).click();
    await guest.waitForURL(url('/reset-password'));

    // The demo learner never enrolled a face: the check cannot pass, and the way out is named.
    await guest.getByLabel('身份证号', { exact: true }).fill('440106199001011235');
    await guest.getByLabel('新密码', { exact: true }).fill('Newpass2026');
    await guest.getByLabel('再输一次新密码', { exact: true }).fill('Newpass2026');
    await guest.getByRole('button', { name: '下一步：刷脸核对' }).click();
    const check = guest.getByRole('button', { name: '开始核对' });
    await expect.poll(() => check.isEnabled(), { timeout: 15_000 }).toBe(true);
    await check.click();
    const refusal = guest.getByRole('alert');
    await refusal.getByText('没有通过人脸核对').waitFor({ timeout: FACE_TIMEOUT_MS });
    await refusal.getByText(/请您所在的培训机构核实身份/).waitFor();

    await guest.getByRole('button', { name: '修改身份证号或密码' }).click();
    await guest.getByLabel('身份证号', { exact: true }).fill(idNumber);
    await guest.getByRole('button', { name: '下一步：刷脸核对' }).click();
    const retry = guest.getByRole('button', { name: '开始核对' });
    await expect.poll(() => retry.isEnabled(), { timeout: 15_000 }).toBe(true);
    await retry.click();
    await guest.getByText('密码已重置').waitFor({ timeout: FACE_TIMEOUT_MS });

    await guest.getByRole('button', { name: '去登录' }).click();
    await guest.waitForURL(url('/login'));
    await guest.getByText('密码已重置，请用新密码登录').waitFor();
    expect(await guest.getByLabel('用户名 / 身份证号').inputValue()).toBe(idNumber);
    await guest.getByLabel('密码', { exact: true }).fill('Newpass2026');
    await guest.locator('button[type="submit"]').click();
    await guest.waitForURL(url('/m'));
    await guest.getByRole('article', { name: CLASS_NAME }).waitFor();
    await guest.context().close();
  });
});

describe('a learner whose camera cannot be used', () => {
  it('is told how to allow the camera after refusing it, with a way to try again', async () => {
    const page = await openPage(browser, PHONE);
    await page.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    });
    await signInOnPhone(page, server.baseUrl, '440106199001011235', DEMO_PASSWORD);
    await page.getByRole('button', { name: '去采集人脸' }).click();
    await page.waitForURL(url('/m/face'));
    const panel = page.getByRole('alert');
    await panel.getByText('没有打开摄像头的权限').waitFor();
    await panel.getByText('找到「摄像头」或「相机」，选「允许」').waitFor();
    await panel.getByRole('button', { name: '重新打开摄像头' }).waitFor();
    expect(await page.getByRole('button', { name: '开始采集' }).count()).toBe(0);
    await page.context().close();
  });
});
