/** Trims what was typed; an ID number's check character is sent as capital X whatever the keyboard gave. */
export function normalizeLoginName(input: string): string {
  const name = input.trim();
  return /^\d{17}[\dxX]$/.test(name) ? name.toUpperCase() : name;
}
