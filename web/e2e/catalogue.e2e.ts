import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMediaFixture } from '../../server/test/support/media-fixtures';
import { buttonName, choose, confirmModal, DESKTOP, openMenu, pick, signInToConsole } from './console';
import { launchBrowser, openPage, screenshot, startServer, type RunningServer } from './harness';
import { ApiSession } from './journeys';

/**
 * The registry and catalogue journey, all through the UI against the real
 * server with its background jobs: sign-up → report to 广州 → registered →
 * online training published → course with a video that passes the M21 gates →
 * institution's review → platform review → published and on the public list;
 * and a video without sound that the gates reject with the reason shown.
 */
const DEMO_PASSWORD = 'Demo@2026';
const INSTITUTION = {
  name: '广州市华信安全技术培训中心',
  // A valid GB 32100 code; the same with a wrong last character must be refused by the server.
  creditCode: '52440106MJL202603A',
  badCreditCode: '52440106MJL2026031',
  address: '广州市天河区体育西路191号',
  admin: 'huaxin-admin',
  password: 'Huaxin2026a',
};
const TEACHER = { name: '王建国', idNumber: '44010619850315002X' };
const COURSE = '低压电工作业安全技术（初训）';
const SILENT_COURSE = '高压电工作业安全技术（初训）';
const GATES_TIMEOUT_MS = 90_000;

let server: RunningServer;
let browser: Browser;
let mediaDir: string;
let goodVideo: string;
let silentVideo: string;
let institution: Page;
let bureau: Page;
let platform: Page;

