import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonName, choose, confirmModal, DESKTOP, openMenu, signInToConsole } from './console';
import { launchBrowser, openPage, screenshot, startServer, type RunningServer } from './harness';
import { idCheckChar } from '../src/modules/learners/id-number';
import { ApiSession, DEMO_PASSWORD, facePhoto, fakeCameraSequence, LOW_VOLTAGE, publishedTextCourse, shanghaiDay } from './journeys';

/**
 * The classes console against the real server: demo-inst opens a class through
 * the UI (the live M19 check and the server's refusal beside the online hours),
 * hands out the join code, imports learners from Excel, records a classroom
 * session — a stranger in front of the camera at the face sign-in is refused
 * by name, then the learner signs on the pad (N1.3, M24) — asks for an hour
 * correction, and 广州市应急管理局 approves it on 学时更正审批 (M16).
 */
const LEARNER = { username: '440106199001011235', name: '张三' };
const COURSE = '低压电工作业安全技术（班级演示）';
const CLASS_NAME = '2026年第12期低压电工作业初训班';
const TEACHER = { name: '周建华', idNumber: '11010519491231002X' };
const TOPIC = '触电急救与心肺复苏';
const NEW_LEARNER = { name: '李四', idNumber: `44010619950315002${idCheckChar('44010619950315002')}` };

/** The face engine loads its models on first use. */
const FACE_TIMEOUT_MS = 90_000;

