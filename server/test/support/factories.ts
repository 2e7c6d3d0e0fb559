import type { Session, TestApp } from './test-app.js';
import { loginAs } from './test-app.js';

/** Builders for tests that need a course or a class to exist; each states only what matters to it. */
export const LOW_VOLTAGE = 'special_work:30号令-2015:1.1';

const PASS = { pass: true };
const ALL_PASS = { content: PASS, form: PASS, ideology: PASS, media_quality: PASS, copyright: PASS };

/** A published course of the demo institution with one text lesson. */
export async function publishedCourse(t: TestApp, inst: Session, title = '低压电工作业'): Promise<string> {
  const post = (s: Session, url: string, payload: object = {}) => t.app.inject({ method: 'POST', url, headers: s.headers, payload });
  const courseId = (await post(inst, '/api/v1/courses', { title, description: '理论课程', categoryIds: [LOW_VOLTAGE], syllabusTopics: ['安全用电'] })).json().courseId as string;
  await post(inst, `/api/v1/courses/${courseId}/lessons`, { title: '第一讲', kind: 'text', textContent: '内容', readingSeconds: 600 });
  await post(inst, `/api/v1/courses/${courseId}/submit`);
  await post(await loginAs(t, 'platform'), `/api/v1/courses/${courseId}/platform-review`, { checklist: ALL_PASS });
  return courseId;
}

/** The body of a lawful initial low-voltage class in Guangzhou (M19: 70 of 88 theory hours online, 60 practical). */
export const lawfulClass = (courseId: string) => ({
  name: '低压电工初训班',
  categoryId: LOW_VOLTAGE,
  trainingType: 'initial',
  cityCode: '440100',
  startsOn: '2026-11-25',
  endsOn: '2026-12-25',
  onlineTheoryHours: 70,
  offlineTheoryHours: 18,
  practicalHours: 60,
  courseIds: [courseId],
  teacherIds: [] as string[],
});

/** A lawful class of the demo institution, and its join code. */
export async function openClass(t: TestApp, inst: Session, courseId: string): Promise<{ classId: string; code: string }> {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/classes', headers: inst.headers, payload: lawfulClass(courseId) });
  const classId = res.json().classId as string;
  const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/classes/${classId}`, headers: inst.headers })).json();
  return { classId, code: detail.code as string };
}

/**
 * The demo learner 张三 in a lawful class of the demo institution with the
 * given face enrolled: what every learning test starts from.
 */
export async function enrolledLearner(t: TestApp, enrolmentImage: string) {
  const inst = await loginAs(t, 'demo-inst');
  const courseId = await publishedCourse(t, inst);
  const { classId, code } = await openClass(t, inst, courseId);
  const lessonId = (await t.app.inject({ method: 'GET', url: `/api/v1/courses/${courseId}`, headers: inst.headers })).json().lessons[0].id as string;
  const learner = await loginAs(t, '440106199001011235');
  await t.app.inject({ method: 'POST', url: '/api/v1/me/enrolments', headers: learner.headers, payload: { code } });
  await t.app.inject({ method: 'POST', url: '/api/v1/me/face/enrolment', headers: learner.headers, payload: { images: [enrolmentImage] } });
  return { inst, learner, courseId, classId, lessonId };
}

/** A teacher of the demo institution reported to Guangzhou and approved by its bureau (N1.3). */
export async function approvedTeacher(t: TestApp, inst: Session, idNumber = '11010519491231002X'): Promise<string> {
  const post = (s: Session, url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: s.headers, payload });
  const res = await post(inst, '/api/v1/institutions/mine/teachers', { cityCode: '440100', name: '周老师', idNumber, qualifications: '注册安全工程师', categories: [LOW_VOLTAGE] });
  const teacherId = res.json().teacherId as string;
  await post(await loginAs(t, 'gz-yjj'), `/api/v1/teachers/${teacherId}/decision`, { approve: true });
  return teacherId;
}
