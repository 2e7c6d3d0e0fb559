import { describe, expect, it } from 'vitest';
import { toCsv } from './export-csv';

const columns = [
  { title: '机构名称', value: (r: { name: string; seats: number | null }) => r.name },
  { title: '座位数', value: (r: { name: string; seats: number | null }) => r.seats },
];

describe('CSV export', () => {
  it('starts with a BOM and ends lines with CRLF, so Excel reads Chinese', () => {
    expect(toCsv([{ name: '安培学校', seats: 60 }], columns)).toBe('\uFEFF机构名称,座位数\r\n安培学校,60\r\n');
  });

  it('quotes commas, quotes and line breaks, and leaves empty values empty', () => {
    expect(toCsv([{ name: '甲,"乙"\n丙', seats: null }], columns).split('\r\n')[1]).toBe('"甲,""乙""\n丙",');
  });

  it('never lets text run as a spreadsheet formula, but keeps negative numbers', () => {
    expect(toCsv([{ name: '=HYPERLINK("x")', seats: -1 }], columns).split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"")",-1`);
  });
});
