import ExcelJS from 'exceljs';

/** A cell as the text a person typed: rich text joined, formulas by their result, trimmed. */
export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('').trim();
  if (typeof v === 'object' && 'text' in v) return String(v.text).trim();
  if (typeof v === 'object' && 'result' in v) return String(v.result ?? '').trim();
  return String(v).trim();
}

/** The first sheet of an uploaded workbook and its header row; null when the file is not a readable workbook. */
export async function readFirstSheet(file: Buffer): Promise<{ sheet: ExcelJS.Worksheet; header: string[] } | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return null;
  return { sheet, header: (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(cellText) };
}
