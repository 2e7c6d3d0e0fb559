/** The SQL-like prefix of a region (440000 → 44, 440100 → 4401, 440106 → 440106), as the server scopes by. */
export function regionPrefix(code: string): string {
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/** Whether a regulator of `scope` may open the drill-down level of `code` (its own region or below). */
export function canDrillTo(scope: string | null, code: string): boolean {
  return scope !== null && regionPrefix(code).startsWith(regionPrefix(scope));
}
