import { useRef, type KeyboardEvent } from 'react';
import { TYPE_AHEAD_RESET_MS, typeAheadMatch } from './type-ahead';

interface TypeAheadOption {
  value: string;
  label: string;
}

/**
 * Key handler for a Mantine Select that is not searchable: letters choose the option that starts
 * with them, as in a native select ("s" picks Strength, "s" again Skill).
 */
export function useTypeAhead(
  options: readonly TypeAheadOption[],
  value: string | null,
  onPick: (value: string) => void,
): (event: KeyboardEvent<HTMLInputElement>) => void {
  const typedRef = useRef({ text: '', at: 0 });
  return (event) => {
    const { key } = event;
    if (key.length !== 1 || key === ' ' || event.ctrlKey || event.metaKey || event.altKey) return;
    const now = event.timeStamp;
    const typed = now - typedRef.current.at > TYPE_AHEAD_RESET_MS ? key : typedRef.current.text + key;
    typedRef.current = { text: typed, at: now };
    const currentIndex = options.findIndex((option) => option.value === value);
    const match = typeAheadMatch(
      options.map((option) => option.label),
      currentIndex,
      typed,
    );
    const picked = match === null ? undefined : options[match];
    if (!picked) return;
    event.preventDefault();
    if (picked.value !== value) onPick(picked.value);
  };
}
