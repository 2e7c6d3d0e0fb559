import type { QuestionKind } from '../../platform/db/schema.js';

/** A question as the institution writes it; sealed at rest as one JSON document. */
export interface QuestionContent {
  stem: string;
  options: string[];
  /** Indexes into `options` of the correct choices, ascending. */
  answer: number[];
}

export interface QuestionInput extends QuestionContent {
  kind: QuestionKind;
  topic: string;
}

/** 判断题 always offer these two, in this order. */
export const JUDGE_OPTIONS = ['正确', '错误'] as const;
export const MAX_OPTIONS = 6;
export const OPTION_LETTERS = 'ABCDEF';
export const KIND_NAMES: Record<QuestionKind, string> = { single: '单选题', multiple: '多选题', judge: '判断题' };

export interface QuestionProblem {
  field: 'kind' | 'topic' | 'stem' | 'options' | 'answer';
  message: string;
}

/** The first problems with a question, in the words shown to the institution; empty when it is usable. */
export function questionProblems(q: QuestionInput): QuestionProblem[] {
  const problems: QuestionProblem[] = [];
  const add = (field: QuestionProblem['field'], message: string) => problems.push({ field, message });
  if (!q.topic.trim()) add('topic', '知识点不能为空');
  else if (q.topic.trim().length > 50) add('topic', '知识点不超过50个字');
  if (q.stem.trim().length < 2) add('stem', '题干不能为空');
  else if (q.stem.length > 1000) add('stem', '题干不超过1000个字');
  if (q.kind === 'judge') {
    if (q.options.length !== 2 || q.options[0] !== JUDGE_OPTIONS[0] || q.options[1] !== JUDGE_OPTIONS[1]) add('options', '判断题的选项为「正确」「错误」');
  } else {
    if (q.options.length < 2 || q.options.length > MAX_OPTIONS) add('options', `选择题须有2至${MAX_OPTIONS}个选项`);
    if (q.options.some((o) => !o.trim())) add('options', '选项不能为空，且须连续填写（从A开始）');
    else if (new Set(q.options.map((o) => o.trim())).size !== q.options.length) add('options', '选项不能重复');
    if (q.options.some((o) => o.length > 300)) add('options', '每个选项不超过300个字');
  }
  const inRange = q.answer.every((i) => Number.isInteger(i) && i >= 0 && i < q.options.length);
  const distinct = new Set(q.answer).size === q.answer.length;
  if (!q.answer.length) add('answer', '答案不能为空');
  else if (!inRange || !distinct) add('answer', '答案须为已填写的选项');
  else if (q.kind !== 'multiple' && q.answer.length !== 1) add('answer', `${KIND_NAMES[q.kind]}只有一个正确答案`);
  else if (q.kind === 'multiple' && q.answer.length < 2) add('answer', '多选题至少有两个正确答案');
  return problems;
}

/** What duplicates are judged on: the stem without spaces or trailing punctuation. */
export function normalizedStem(stem: string): string {
  return stem.replace(/\s+/g, '').replace(/[。.？?（）()]+$/u, '');
}

export function normalizeQuestion(q: QuestionInput): QuestionInput {
  return { ...q, topic: q.topic.trim(), stem: q.stem.trim(), options: q.options.map((o) => o.trim()), answer: [...q.answer].sort((a, b) => a - b) };
}
