import { hash, verify } from '@node-rs/argon2';

/** @node-rs/argon2's const enum value for Argon2id (const enums cannot be imported under isolatedModules). */
const ARGON2ID = 2;

/** argon2id with OWASP's second recommended profile (19 MiB, t=2): ~20 ms here. */
const ARGON2 = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 8;

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2);

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  // Without a stored hash, still spend the time so timing does not reveal which accounts exist.
  if (!stored) {
    await hash(password, ARGON2);
    return false;
  }
  return verify(stored, password);
}

export function isStrongEnough(password: string): boolean {
  return password.length >= MIN_PASSWORD_LENGTH && /[A-Za-z]/.test(password) && /\d/.test(password);
}
