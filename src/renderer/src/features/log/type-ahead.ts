/** How long after the last letter a new letter starts a new search, as in a native select (ms). */
export const TYPE_AHEAD_RESET_MS = 800;

/**
 * Type-ahead in a list, as a native select does it: the option whose label starts with what was
 * typed. Typing the same letter again steps to the next option with that letter (Strength, then
 * Skill); a longer prefix ("sk") keeps the current option while it still matches. Returns the index
 * to choose, or null when no label matches.
 */
export function typeAheadMatch(
  labels: readonly string[],
  currentIndex: number,
  typed: string,
): number | null {
  const query = typed.toLocaleLowerCase();
  if (query === '' || labels.length === 0) return null;
  const first = query.charAt(0);
  const isRepeat = query === first.repeat(query.length);
  const prefix = isRepeat ? first : query;
  // A repeated letter starts after the current option; a longer prefix may keep the current one.
  const start = isRepeat ? currentIndex + 1 : Math.max(currentIndex, 0);
  for (let step = 0; step < labels.length; step += 1) {
    const index = (((start + step) % labels.length) + labels.length) % labels.length;
    if ((labels[index] ?? '').toLocaleLowerCase().startsWith(prefix)) return index;
  }
  return null;
}
