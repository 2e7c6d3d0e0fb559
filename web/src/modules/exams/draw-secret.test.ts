import { describe, expect, it } from 'vitest';
import { commitmentOf, newSecret, SECRET_PATTERN } from './draw-secret';

describe('draw secrets (DESIGN §7.2)', () => {
  it('makes 32 random bytes as 64 hex digits', () => {
    expect(newSecret()).toMatch(SECRET_PATTERN);
    expect(newSecret((b) => b.fill(255))).toBe('ff'.repeat(32));
  });

  it('commits with sha256 of the hex text, as the server checks it', async () => {
    expect(await commitmentOf('00'.repeat(32))).toBe('60e05bd1b195af2f94112fa7197a5c88289058840ce7c6df9693756bc6250f55');
  });
});
