import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

/** What several journeys set up through the API before the browser takes over. */
export const DEMO_PASSWORD = 'Demo@2026';
export const LOW_VOLTAGE = 'special_work:30号令-2015:1.1';

const execFileAsync = promisify(execFile);

/** Chromium's fake camera plays a y4m file in a loop: a 2-second still of a real face, kept 4:3 without stretching. */
export async function fakeCameraVideo(photo: string, dir: string): Promise<string> {
  const out = path.join(dir, `${path.basename(photo, path.extname(photo))}.y4m`);
  await execFileAsync('ffmpeg', ['-v', 'error', '-y', '-loop', '1', '-i', photo, '-t', '2', '-vf', 'scale=480:480,pad=640:480:80:0:color=0x8a8f96,format=yuv420p', '-r', '10', out]);
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

  async call<T = Record<string, unknown>>(method: 'GET' | 'POST', url: string, body?: unknown): Promise<T> {
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

/** As server/test/support/factories.ts: a published course with a text lesson, in a lawful initial low-voltage class of the demo institution (M19). */
export async function openLowVoltageClass(baseUrl: string, names: { course: string; className: string; startsInDays: number }) {
  const inst = await ApiSession.signIn(baseUrl, 'demo-inst');
  const platform = await ApiSession.signIn(baseUrl, 'platform');
  const { courseId } = await inst.call<{ courseId: string }>('POST', '/api/v1/courses', { title: names.course, description: '低压电工作业安全技术理论课程', categoryIds: [LOW_VOLTAGE], syllabusTopics: ['安全用电'] });
  await inst.call('POST', `/api/v1/courses/${courseId}/lessons`, { title: '第一讲 电气安全基础', kind: 'text', textContent: '触电事故的预防与急救。', readingSeconds: 600 });
  await inst.call('POST', `/api/v1/courses/${courseId}/submit`, {});
  const pass = { pass: true };
  await platform.call('POST', `/api/v1/courses/${courseId}/platform-review`, { checklist: { content: pass, form: pass, ideology: pass, media_quality: pass, copyright: pass } });
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
