import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { repoRoot, screenshot } from './harness';

/** What several journeys set up through the API before the browser takes over. */
export const DEMO_PASSWORD = 'Demo@2026';
export const LOW_VOLTAGE = 'special_work:30号令-2015:1.1';
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const facePhoto = (name: string) => path.join(repoRoot, 'server/test/fixtures/faces', name);

const execFileAsync = promisify(execFile);

/** Chromium's fake camera plays a y4m file in a loop: a 2-second still of a real face, kept 4:3 without stretching. */
export async function fakeCameraVideo(photo: string, dir: string): Promise<string> {
  return fakeCameraSequence(path.join(dir, `${path.basename(photo, path.extname(photo))}.y4m`), [{ photo, seconds: 2 }]);
}

/**
 * A fake camera showing photos one after another for the given seconds, with sensor noise.
 * Chromium plays the file from its start each time the camera opens.
 */
export async function fakeCameraSequence(out: string, stills: { photo: string; seconds: number }[]): Promise<string> {
  const inputs = stills.flatMap((s) => ['-loop', '1', '-t', String(s.seconds), '-i', s.photo]);
  // Temporal noise, as a real sensor has: a camera never delivers the same frame twice, and the server refuses two identical frames as a still picture (M24).
  const scaled = stills.map((_, i) => `[${i}:v]scale=480:480,pad=640:480:80:0:color=0x8a8f96,format=yuv420p,fps=10,noise=alls=6:allf=t[v${i}]`).join(';');
  const joined = `${stills.map((_, i) => `[v${i}]`).join('')}concat=n=${stills.length}:v=1[out]`;
  await execFileAsync('ffmpeg', ['-v', 'error', '-y', ...inputs, '-filter_complex', `${scaled};${joined}`, '-map', '[out]', '-r', '10', out]);
  return out;
}

/** The staff API as a script uses it: cookies kept between calls, the CSRF cookie echoed as a header. */
export class ApiSession {
  private readonly cookies = new Map<string, string>();
  constructor(private readonly baseUrl: string) {}

  static async signIn(baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<ApiSession> {
    const session = new ApiSession(baseUrl);
    await session.call('POST', '/api/v1/auth/login', { username, password });
    return session;
  }

  async call<T = Record<string, unknown>>(method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const csrf = this.cookies.get('xk_csrf');
    if (csrf && method !== 'GET') headers['x-csrf-token'] = decodeURIComponent(csrf);
    const response = await fetch(`${this.baseUrl}${url}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    for (const cookie of response.headers.getSetCookie()) {
      const pair = cookie.split(';')[0]!;
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
}

/** YYYY-MM-DD in Guangdong, `days` from today. */
export function shanghaiDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

export interface TextLesson {
  title: string;
  textContent: string;
  readingSeconds: number;
}
const FIRST_LESSON: TextLesson = { title: '第一讲 电气安全基础', textContent: '触电事故的预防与急救。', readingSeconds: 600 };

/** A low-voltage course of text lessons by demo-inst, submitted and published by the platform (M17); its id. */
export async function publishedTextCourse(baseUrl: string, title: string, lessons: TextLesson[] = [FIRST_LESSON]): Promise<string> {
  const inst = await ApiSession.signIn(baseUrl, 'demo-inst');
  const platform = await ApiSession.signIn(baseUrl, 'platform');
  const { courseId } = await inst.call<{ courseId: string }>('POST', '/api/v1/courses', { title, description: '低压电工作业安全技术理论课程', categoryIds: [LOW_VOLTAGE], syllabusTopics: ['安全用电'] });
  for (const lesson of lessons) await inst.call('POST', `/api/v1/courses/${courseId}/lessons`, { ...lesson, kind: 'text' });
  await inst.call('POST', `/api/v1/courses/${courseId}/submit`, {});
  const pass = { pass: true };
  await platform.call('POST', `/api/v1/courses/${courseId}/platform-review`, { checklist: { content: pass, form: pass, ideology: pass, media_quality: pass, copyright: pass } });
  return courseId;
}

/** As server/test/support/factories.ts: a published course of text lessons, in a lawful initial low-voltage class of the demo institution (M19). */
export async function openLowVoltageClass(baseUrl: string, names: { course: string; className: string; startsInDays: number }, lessons: TextLesson[] = [FIRST_LESSON]) {
  const courseId = await publishedTextCourse(baseUrl, names.course, lessons);
  const inst = await ApiSession.signIn(baseUrl, 'demo-inst');
  const { classId } = await inst.call<{ classId: string }>('POST', '/api/v1/classes', {
    name: names.className,
    categoryId: LOW_VOLTAGE,
    trainingType: 'initial',
    cityCode: '440100',
    startsOn: shanghaiDay(names.startsInDays),
    endsOn: shanghaiDay(names.startsInDays + 30),
    onlineTheoryHours: 70,
    offlineTheoryHours: 18,
    practicalHours: 60,
    courseIds: [courseId],
    teacherIds: [],
  });
  const { code } = await inst.call<{ code: string }>('GET', `/api/v1/classes/${classId}`);
  return { inst, courseId, classId, code };
}

/**
 * A full-page screenshot as the phone shows it: the viewport is stretched to
 * the content first, so the fixed tab bar sits at the bottom, not across it.
 */
export async function phoneScreenshot(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) });
  await screenshot(page, name);
  await page.setViewportSize(viewport);
}

/** Signs in on the login page and waits for the learner's home. */
export async function signInOnPhone(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('用户名 / 身份证号').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(`${baseUrl}/m`);
}
