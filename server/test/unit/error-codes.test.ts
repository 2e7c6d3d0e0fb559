import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import '../../src/app.js';
import { errorCatalogue } from '../../src/platform/http/errors.js';

/** DESIGN §8: codes are listed in docs/api.md; this keeps the list and the code in step. */
const doc = fs.readFileSync(fileURLToPath(new URL('../../../docs/api.md', import.meta.url)), 'utf8');

describe('error codes are documented', () => {
  it('every code defined by a module is in docs/api.md with its HTTP status', () => {
    expect(errorCatalogue.size).toBeGreaterThan(10);
    for (const [code, def] of errorCatalogue) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${code}\` |`));
      expect(row, `${code} missing from docs/api.md`).toBeDefined();
      expect(row).toContain(`| ${def.status} |`);
    }
  });

  it('every message is written in Chinese for the user', () => {
    for (const [code, def] of errorCatalogue) expect(def.message, code).toMatch(/[\u4e00-\u9fa5]/);
  });
});
