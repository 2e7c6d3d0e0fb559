import ExcelJS from 'exceljs';
import type { QuestionKind } from '../../platform/db/schema.js';
import { cellText, readFirstSheet } from '../../platform/excel/sheet.js';
import { JUDGE_OPTIONS, KIND_NAMES, MAX_OPTIONS, normalizeQuestion, OPTION_LETTERS, questionProblems, type QuestionInput } from './assessments.question.js';

/**
 * The institution's question sheet: one Excel sheet, a header row, one
 * question per row. Unlike the learner list, rows stand alone: good rows are
 * imported and every other row is reported with its reason (issue 6).
 */
const OPTION_COLUMNS = [...OPTION_LETTERS].map((l) => `选项${l}`);
export const QUESTION_COLUMNS = ['题型', '知识点', '题干', ...OPTION_COLUMNS, '答案'] as const;
const REQUIRED_COLUMNS = ['题型', '知识点', '题干', '选项A', '选项B', '答案'];
export const MAX_QUESTION_ROWS = 2000;
export const MAX_QUESTION_FILE_BYTES = 5 * 1024 * 1024;

export interface CellProblem {
  column: string;
  message: string;
}

export interface ParsedRow {
  row: number;
  question: QuestionInput | null;
  problems: CellProblem[];
}

const KIND_WORDS: Record<string, QuestionKind> = { 单选: 'single', 单选题: 'single', 多选: 'multiple', 多选题: 'multiple', 判断: 'judge', 判断题: 'judge' };
const JUDGE_WORDS: Record<string, number> = { 正确: 0, 对: 0, '√': 0, '✓': 0, T: 0, A: 0, 错误: 1, 错: 1, '×': 1, '✗': 1, F: 1, B: 1 };
const FIELD_COLUMN = { kind: '题型', topic: '知识点', stem: '题干', options: '选项', answer: '答案' } as const;

/** "A", "A,C", "A、C", "AC" → [0, 2]; null when a letter is not an option letter. */
function letters(answer: string): number[] | null {
  const compact = answer.toUpperCase().replace(/[\s,，、;；]/g, '');
  if (!compact) return [];
  const idx = [...compact].map((c) => OPTION_LETTERS.indexOf(c));
  return idx.some((i) => i < 0) ? null : idx;
}

/** One data row → a question, or the problems that keep it out of the bank. */
export function parseQuestionRow(row: number, cells: Record<string, string>): ParsedRow {
  const problems: CellProblem[] = [];
  const kind = KIND_WORDS[cells['题型'] ?? ''];
  if (!kind) return { row, question: null, problems: [{ column: '题型', message: '题型须为「单选题」「多选题」或「判断题」' }] };
  let options: string[];
  let answer: number[] | null;
  if (kind === 'judge') {
    options = [...JUDGE_OPTIONS];
    const a = JUDGE_WORDS[(cells['答案'] ?? '').toUpperCase()];
    answer = a === undefined ? null : [a];
    if (answer === null) problems.push({ column: '答案', message: '判断题的答案填「正确」或「错误」' });
  } else {
    const filled = OPTION_COLUMNS.map((c) => cells[c] ?? '');
    const last = filled.map((o) => Boolean(o)).lastIndexOf(true);
    options = filled.slice(0, last + 1);
    answer = letters(cells['答案'] ?? '');
    if (answer === null) problems.push({ column: '答案', message: `答案填选项字母，如「A」或「ACD」（A–${OPTION_LETTERS[MAX_OPTIONS - 1]}）` });
  }
  const question = normalizeQuestion({ kind, topic: cells['知识点'] ?? '', stem: cells['题干'] ?? '', options, answer: answer ?? [] });
  const found = questionProblems(question).filter((p) => answer !== null || p.field !== 'answer');
  problems.push(...found.map((p) => ({ column: FIELD_COLUMN[p.field], message: p.message })));
  return { row, question: problems.length ? null : question, problems };
}

/** Every data row with its outcome; null when the file is not a readable sheet with the template's header. */
export async function parseQuestionSheet(file: Buffer): Promise<ParsedRow[] | null> {
  const read = await readFirstSheet(file);
  if (!read) return null;
  const { sheet, header } = read;
  if (REQUIRED_COLUMNS.some((c) => !header.includes(c))) return null;
  const rows: ParsedRow[] = [];
  sheet.eachRow((r, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: Record<string, string> = {};
    for (const column of QUESTION_COLUMNS) {
      const i = header.indexOf(column);
      cells[column] = i < 0 ? '' : cellText(r.getCell(i + 1).value);
    }
    if (!Object.values(cells).some(Boolean)) return;
    rows.push(parseQuestionRow(rowNumber, cells));
  });
  return rows;
}

/** The template institutions download: the header row and one example of each kind. */
export async function questionSheetTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('题库');
  sheet.addRow([...QUESTION_COLUMNS]);
  sheet.addRow([KIND_NAMES.single, '安全用电', '我国安全电压的额定值不包括下列哪一项？', '42V', '36V', '24V', '220V', '', '', 'D']);
  sheet.addRow([KIND_NAMES.multiple, '触电急救', '发现有人触电，下列做法正确的是？', '立即切断电源', '用干燥木棒挑开电线', '直接用手拉开触电者', '拨打120', '', '', 'ABD']);
  sheet.addRow([KIND_NAMES.judge, '安全用电', '电气设备着火时，可以直接用水扑救。', '', '', '', '', '', '', '错误']);
  sheet.columns.forEach((c, i) => {
    c.width = i === 2 ? 48 : 16;
  });
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
