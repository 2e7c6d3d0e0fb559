import fs from 'node:fs/promises';
import { verifyDrawBundle, type DrawBundle, type DrawVerification } from './draw.verify.js';

/** The lines `xunkao verify-draw` prints, one check per line. */
export function verificationReport(v: DrawVerification): string[] {
  const mark = (ok: boolean) => (ok ? '一致' : '不一致');
  return [
    `算法版本：${v.algorithmKnown ? '已知' : '未知'}`,
    `输入哈希：${mark(v.inputsHashMatches)}`,
    `承诺与揭示：${v.seedSourceValid ? '有效' : `无效（${v.problems.join('，')}）`}`,
    `随机种子：${mark(v.seedMatches)}`,
    `分配结果（${v.assignments} 名考生）：${mark(v.resultMatches)}${v.mismatchedApplications.length ? `；不一致的报考：${v.mismatchedApplications.join(', ')}` : ''}`,
    v.ok ? '核验通过：公布的分配结果可由公布的输入和种子重新算出' : '核验未通过',
  ];
}

/**
 * `xunkao verify-draw <bundle.json | https://…/bundle>`: recomputes a published
 * draw offline from its bundle (DESIGN §7.4). Exit 0 when it matches, 2 when not.
 */
export async function verifyDrawCommand(source: string | undefined): Promise<number> {
  if (!source) {
    console.error('用法：npx xunkao verify-draw <数据包文件或网址>');
    return 1;
  }
  const text = /^https?:\/\//.test(source) ? await (await fetch(source)).text() : await fs.readFile(source, 'utf8');
  const result = verifyDrawBundle(JSON.parse(text) as DrawBundle);
  for (const line of verificationReport(result)) console.log(line);
  return result.ok ? 0 : 2;
}
