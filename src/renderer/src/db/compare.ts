/** Code-unit order of two strings (ids, `YYYY-MM-DD` dates, `HH:MM` times sort correctly this way). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Like {@link compareText}, with a missing value after every present one. */
export function compareOptionalLast(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return compareText(a, b);
}
