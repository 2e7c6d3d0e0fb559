import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseQuestionSheet, QUESTION_COLUMNS, questionSheetTemplate } from '../../src/modules/assessments/assessments.import.js';

/** The question sheet is reported row by row (issue 6): good rows pass, every other row says what is wrong. */
async function sheet(rows: (string | number)[][], header: string[] = [...QUESTION_COLUMNS]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('题库');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const blank = (n: number) => Array<string>(n).fill('');

describe('question sheet import (M23)', () => {
  it('reads the downloadable template: one question of each kind, all valid', async () => {
    const rows = await parseQuestionSheet(await questionSheetTemplate());
    expect(rows?.map((r) => [r.row, r.question?.kind, r.problems])).toEqual([
      [2, 'single', []],
      [3, 'multiple', []],
      [4, 'judge', []],
    ]);
    expect(rows?.[1]?.question).toMatchObject({ topic: '触电急救', answer: [0, 1, 3], options: ['立即切断电源', '用干燥木棒挑开电线', '直接用手拉开触电者', '拨打120'] });
    expect(rows?.[2]?.question).toMatchObject({ options: ['正确', '错误'], answer: [1] });
  });

  it('accepts answers written as "A、C", "ac" or "√", and options only as far as filled', async () => {
    const rows = await parseQuestionSheet(
      await sheet([
        ['多选', '安全用电', '哪些是绝缘工具？', '绝缘手套', '铁锤', '绝缘靴', ...blank(3), 'a、c'],
        ['判断', '安全用电', '停电作业前应先验电。', ...blank(6), '√'],
        ['单选题', '安全用电', '验电笔的用途是？', '测电压', '判断是否带电', ...blank(4), 'B'],
      ]),
    );
    expect(rows?.map((r) => r.question && { kind: r.question.kind, options: r.question.options.length, answer: r.question.answer })).toEqual([
      { kind: 'multiple', options: 3, answer: [0, 2] },
      { kind: 'judge', options: 2, answer: [0] },
      { kind: 'single', options: 2, answer: [1] },
    ]);
  });

  it('reports each bad row with its Excel row number, column and reason, and keeps the good rows', async () => {
    const rows = await parseQuestionSheet(
      await sheet([
        ['填空题', '安全用电', '题干', 'A', 'B', ...blank(4), 'A'],
        ['单选题', '', '缺少知识点的题', '甲', '乙', ...blank(4), 'A'],
        ['单选题', '安全用电', '两个答案的单选题', '甲', '乙', ...blank(4), 'AB'],
        ['多选题', '安全用电', '只有一个答案的多选题', '甲', '乙', '丙', ...blank(3), 'B'],
        ['单选题', '安全用电', '答案不是选项', '甲', '乙', ...blank(4), 'D'],
        ['单选题', '安全用电', '答案写错字母', '甲', '乙', ...blank(4), 'Z'],
        ['判断题', '安全用电', '判断题答案不清', ...blank(6), '也许'],
        ['单选题', '安全用电', '选项中间有空', '甲', '', '丙', ...blank(3), 'A'],
        ['单选题', '安全用电', '选项重复', '甲', '甲', ...blank(4), 'A'],
        ['单选题', '安全用电', '好的一题', '甲', '乙', ...blank(4), 'A'],
      ]),
    );
    expect(rows?.map((r) => ({ row: r.row, ok: r.question !== null, problems: r.problems.map((p) => p.column) }))).toEqual([
      { row: 2, ok: false, problems: ['题型'] },
      { row: 3, ok: false, problems: ['知识点'] },
      { row: 4, ok: false, problems: ['答案'] },
      { row: 5, ok: false, problems: ['答案'] },
      { row: 6, ok: false, problems: ['答案'] },
      { row: 7, ok: false, problems: ['答案'] },
      { row: 8, ok: false, problems: ['答案'] },
      { row: 9, ok: false, problems: ['选项'] },
      { row: 10, ok: false, problems: ['选项'] },
      { row: 11, ok: true, problems: [] },
    ]);
    expect(rows?.[3]?.problems[0]?.message).toBe('多选题至少有两个正确答案');
  });

  it('skips empty rows and refuses a file that is not the template', async () => {
    const rows = await parseQuestionSheet(await sheet([['单选题', '安全用电', '第一题', '甲', '乙', ...blank(4), 'A'], blank(10), ['判断题', '安全用电', '第二题', ...blank(6), '对']]));
    expect(rows?.map((r) => r.row)).toEqual([2, 4]);
    expect(await parseQuestionSheet(await sheet([['x']], ['姓名', '身份证号']))).toBeNull();
    expect(await parseQuestionSheet(Buffer.from('not a workbook'))).toBeNull();
  });
});
