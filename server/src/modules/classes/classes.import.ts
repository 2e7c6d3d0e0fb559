import ExcelJS from 'exceljs';
import { cellText, readFirstSheet } from '../../platform/excel/sheet.js';
import { checkCreditCode } from '../../platform/standards/credit-code.js';
import { checkIdNumber } from '../identity/index.js';

/**
 * The institution's learner list (M23): one Excel sheet with a header row.
 * Every row is checked before anything is written; one bad row rejects the file.
 */
export const IMPORT_COLUMNS = ['姓名', '身份证号', '工作单位', '统一社会信用代码', '岗位（工种）'] as const;
export const MAX_IMPORT_ROWS = 2000;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ImportRow {
  row: number;
  name: string;
  idNumber: string;
  employerName: string;
  employerCreditCode: string;
  jobCategory: string;
}

export interface RowError {
  row: number;
  column: string;
  message: string;
}

export async function parseLearnerSheet(file: Buffer, today: Date): Promise<{ rows: ImportRow[]; errors: RowError[] } | null> {
  const read = await readFirstSheet(file);
  if (!read) return null;
  const { sheet, header } = read;
  const index = IMPORT_COLUMNS.map((c) => header.indexOf(c) + 1);
  if (index.some((i) => i === 0)) return null;

  const rows: ImportRow[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  sheet.eachRow((r, rowNumber) => {
    if (rowNumber === 1) return;
    const [name, idNumber, employerName, employerCreditCode, jobCategory] = index.map((i) => cellText(r.getCell(i).value));
    if (![name, idNumber, employerName, employerCreditCode, jobCategory].some(Boolean)) return;
    const err = (column: string, message: string) => errors.push({ row: rowNumber, column, message });
    if (!name) err('姓名', '姓名不能为空');
    const id = checkIdNumber(idNumber ?? '', today);
    if (!id.ok) err('身份证号', id.message);
    else if (seen.has(id.normalized)) err('身份证号', `与第 ${seen.get(id.normalized)} 行重复`);
    else seen.set(id.normalized, rowNumber);
    if (!employerName) err('工作单位', '工作单位不能为空');
    const code = checkCreditCode(employerCreditCode ?? '');
    if (!code.ok) err('统一社会信用代码', code.message);
    rows.push({
      row: rowNumber,
      name: name ?? '',
      idNumber: id.ok ? id.normalized : (idNumber ?? ''),
      employerName: employerName ?? '',
      employerCreditCode: code.ok ? code.normalized : (employerCreditCode ?? ''),
      jobCategory: jobCategory ?? '',
    });
  });
  if (rows.length > MAX_IMPORT_ROWS) errors.push({ row: 0, column: '', message: `一次最多导入 ${MAX_IMPORT_ROWS} 名学员` });
  return { rows, errors };
}

/** The template institutions download: the header row and one example. */
export async function learnerSheetTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('学员名单');
  sheet.addRow([...IMPORT_COLUMNS]);
  sheet.addRow(['张三', '440106199001011235', '广州市某化工有限公司', '91440101MA5AQ7K11T', '低压电工']);
  sheet.columns.forEach((c) => {
    c.width = 24;
  });
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
