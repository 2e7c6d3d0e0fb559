import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

/**
 * End-to-end harness: the real built server (embedded PostgreSQL, demo data) in a
 * fresh data directory, and Debian's Chromium driven by playwright-core.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
const serverMain = path.join(repoRoot, 'server/dist/main.js');
const webIndex = path.join(repoRoot, 'web/dist/index.html');
export const screenshotsDir = path.join(repoRoot, 'docs/screenshots');

const READY_TIMEOUT_MS = 90_000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** `env` adds server settings for one suite, e.g. the demo training history. */
export async function startServer(options: { env?: Record<string, string> } = {}): Promise<RunningServer> {
  if (!existsSync(serverMain)) throw new Error(`${serverMain} is missing: run \`npm run build -w server\` first`);
  if (!existsSync(webIndex)) throw new Error(`${webIndex} is missing: run \`npm run build -w web\` first`);

  const port = await freePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'xunkao-e2e-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [serverMain], {
    cwd: path.dirname(serverMain),
    env: { ...process.env, PORT: String(port), XUNKAO_DATA_DIR: dataDir, NODE_ENV: 'test', XUNKAO_DEMO: '1', XUNKAO_PUBLIC_URL: baseUrl, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-8_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`server exited with code ${child.exitCode} before it was ready:\n${log}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/ready`);
      if (response.status === 200) return { baseUrl, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`server not ready after ${READY_TIMEOUT_MS / 1000} s:\n${log}`);
}

/** `extraArgs` add Chromium switches for one suite, e.g. a fake camera fed from a file. */
export async function launchBrowser(options: { extraArgs?: string[] } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...(options.extraArgs ?? [])],
  });
}

/** A fresh browser context per journey, in Guangdong's language and time zone. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...options });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('[browser] page error:', error.message));
  page.on('console', (message) => {
    // Expected 401s (the signed-out probe of /api/v1/me, a wrong password) are not page errors.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) console.error('[browser]', message.text());
  });
  return page;
}

/** Saves a full-page screenshot under docs/screenshots once fonts and animations have settled. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(screenshotsDir, { recursive: true });
  await page.mouse.move(0, 0); // no stray hover highlight from the last click
  await page.evaluate(async () => {
    // Sticky headers are drawn where the page was scrolled to; a focus ring is noise.
    window.scrollTo(0, 0);
    (document.activeElement as HTMLElement | null)?.blur();
    await document.fonts.ready;
  });
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(screenshotsDir, name), fullPage: true, animations: 'disabled' });
}