beforeAll(async () => {
  mediaDir = await mkdtemp(path.join(os.tmpdir(), 'xunkao-e2e-media-'));
  [server, browser, goodVideo, silentVideo] = await Promise.all([
    // With the demo training history, so the demo learner has studied a course and may comment on it (M22).
    startServer({ env: { XUNKAO_DEMO_TRAINING: '1' } }),
    launchBrowser(),
    makeMediaFixture('good', mediaDir),
    makeMediaFixture('noAudio', mediaDir),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (mediaDir) await rm(mediaDir, { recursive: true, force: true });
});

const url = (p: string) => `${server.baseUrl}${p}`;

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await signInToConsole(page, server.baseUrl, username, password);
}

describe('institution registry and course catalogue', () => {
  it('lets an institution sign up through the UI, showing the server refusal on the right field', async () => {
    const page = await openPage(browser, DESKTOP);
    await page.goto(url('/login'));
    await page.getByRole('link', { name: '培训机构注册' }).click();
    await page.waitForURL(url('/signup/institution'));

    await page.getByLabel('机构名称').fill(INSTITUTION.name);
    await page.getByLabel('统一社会信用代码').fill(INSTITUTION.badCreditCode);
    await page.getByLabel('所在县（区）').fill('天河');
    await page.locator('.ant-cascader-menu-item').filter({ hasText: '广州市 / 天河区' }).click();
    await page.getByLabel('机构地址').fill(INSTITUTION.address);
    await page.getByLabel('法定代表人').fill('陈建华');
    await page.getByLabel('联系人', { exact: true }).fill('林晓');
    await page.getByLabel('联系电话').fill('020-38881234');
    await page.getByLabel('登录用户名').fill(INSTITUTION.admin);
    await page.getByLabel('管理员姓名').fill('林晓');
    await page.getByLabel('登录密码').fill(INSTITUTION.password);
    await page.getByLabel('确认密码').fill(INSTITUTION.password);
    await page.getByLabel('本机构承诺所填信息真实、准确，并对其真实性负责。').check();
    await page.getByRole('button', { name: /提交注册/ }).click();

    // CREDIT_CODE_INVALID lands under the credit code field, with the server's specific reason.
    const creditItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('统一社会信用代码') });
    await creditItem.getByText('统一社会信用代码校验位不正确，请核对最后一位').waitFor();
    expect(new URL(page.url()).pathname).toBe('/signup/institution');

    await page.getByLabel('统一社会信用代码').fill(INSTITUTION.creditCode);
    await page.getByRole('button', { name: /提交注册/ }).click();
    await page.waitForURL(url('/login'));
    await page.getByText('注册成功，请使用刚才设置的用户名和密码登录').waitFor();
    expect(await page.getByLabel('用户名 / 身份证号').inputValue()).toBe(INSTITUTION.admin);
    await page.context().close();
  });

  it('reports to 广州 and is registered there by 广州市应急管理局 (N1.2, M11)', async () => {
    institution = await openPage(browser, DESKTOP);
    await signIn(institution, INSTITUTION.admin, INSTITUTION.password);
    await openMenu(institution, '机构备案');
    await institution.getByText(INSTITUTION.creditCode).waitFor();
    await institution.getByText('尚未向任何市应急管理局报告').waitFor();

    await institution.getByRole('button', { name: '向市应急管理局报告' }).first().click();
    const drawer = institution.locator('.ant-drawer-content');
    await choose(drawer, institution, '备案城市', '广州市');
    await choose(drawer, institution, '培训范围（培训类别）', '低压电工作业');
    await choose(drawer, institution, '培训范围（培训类别）', '高压电工作业');
    await institution.keyboard.press('Escape');
    await drawer.getByLabel('教室名称 1').fill('第一教室');
    await drawer.getByLabel('教室地址 1').fill('广州市天河区体育西路191号5楼');
    await drawer.getByLabel('座位数 1').fill('48');
    await drawer.getByLabel('线下书面报告情况').fill('穗应急培备〔2026〕7号');
    await drawer.getByRole('button', { name: '提交报告' }).click();
    await confirmModal(institution, '确认提交');
    await institution.getByText('报告已提交，请等待市应急管理局核验登记').waitFor();
    const row = institution.locator('tr').filter({ hasText: '广州市' });
    await row.getByText('已提交').waitFor();
    await row.getByText('未申报').waitFor();

    bureau = await openPage(browser, DESKTOP);
    await signIn(bureau, 'gz-yjj', DEMO_PASSWORD);
    await openMenu(bureau, '备案审核');
    const application = bureau.locator('tr').filter({ hasText: INSTITUTION.name });
    await application.getByText('备案登记').waitFor();
    await application.getByText('待办理').waitFor();

    // The province sees the application but the city decides: buttons disabled, with the reason on hover.
    const province = await openPage(browser, DESKTOP);
    await signIn(province, 'gd-yjt', DEMO_PASSWORD);
    await openMenu(province, '备案审核');
    await province.locator('tr').filter({ hasText: INSTITUTION.name }).getByRole('button', { name: buttonName('查看') }).click();
    const readOnly = province.locator('.ant-drawer-content');
    await readOnly.getByText('穗应急培备〔2026〕7号').waitFor();
    expect(await readOnly.getByRole('button', { name: buttonName('登记') }).isDisabled()).toBe(true);
    await province.waitForTimeout(400); // the drawer slides in; hover once it has settled
    await readOnly.locator('.xk-drawer-footer .ant-space').hover();
    await province.getByRole('tooltip').getByText('由地级以上市应急管理局办理').waitFor();
    await province.context().close();

    await application.getByRole('button', { name: buttonName('办理') }).click();
    const detail = bureau.locator('.ant-drawer-content');
    await detail.getByText('穗应急培备〔2026〕7号').waitFor();
    await detail.getByText('低压电工作业').waitFor();
    await detail.getByRole('button', { name: buttonName('登记') }).click();
    await confirmModal(bureau, '登记');
    await bureau.getByText('已办理：登记').waitFor();
    await bureau.getByText('暂无待办理的申请').waitFor();
  });

  it('declares online training, which the city publishes (M12, M13)', async () => {
    await institution.reload();
    const row = institution.locator('tr').filter({ hasText: '广州市' });
    await row.getByText('已登记').waitFor();
    await row.getByRole('button', { name: '申报网络培训' }).click();
    await confirmModal(institution, '确认申报');
    await institution.getByText('已申报，请等待市应急管理局核验').waitFor();
    await row.getByText('已申报').waitFor();

    await bureau.reload();
    await pick(bureau, bureau, '办理状态', '全部状态');
    await bureau.locator('tr').filter({ hasText: '备案登记' }).getByText('已同意').waitFor();
    const application = bureau.locator('tr').filter({ hasText: INSTITUTION.name }).filter({ hasText: '网络培训申报' });
    await application.getByRole('button', { name: buttonName('办理') }).click();
    const detail = bureau.locator('.ant-drawer-content');
    await detail.getByText('已登记').waitFor();
    await screenshot(bureau, 'regulator-applications.png');
    await detail.getByRole('button', { name: '核验并公布' }).click();
    await confirmModal(bureau, '核验并公布');
    await bureau.getByText('已办理：核验并公布').waitFor();

    // The bureau's list goes to Excel as it is shown (CSV with a BOM).
    const [download] = await Promise.all([bureau.waitForEvent('download'), bureau.getByRole('button', { name: /导出 Excel/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^备案申请_\d{8}\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF培训机构,统一社会信用代码,事项')).toBe(true);
    expect(csv).toContain(`${INSTITUTION.name},${INSTITUTION.creditCode},网络培训申报,广州市`);

    await institution.reload();
    await row.getByText('已公布').waitFor();
    await screenshot(institution, 'institution-registrations.png');
  });

  it('reports a teacher, whom the city approves (N1.3)', async () => {
    await openMenu(institution, '教师管理');
    await institution.getByText('暂无教师').waitFor();
    await institution.getByRole('button', { name: '报告教师' }).first().click();
    const drawer = institution.locator('.ant-drawer-content');
    await choose(drawer, institution, '报告城市', '广州市');
    await drawer.getByLabel('姓名').fill(TEACHER.name);
    await drawer.getByLabel('身份证号').fill(TEACHER.idNumber);
    await drawer.getByLabel('资质与授课经历').fill('注册安全工程师，从事电工作业安全培训10年');
    await choose(drawer, institution, '授课类别', '低压电工作业');
    await institution.keyboard.press('Escape');
    await drawer.getByRole('button', { name: '提交报告' }).click();
    const row = institution.locator('tr').filter({ hasText: TEACHER.name });
    await row.getByText('待核准').waitFor();
    // Only a masked number comes back (M27-style minimisation of personal data).
    expect(await row.innerText()).not.toContain(TEACHER.idNumber);

    await openMenu(bureau, '教师核准');
    const pending = bureau.locator('tr').filter({ hasText: TEACHER.name });
    await pending.getByText(INSTITUTION.name).waitFor();
    await pending.getByRole('button', { name: buttonName('核准') }).click();
    await confirmModal(bureau, '确认核准');
    await bureau.getByText('已核准').first().waitFor();

    await institution.reload();
    await row.getByText('已核准').waitFor();
  });

  let courseUrl = '';

  it('builds a course whose video passes the quality gates, and submits it (M17 first review, M20, M21)', async () => {
    await openMenu(institution, '课程管理');
    await institution.getByText('还没有课程').waitFor();
    await institution.getByRole('button', { name: '新建课程' }).first().click();
    const drawer = institution.locator('.ant-drawer-content');
    await drawer.getByLabel('课程名称').fill(COURSE);
    await drawer.getByLabel('课程简介').fill('面向低压电工作业人员的安全技术理论培训，覆盖电气安全基础、触电防护与事故应急。');
    await choose(drawer, institution, '培训类别', '低压电工作业');
    await institution.keyboard.press('Escape');
    await pick(drawer, institution, '授课教师', TEACHER.name);
    const topics = drawer.getByLabel('覆盖的培训大纲条目');
    for (const topic of ['安全生产法律法规', '触电事故预防与急救']) {
      await topics.fill(topic);
      await topics.press('Enter');
    }
    await drawer.getByRole('button', { name: '创建课程' }).click();
    await institution.waitForURL(/\/courses\/[0-9a-f-]{36}$/);
    courseUrl = institution.url();

    await addVideoLesson(institution, '第一讲 电气安全基础', goodVideo);
    await addTextLesson(institution, '第二讲 触电急救要点');
    const lesson = institution.locator('tr').filter({ hasText: '第一讲 电气安全基础' });
    await lesson.getByText('已通过').waitFor({ timeout: GATES_TIMEOUT_MS });
    await lesson.getByText('2秒').waitFor();

    await institution.getByRole('button', { name: '提交平台审核' }).click();
    await institution.locator('.ant-modal').getByLabel('机构审核意见（可选）').fill('已由教学负责人审核，内容符合大纲。');
    await confirmModal(institution, '确认提交');
    await institution.getByText('已提交平台审核').first().waitFor();
    await institution.locator('.xk-page-extra').getByText('平台审核中').waitFor();
  });

  it('is reviewed item by item by the platform and published, and the institution is on the public list (M17, M11)', async () => {
    platform = await openPage(browser, DESKTOP);
    await signIn(platform, 'platform', DEMO_PASSWORD);
    await openMenu(platform, '课程审核');
    await platform.getByRole('link', { name: COURSE }).click();
    await platform.waitForURL(/\/platform\/reviews\/[0-9a-f-]{36}$/);
    const video = platform.locator('video.xk-player-video');
    await video.waitFor();
    expect(await video.getAttribute('src')).toMatch(/^\/api\/v1\/lessons\/[0-9a-f-]{36}\/media$/);
    // A frame on screen when Chromium can decode H.264; the review does not depend on it.
    await platform.waitForFunction(() => (document.querySelector('video.xk-player-video') as HTMLVideoElement | null)?.readyState === 4, null, { timeout: 10_000 }).catch(() => undefined);

    const items = platform.locator('.xk-checklist-item');
    expect(await items.count()).toBe(5);
    for (const label of ['内容', '形式', '意识形态', '视频格式与质量', '版权']) await platform.locator('.xk-checklist-item').filter({ hasText: label }).first().waitFor();
    // Failing an item without a comment is refused on the spot.
    await items.nth(4).locator('label.xk-verdict-fail').click();
    await platform.getByRole('button', { name: '提交审核结论' }).click();
    await items.nth(4).getByText('不通过须填写意见').waitFor();
    for (let i = 0; i < 5; i += 1) await items.nth(i).locator('label.xk-verdict-pass').click();
    await platform.getByLabel('总体意见（可选）').fill('内容完整，音视频质量符合要求。');
    await platform.getByText('已给出结论 5 / 5 项，其中通过 5 项').waitFor();
    await screenshot(platform, 'platform-review.png');

    await platform.getByRole('button', { name: '提交审核结论' }).click();
    await platform.getByText('五项全部通过。提交后课程立即发布').waitFor();
    await confirmModal(platform, '确认提交');
    await platform.getByText('审核通过，课程已发布').waitFor();
    await platform.waitForURL(url('/platform/reviews'));

    await institution.goto(courseUrl);
    await institution.locator('.xk-page-extra').getByText('已发布').waitFor();
    await institution.getByText('平台审核通过，课程发布').waitFor();
    await institution.getByText('机构审核通过，提交平台审核').waitFor();
    await screenshot(institution, 'course-detail.png');

    // The city can spot-check the published course and play its lessons (M17).
    await openMenu(bureau, '辖区课程');
    await bureau.getByRole('link', { name: COURSE }).click();
    await bureau.getByText('监管部门可播放课时抽查内容与质量').waitFor();
    await bureau.locator('tr').filter({ hasText: '第一讲 电气安全基础' }).getByRole('button', { name: /播\s?放/ }).click();
    await bureau.locator('.ant-modal video.xk-player-video').waitFor();

    const visitor = await openPage(browser, DESKTOP);
    await visitor.goto(url('/login'));
    await visitor.getByRole('link', { name: '网络培训机构名单' }).click();
    await visitor.waitForURL(url('/public/institutions'));
    await visitor.getByText('名单按登记时间排列，不作排名或推荐').first().waitFor();
    const listed = visitor.locator('tr').filter({ hasText: INSTITUTION.name });
    await listed.getByText(INSTITUTION.creditCode).waitFor();
    // M11: order as registered (the demo institutions came first), and nothing that rates or ranks.
    const names = await visitor.locator('.ant-table-tbody tr.ant-table-row td:first-child').allInnerTexts();
    expect(names).toEqual(['广州市安培职业培训学校（演示）', '广州市天河安全技能培训中心（演示）', INSTITUTION.name]);
    const headers = await visitor.locator('.ant-table-thead th').allInnerTexts();
    expect(headers.join('|')).not.toMatch(/排名|评分|星级|推荐|序号/);
    await screenshot(visitor, 'public-institutions.png');
    await visitor.context().close();
  });

  it('is drawn for a spot check by the city, which orders it taken down; the institution sees it under 课程满意度 (M17, M22)', async () => {
    await bureau.keyboard.press('Escape');
    await openMenu(bureau, '课程抽查');
    await bureau.getByText('尚未抽取').waitFor();
    await bureau.getByLabel('抽取数量').fill('20');
    await bureau.getByRole('button', { name: '随机抽取' }).click();
    await bureau.getByRole('link', { name: COURSE }).click();
    await bureau.waitForURL(courseUrl);
    const card = bureau.locator('.ant-card').filter({ hasText: '抽查记录' });
    await card.locator('label').filter({ hasText: '责令下架' }).click();
    await card.getByLabel('抽查发现').fill('第一讲引用的标准已废止，须更新后重新提交。');
    await card.getByRole('button', { name: '提交抽查结果' }).click();
    await bureau.getByText('提交后课程立即下架').waitFor();
    await confirmModal(bureau, '确认提交');
    await bureau.getByText('已责令下架').first().waitFor();
    await card.locator('tr').filter({ hasText: '第一讲引用的标准已废止' }).getByText('责令下架').waitFor();
    await bureau.locator('.xk-page-extra').getByText('已下架').waitFor();
    await screenshot(bureau, 'spot-check.png');

    await openMenu(institution, '课程满意度');
    await pick(institution, institution, '课程状态', '已下架');
    await institution.getByRole('link', { name: COURSE }).click();
    await institution.locator('.ant-drawer').getByText('暂无公开留言').waitFor();
    await institution.keyboard.press('Escape');
    await screenshot(institution, 'course-satisfaction.png');
  });

  it('holds a learner comment that hits the lexicon until the platform decides; the term is highlighted (M9, M22)', async () => {
    // The demo learner 张三 has confirmed hours in the demo course, so may rate it.
    const learner = await ApiSession.signIn(server.baseUrl, '440106199001011235');
    const { items } = await learner.call<{ items: { id: string; courses: { id: string }[] }[] }>('GET', '/api/v1/me/classes');
    const [demoClass] = items;
    const held = await learner.call<{ commentStatus: string }>('PUT', `/api/v1/me/classes/${demoClass!.id}/courses/${demoClass!.courses[0]!.id}/rating`, {
      content: 4,
      course: 4,
      teacher: null,
      comment: '老师讲得清楚，听说这里考试包 过，值得推荐',
    });
    expect(held.commentStatus).toBe('pending');

    await openMenu(platform, '留言审核');
    const row = platform.locator('tr').filter({ hasText: '老师讲得清楚' });
    expect(await row.locator('mark.xk-hit').innerText()).toBe('包 过');
    await screenshot(platform, 'comment-moderation.png');
    await row.getByRole('button', { name: buttonName('不予公开') }).click();
    await platform.locator('.ant-modal').getByLabel('原因（学员可见）').fill('含“包过”类虚假宣传内容');
    await platform.locator('.ant-modal').getByRole('button', { name: buttonName('不予公开') }).click();
    await platform.getByText('已不予公开').first().waitFor();
    await platform.getByText('没有待审核的留言').waitFor();
    const mine = await learner.call<{ rating: { commentStatus: string; rejectReason: string } }>('GET', `/api/v1/me/classes/${demoClass!.id}/courses/${demoClass!.courses[0]!.id}/rating`);
    expect(mine.rating).toMatchObject({ commentStatus: 'rejected', rejectReason: '含“包过”类虚假宣传内容' });
  });

  it('rejects a video without sound, showing the reason, and will not let it be submitted (M21)', async () => {
    await institution.goto(url('/courses'));
    await institution.getByRole('button', { name: '新建课程' }).first().click();
    const drawer = institution.locator('.ant-drawer-content');
    await drawer.getByLabel('课程名称').fill(SILENT_COURSE);
    await drawer.getByLabel('课程简介').fill('面向高压电工作业人员的安全技术理论培训。');
    await choose(drawer, institution, '培训类别', '高压电工作业');
    await institution.keyboard.press('Escape');
    await drawer.getByLabel('覆盖的培训大纲条目').fill('高压电气设备安全操作');
    await drawer.getByLabel('覆盖的培训大纲条目').press('Enter');
    await drawer.getByRole('button', { name: '创建课程' }).click();
    await institution.waitForURL(/\/courses\/[0-9a-f-]{36}$/);

    await addVideoLesson(institution, '第一讲 高压设备概述（无声）', silentVideo);
    const lesson = institution.locator('tr').filter({ hasText: '第一讲 高压设备概述（无声）' });
    await lesson.getByText('未通过').waitFor({ timeout: GATES_TIMEOUT_MS });
    const reasons = await lesson.locator('.xk-quality-reasons').innerText();
    expect(reasons).toMatch(/音频|声音/);

    await institution.getByRole('button', { name: '提交平台审核' }).click();
    await confirmModal(institution, '确认提交');
    const refusal = institution.locator('.ant-modal-confirm').filter({ hasText: '还不能提交平台审核' });
    await refusal.getByText('第一讲 高压设备概述（无声）：未通过').waitFor();
    await refusal.getByRole('button').click();
    await institution.locator('.xk-page-extra').getByText('草稿').waitFor();
    await screenshot(institution, 'course-quality-failed.png');
  });
});

async function addVideoLesson(page: Page, title: string, file: string): Promise<void> {
  await page.getByRole('button', { name: '添加课时' }).first().click();
  const drawer = page.locator('.ant-drawer-content');
  await drawer.getByLabel('课时名称').fill(title);
  await drawer.locator('input[type="file"]').setInputFiles(file);
  await drawer.getByRole('button', { name: '上传并添加' }).click();
  await page.getByText('课时已添加，正在进行质量检测').waitFor();
  await page.locator('tr').filter({ hasText: title }).waitFor();
}

async function addTextLesson(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: '添加课时' }).first().click();
  const drawer = page.locator('.ant-drawer-content');
  await drawer.locator('label').filter({ hasText: '图文' }).click();
  await drawer.getByLabel('课时名称').fill(title);
  await drawer.getByLabel('图文内容').fill('发现有人触电，应立即切断电源或用绝缘物使其脱离电源，再视情况进行心肺复苏，并拨打120。');
  await drawer.getByLabel('评估阅读时长').fill('5');
  await drawer.getByRole('button', { name: '添加课时' }).click();
  await page.getByText('图文课时已添加').waitFor();
  await page.locator('tr').filter({ hasText: title }).waitFor();
}
