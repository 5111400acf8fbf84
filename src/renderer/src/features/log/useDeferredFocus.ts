import { useCallback, useEffect, useRef, useState } from 'react';

/** Moves focus somewhere; returns false when the element is not there yet. */
export type FocusFinder = () => boolean;

interface PendingFocus {
  find: FocusFinder;
  /** Where the focus was when the move was asked for. */
  focusAtRequest: Element | null;
}

function currentFocus(): Element | null {
  return typeof document === 'undefined' ? null : document.activeElement;
}

/** True once the coach has put the focus somewhere else than where it was when the move was asked. */
function hasCoachMovedFocus(pending: PendingFocus): boolean {
  const focus = currentFocus();
  return focus !== pending.focusAtRequest && focus !== null && focus !== document.body;
}

/**
 * Focus that waits for the DOM: the finder is tried after every render until it succeeds (the rows
 * of a grid appear only once the roster has loaded). `initial` is tried from the first render on.
 * A move still waiting is dropped as soon as the coach puts the focus elsewhere, so it never takes
 * the focus from a field the coach is typing in.
 */
export function useDeferredFocus(initial?: FocusFinder): (find: FocusFinder) => void {
  const pendingRef = useRef<PendingFocus | null>(
    initial ? { find: initial, focusAtRequest: currentFocus() } : null,
  );
  const [, setRequestCount] = useState(0);
  useEffect(() => {
    const pending = pendingRef.current;
    if (!pending) return;
    if (hasCoachMovedFocus(pending) || pending.find()) pendingRef.current = null;
  });
  return useCallback((find: FocusFinder) => {
    pendingRef.current = { find, focusAtRequest: currentFocus() };
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