let server: RunningServer;
let browser: Browser;
let tempDir: string;
let institution: Page;
let bureau: Page;
let classUrl = '';

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'xunkao-e2e-classes-'));
  // The console's camera shows someone other than the learner, whose enrolled face is person A.
  const stranger = await fakeCameraSequence(path.join(tempDir, 'stranger.y4m'), [{ photo: facePhoto('person-b.jpg'), seconds: 2 }]);
  const camera = ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${stranger}`];
  [server, browser] = await Promise.all([startServer(), launchBrowser({ extraArgs: camera })]);
  await publishedTextCourse(server.baseUrl, COURSE, [{ title: '第一讲 安全用电常识', textContent: '电气设备外壳应可靠接地，作业前须验电。', readingSeconds: 60 }]);
  const inst = await ApiSession.signIn(server.baseUrl, 'demo-inst');
  const { teacherId } = await inst.call<{ teacherId: string }>('POST', '/api/v1/institutions/mine/teachers', {
    cityCode: '440100',
    name: TEACHER.name,
    idNumber: TEACHER.idNumber,
    qualifications: '注册安全工程师，电工作业安全培训8年',
    categories: [LOW_VOLTAGE],
  });
  const gz = await ApiSession.signIn(server.baseUrl, 'gz-yjj');
  await gz.call('POST', `/api/v1/teachers/${teacherId}/decision`, { approve: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
});

/** Fills one end of an antd RangePicker by typing, as a keyboard user would. */
async function typeDate(page: Page, placeholder: string, day: string): Promise<void> {
  const input = page.getByPlaceholder(placeholder);
  await input.click();
  await input.fill(day);
  await input.press('Enter');
}

/** The template the page offers, with `rows` below its header (the example row replaced). */
async function learnerList(template: string, rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(template);
  const sheet = workbook.worksheets[0]!;
  sheet.spliceRows(2, sheet.rowCount - 1);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Writes a short stroke on the signature pad with the mouse (pointer events, like a finger or a stylus). */
async function drawSignature(page: Page): Promise<void> {
  const box = (await page.locator('canvas.xk-signature-pad').boundingBox())!;
  const at = (fx: number, fy: number) => [box.x + box.width * fx, box.y + box.height * fy] as const;
  await page.mouse.move(...at(0.2, 0.6));
  await page.mouse.down();
  for (const [fx, fy] of [[0.3, 0.3], [0.4, 0.7], [0.5, 0.35], [0.6, 0.65], [0.75, 0.4]] as const) await page.mouse.move(...at(fx, fy), { steps: 6 });
  await page.mouse.up();
}

/**
 * Draws on the pad and confirms; strokes drawn while the modal still moves can miss the canvas, so
 * a pad that says it is still empty gets the signature again (at most three times).
 */
async function signUntilAccepted(page: Page, pad: Locator): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await drawSignature(page);
    await pad.getByRole('button', { name: '确认签名' }).click();
    if (await pad.waitFor({ state: 'hidden', timeout: 5_000 }).then(() => true, () => false)) return;
  }
  throw new Error('the signature pad did not accept the signature');
}

describe('classes, classroom sessions and hour corrections', () => {
  it('opens a class through the UI, with the category hours and the 80 % online cap shown while typing (M19, M23)', async () => {
    institution = await openPage(browser, DESKTOP);
    await signInToConsole(institution, server.baseUrl, 'demo-inst', DEMO_PASSWORD);
    await openMenu(institution, '培训班');
    await institution.getByText('还没有培训班').waitFor();
    await institution.getByRole('button', { name: '开设培训班' }).first().click();

    const drawer = institution.locator('.ant-drawer-content');
    await drawer.getByLabel('班级名称').fill(CLASS_NAME);
    await choose(drawer, institution, '培训城市', '广州市');
    await choose(drawer, institution, '培训类别', '低压电工作业');
    await typeDate(institution, '开始日期', shanghaiDay(0));
    await typeDate(institution, '结束日期', shanghaiDay(30));
    await drawer.getByText('类别学时要求').waitFor();

    // One hour over the cap: the live check warns beside the field, and the server refuses it there too.
    await drawer.getByLabel('网络理论学时').fill('71');
    await drawer.getByLabel('面授理论学时').fill('18');
    await drawer.getByLabel('实际操作学时').fill('60');
    const online = drawer.locator('.ant-form-item').filter({ has: institution.getByLabel('网络理论学时') });
    await online.getByText(/网络学时不得超过 \d+ 学时（M19）/).waitFor();
    await choose(drawer, institution, '网络课程', COURSE);
    await institution.keyboard.press('Escape');
    await choose(drawer, institution, '授课教师', TEACHER.name);
    await institution.keyboard.press('Escape');
    await drawer.getByRole('button', { name: '开设培训班' }).click();
    await online.getByText('网络学时超过上限：初训的网络学时不得超过该类别理论学时的80%（M19）').waitFor();

    await drawer.getByLabel('网络理论学时').fill('70');
    await drawer.getByText('符合要求').waitFor();
    await screenshot(institution, 'class-create.png');
    await drawer.getByRole('button', { name: '开设培训班' }).click();

    await institution.waitForURL(/\/institution\/classes\/[0-9a-f-]{36}$/);
    classUrl = institution.url();
    await institution.getByText('培训班已开设，请把班级码发给学员').waitFor();
    const code = (await institution.locator('.xk-join-code').innerText()).trim();
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);

    const learner = await ApiSession.signIn(server.baseUrl, LEARNER.username);
    await learner.call('POST', '/api/v1/me/enrolments', { code });
    await learner.call('POST', '/api/v1/me/face/enrolment', { images: [(await readFile(facePhoto('person-a-webcam.jpg'))).toString('base64')] });
    await institution.reload();
    await institution.getByRole('tab', { name: /学员（1）/ }).waitFor();
    await screenshot(institution, 'class-detail.png');
  });

  it('imports learners from the Excel template all or nothing, naming each wrong row, and shows new passwords once (M23)', async () => {
    await institution.getByRole('tab', { name: /学员/ }).click();
    await institution.getByRole('button', { name: '导入学员名单' }).click();
    const modal = institution.locator('.ant-modal').filter({ hasText: '用 Excel 名单导入学员' });
    const [download] = await Promise.all([institution.waitForEvent('download'), modal.getByRole('link', { name: /下载模板/ }).click()]);
    expect(download.suggestedFilename()).toBe('学员名单模板.xlsx');
    const template = (await download.path())!;
    const employer = ['广州市某化工有限公司', '91440101MA5AQ7K11T', '低压电工'];
    const upload = async (rows: string[][]) =>
      modal.locator('input[type="file"]').setInputFiles({ name: '学员名单.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await learnerList(template, rows) });

    await upload([
      [LEARNER.name, LEARNER.username, ...employer],
      [NEW_LEARNER.name, `${NEW_LEARNER.idNumber.slice(0, 17)}0`, ...employer],
    ]);
    await modal.getByText('名单有 1 处错误，本次没有导入任何学员').waitFor();
    await modal.locator('tr').filter({ hasText: '身份证号' }).getByText('3', { exact: true }).waitFor();

    await upload([
      [LEARNER.name, LEARNER.username, ...employer],
      [NEW_LEARNER.name, NEW_LEARNER.idNumber, ...employer],
    ]);
    await modal.getByText('共 2 行：新加入本班 1 人，原已在班 1 人。').waitFor();
    const account = modal.locator('tr').filter({ hasText: NEW_LEARNER.name });
    expect(await account.locator('.xk-one-time-password').innerText()).toMatch(/^[a-zA-Z0-9]{10}$/);
    await modal.getByRole('button', { name: buttonName('关闭') }).click();
    await confirmModal(institution, '已抄录，关闭');
    await institution.getByRole('tab', { name: /学员（2）/ }).waitFor();
    await institution.locator('tr').filter({ hasText: NEW_LEARNER.name }).getByText('Excel 导入').waitFor();
  });

  it('records a classroom session with a signature drawn on the pad, and credits the learner (N1.3, M19)', async () => {
    await institution.getByRole('tab', { name: '面授记录' }).click();
    await institution.getByText('还没有面授记录').waitFor();
    await institution.getByRole('button', { name: '登记面授' }).first().click();
    const drawer = institution.locator('.ant-drawer-content');
    await choose(drawer, institution, '授课教师', TEACHER.name);
    await drawer.getByLabel('授课内容').fill(TOPIC);
    await drawer.getByLabel('上课地点').fill('天河区体育西路191号5楼第一教室');

    // Submitting with nobody signed in is refused before anything is sent.
    await drawer.getByRole('button', { name: '提交面授记录' }).click();
    await drawer.getByText('至少需要一名学员签到').waitFor();

    // A face sign-in by someone else: the whole list is sent back, naming the learner (M24).
    const line = drawer.locator('tr').filter({ hasText: LEARNER.name });
    await line.getByText('人脸签到').click();
    await drawer.getByRole('button', { name: `${LEARNER.name} 刷脸` }).click();
    const camera = institution.locator('.ant-modal').filter({ hasText: `${LEARNER.name} 人脸签到` });
    await camera.getByRole('button', { name: '拍照签到' }).click({ timeout: 20_000 });
    await line.getByText('已签到').waitFor();
    await drawer.getByRole('button', { name: '提交面授记录' }).click();
    await confirmModal(institution, '确认提交');
    await drawer.getByText(new RegExp(`^${LEARNER.name}的人脸核验未通过：.+本次记录未保存，可改用手写签名后重新提交。$`)).waitFor({ timeout: FACE_TIMEOUT_MS });
    expect(await line.getAttribute('class')).toContain('xk-row-failed');
    await institution.locator('.ant-modal-confirm').waitFor({ state: 'detached' });

    await line.getByText('手写签名').click();
    await drawer.getByRole('button', { name: `${LEARNER.name} 签名` }).click();
    const pad = institution.locator('.ant-modal').filter({ hasText: `${LEARNER.name} 手写签名` });
    await pad.getByRole('img', { name: `${LEARNER.name} 的签名区` }).waitFor();
    await pad.getByRole('button', { name: '确认签名' }).click();
    await pad.getByText('请先在框内签名').waitFor();
    await signUntilAccepted(institution, pad);
    await drawer.locator('tr').filter({ hasText: LEARNER.name }).getByText('已签到').waitFor();

    await drawer.getByRole('button', { name: '提交面授记录' }).click();
    await institution.getByText('签到学员 1 人，计入面授学时').waitFor();
    await confirmModal(institution, '确认提交');
    await institution.getByText('面授已登记，1 名学员计入面授学时').waitFor();
    const row = institution.locator('tr').filter({ hasText: TOPIC });
    await row.getByText(TEACHER.name).waitFor();
    // A two-hour session is 2.7 学时 (45 minutes = 1 学时).
    await row.getByText('2.7 学时').waitFor();
  });

  it('asks for an hour correction in minutes shown as 学时 (M16)', async () => {
    await institution.getByRole('tab', { name: /学员/ }).click();
    await institution.locator('tr').filter({ hasText: LEARNER.name }).getByRole('button', { name: '申请更正' }).click();
    const modal = institution.locator('.ant-modal').filter({ hasText: '申请学时更正' });
    await modal.getByLabel('更正时长（分钟）').fill('45');
    await modal.getByText('折合 1 学时（45分钟为1学时）').waitFor();
    await modal.getByLabel('更正理由').fill('11月20日面授签到表漏登记该学员，有纸质签到表和授课教师证明');
    await modal.getByRole('button', { name: '提交申请' }).click();
    await institution.getByText('更正申请已提交，请等待应急管理部门审批').waitFor();
    await institution.getByRole('tab', { name: '学时更正' }).click();
    const row = institution.locator('tr').filter({ hasText: '+1 学时（45分钟）' });
    await row.getByText('待审批').waitFor();
  });

  it("is approved by the city bureau on 学时更正审批, which reads the class without write buttons (M16)", async () => {
    bureau = await openPage(browser, DESKTOP);
    await signInToConsole(bureau, server.baseUrl, 'gz-yjj', DEMO_PASSWORD);
    await openMenu(bureau, '学时更正审批');
    const row = bureau.locator('tr').filter({ hasText: LEARNER.name });
    await row.getByText(CLASS_NAME).waitFor();
    await row.getByText('+1 学时（45分钟）').waitFor();
    await screenshot(bureau, 'hour-corrections.png');
    await row.getByRole('button', { name: buttonName('批准') }).click();
    await bureau.getByText('批准后将在学员学时台账中新增一条更正记录（+1 学时（45分钟））').waitFor();
    await confirmModal(bureau, '确认批准');
    await bureau.getByText('已批准，学员学时已更正').waitFor();
    await bureau.getByText('暂无待审批的学时更正').waitFor();

    await openMenu(bureau, '辖区培训班');
    await bureau.getByRole('link', { name: CLASS_NAME }).click();
    await bureau.getByText('监管部门只读查看').waitFor();
    await bureau.getByRole('tab', { name: '面授记录' }).click();
    await bureau.locator('tr').filter({ hasText: TOPIC }).waitFor();
    expect(await bureau.getByRole('button', { name: '登记面授' }).count()).toBe(0);
    expect(await bureau.locator('.xk-join-code').count()).toBe(0);

    await institution.goto(classUrl);
    await institution.getByRole('tab', { name: '学时更正' }).click();
    await institution.locator('tr').filter({ hasText: '+1 学时（45分钟）' }).getByText('已批准').waitFor();
  });
});
