/**
 * The shape of a unified social credit code (GB 32100): 18 digits or capitals
 * without I, O, Z, S, V. The check characters are the server's to verify
 * (CREDIT_CODE_INVALID names which one is wrong); this only catches typos early.
 */
export const CREDIT_CODE_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export function normalizeCreditCode(input: string): string {
  return input.replace(/\s/g, '').toUpperCase();
}
