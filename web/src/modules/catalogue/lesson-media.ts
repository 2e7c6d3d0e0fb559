import type { Lesson, LessonKind } from './types';

/** What the server accepts for lesson media (UPLOAD_TYPE_NOT_ALLOWED otherwise). */
export const MEDIA_TYPES: Record<Exclude<LessonKind, 'text'>, readonly string[]> = {
  video: ['video/mp4'],
  audio: ['audio/mpeg', 'audio/mp4', 'audio/x-m4a', 'audio/aac'],
};

export const ACCEPT: Record<Exclude<LessonKind, 'text'>, string> = {
  video: '.mp4,video/mp4',
  audio: '.mp3,.m4a,.aac,audio/mpeg,audio/mp4,audio/x-m4a,audio/aac',
};

const BY_EXTENSION: Record<string, string> = { mp4: 'video/mp4', mp3: 'audio/mpeg', m4a: 'audio/mp4', aac: 'audio/aac' };

/** The media type to declare: the browser's when it knows one, else from the file name. */
export function mediaTypeOf(file: { name: string; type: string }): string {
  if (file.type) return file.type;
  const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
  return BY_EXTENSION[ext] ?? 'application/octet-stream';
}

export function mediaMatchesKind(contentType: string, kind: Exclude<LessonKind, 'text'>): boolean {
  return MEDIA_TYPES[kind].includes(contentType);
}

/** While any media lesson waits for its quality gates, the course page keeps asking. */
export function anyPending(lessons: readonly Lesson[]): boolean {
  return lessons.some((lesson) => lesson.qualityStatus === 'pending');
}

/** The server's zh-CN reasons for every failed check, in the order it ran them. */
export function failedReasons(lesson: Lesson): string[] {
  return lesson.qualityChecks.filter((check) => !check.ok).map((check) => check.reason ?? check.id);
}
