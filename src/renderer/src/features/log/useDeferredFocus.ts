import { useCallback, useEffect, useRef, useState } from 'react';

/** Moves focus somewhere; returns false when the element is not there yet. */
export type FocusFinder = () => boolean;

/**
 * Focus that waits for the DOM: the finder is tried after every render until it succeeds (the rows
 * of a grid appear only once the roster has loaded). `initial` is tried from the first render on.
 */
export function useDeferredFocus(initial?: FocusFinder): (find: FocusFinder) => void {
  const pendingRef = useRef<FocusFinder | null>(initial ?? null);
  const [, setRequestCount] = useState(0);
  useEffect(() => {
    const find = pendingRef.current;
    if (find?.()) pendingRef.current = null;
  });
  return useCallback((find: FocusFinder) => {
    pendingRef.current = find;
    setRequestCount((count) => count + 1);
  }, []);
}

/** Focuses the first element marked invalid inside `container`. */
export function focusFirstInvalid(container: HTMLElement | null): boolean {
  const invalid = container?.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!invalid) return false;
  invalid.focus();
  if (invalid instanceof HTMLInputElement) invalid.select();
  return true;
}
