/**
 * Class codes as the institution hands them out: 8 characters from an
 * alphabet without the look-alikes 0/O and 1/I/L. Learners type them from a
 * notice or a chat message, with spaces or in lower case; the code sent is
 * the code the server stores.
 */
export const CLASS_CODE_LENGTH = 8;
const CODE_ALPHABET = /^[2-9A-HJKMNP-Z]+$/;

/** Upper case, no spaces or dashes, at most 8 characters: what the big input shows as they type. */
export function normalizeClassCode(input: string): string {
  return input
    .replace(/[\s\-_·]/g, '')
    .toUpperCase()
    .slice(0, CLASS_CODE_LENGTH);
}

export type ClassCodeProblem = 'INCOMPLETE' | 'LOOKALIKE';

/** Why a normalised code cannot be right, before asking the server. */
export function classCodeProblem(code: string): ClassCodeProblem | null {
  if (code.length < CLASS_CODE_LENGTH) return 'INCOMPLETE';
  if (!CODE_ALPHABET.test(code)) return 'LOOKALIKE';
  return null;
}
