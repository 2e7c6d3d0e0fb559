import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import jsQR from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, screenshotsDir, startServer, type RunningServer } from './harness';

/**
 * M25 and M26 through the UI: the demo learner's completed class has its
 * certificate; the learner downloads it on the phone; the PDF, rendered by
 * poppler, carries the Chinese text and a QR code whose URL opens the public
 * verification page with the full content; the institution downloads the
 * class's certificates as a ZIP and opens the learner's archive.
 */
const DEMO_PASSWORD = 'Demo@2026';
const DEMO_LEARNER = '440106199001011235';
const CLASS_NAME = '低压电工初训班（演示·已结业）';
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const execFileAsync = promisify(execFile);

let server: RunningServer;
let browser: Browser;
let tempDir: string;
let pdfFile: string;
let verifyUrl: string;

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'xunkao-e2e-certs-'));
  [server, browser] = await Promise.all([startServer({ env: { XUNKAO_DEMO_TRAINING: '1' } }), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
});

const url = (p: string) => `${server.baseUrl}${p}`;

async function signIn(page: Page, username: string, landing: string): Promise<void> {
  await page.goto(url('/login'));
  await page.getByLabel('用户名 / 身份证号').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(url(landing));
}

/** The QR code read back from the rendered page, as a phone's camera would: poppler renders grey, jsQR decodes. */
async function readQr(pdf: string): Promise<string> {
  const prefix = path.join(tempDir, 'qr');
  await execFileAsync('pdftoppm', ['-r', '150', '-gray', '-singlefile', pdf, prefix]);
  const pgm = await readFile(`${prefix}.pgm`);
  const header = pgm.subarray(0, 20).toString('latin1').split(/\s+/);
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(pgm.length - width * height);
  const rgba = new Uint8ClampedArray(width * height * 4);
  pixels.forEach((v, i) => rgba.set([v, v, v, 255], i * 4));
  const code = jsQR(rgba, width, height);
  if (!code) throw new Error('no QR code found on the rendered certificate');
  return code.data;
}

describe('an hour certificate anyone can verify (M25)', () => {
  it('is on the demo learner’s phone and downloads as a PDF', async () => {
    const page = await openPage(browser, { ...PHONE, acceptDownloads: true });
    await signIn(page, DEMO_LEARNER, '/m');
    const section = page.getByRole('region', { name: '我的学时证明' });
    const card = section.getByRole('article');
    await card.getByText(CLASS_NAME).waitFor();
    await card.getByText('有效').waitFor();
    await card.getByText(/148 学时/).waitFor();
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'learner-certificates.png');

    const download = page.waitForEvent('download');
    await card.getByRole('button', { name: '下载 PDF 打印' }).click();
    pdfFile = path.join(tempDir, 'certificate.pdf');
    await (await download).saveAs(pdfFile);
    expect((await readFile(pdfFile)).subarray(0, 5).toString()).toBe('%PDF-');

    // M26: the same history in the learner's own archive.
    await page.getByText('我的学习档案').click();
    await page.waitForURL(url('/m/archive'));
    await page.getByText(`${CLASS_NAME}（148 / 148 学时）`).waitFor();
    await page.getByText('已完成').waitFor();
    await screenshot(page, 'learner-archive.png');
    await page.context().close();
  });

  it('renders with pdftoppm showing the embedded Chinese text (saved under docs/screenshots)', async () => {
    const fonts = (await execFileAsync('pdffonts', [pdfFile])).stdout;
    expect(fonts).toMatch(/NotoSansSC-Regular\S*\s+CID TrueType\s+Identity-H\s+yes/);
    const text = (await execFileAsync('pdftotext', ['-layout', pdfFile, '-'])).stdout;
    for (const expected of ['安全生产培训学时证明', '张三', '4401**********1235', CLASS_NAME, '广州市安培职业培训学校（演示）', '148 学时']) expect(text).toContain(expected);
    await execFileAsync('pdftoppm', ['-r', '110', '-png', '-singlefile', pdfFile, path.join(screenshotsDir, 'certificate')]);
  });

  it('carries a QR code whose URL opens the public verification page with the full content', async () => {
    verifyUrl = await readQr(pdfFile);
    expect(verifyUrl.startsWith(`${server.baseUrl}/verify/XK-`)).toBe(true);
    expect(new URL(verifyUrl).searchParams.get('p')).toMatch(/^XKC1\./);

    const page = await openPage(browser, PHONE);
    await page.goto(verifyUrl);
    await page.getByText('该学时证明有效').waitFor();
    await page.getByText('二维码中的签名数据与本证明一致。').waitFor();
    for (const shown of ['张三', '4401**********1235', CLASS_NAME, '广州市安培职业培训学校（演示）（52440100MA5AQ7K11D）', '148 学时（要求 148 学时）', '低压电工作业安全技术（演示）', '面授及实际操作']) {
      await page.getByText(shown, { exact: true }).first().waitFor();
    }
    await screenshot(page, 'certificate-verify.png');
    await page.context().close();
  });
});

describe('the institution console (M25, M26)', () => {
  let page: Page;

  it('downloads the class’s certificates as one ZIP, with progress', async () => {
    page = await openPage(browser, { viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    await signIn(page, 'demo-inst', '/');
    await page.getByRole('menuitem', { name: '学时证明' }).click();
    await page.waitForURL(url('/certificates'));
    await page.getByLabel('培训班').click();
    await page.getByTitle(CLASS_NAME).click();
    const number = new URL(verifyUrl).pathname.split('/').pop()!;
    await page.getByRole('cell', { name: number }).waitFor();
    await screenshot(page, 'institution-certificates.png');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载全班学时证明（ZIP）' }).click();
    const zipFile = path.join(tempDir, 'class.zip');
    await (await download).saveAs(zipFile);
    const files = unzipSync(new Uint8Array(await readFile(zipFile)));
    expect(Object.keys(files)).toEqual([`${number}.pdf`]);
    await page.getByText('已下载 1 份学时证明').waitFor();
  });

  it('opens the learner’s archive, and says the view is audited (M28)', async () => {
    await page.getByRole('menuitem', { name: '学员档案' }).click();
    await page.waitForURL(url('/archives'));
    await page.getByRole('button', { name: '查看档案' }).first().click();
    await page.getByText('张三 的学习档案').waitFor();
    await page.getByText('您对本档案的查看已记入审计（M28）。').waitFor();
    await page.getByText('148 / 148 学时').waitFor();
    await screenshot(page, 'institution-archive.png');
    await page.context().close();
  });
});
