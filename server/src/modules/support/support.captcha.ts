import { createHash } from 'node:crypto';
import svgCaptcha from 'svg-captcha';

/**
 * A captcha drawn here, needing no third-party service (issue 10): letters
 * and digits that are hard to confuse, rendered as a distorted SVG. Only the
 * hash of the answer is stored, and a challenge is good for one attempt.
 */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const CAPTCHA_LENGTH = 4;
export const CAPTCHA_TTL_MS = 10 * 60_000;

/** svg-captcha's main export draws a given text; its typings declare only the random variants. */
const draw = svgCaptcha as unknown as (text: string, options: { noise: number; color: boolean; width: number; height: number }) => string;

export function captchaText(random: (n: number) => number): string {
  return Array.from({ length: CAPTCHA_LENGTH }, () => ALPHABET[random(ALPHABET.length)]).join('');
}

export function captchaSvg(text: string): string {
  return draw(text, { noise: 3, color: true, width: 150, height: 50 });
}

/** Case and surrounding spaces do not matter to a person typing it. */
export function captchaAnswerHash(answer: string): string {
  return createHash('sha256').update(answer.trim().toUpperCase()).digest('hex');
}
