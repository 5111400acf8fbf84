import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `total` items to render now: the first `chunk` at once, then one more chunk per
 * frame, so a club-size list never blocks the screen in one long task.
 */
export function useProgressiveCount(total: number, chunk: number): number {
  const [rendered, setRendered] = useState(chunk);
  const count = Math.min(total, Math.max(rendered, chunk));
  useEffect(() => {
    if (count >= total) return;
    const frame = requestAnimationFrame(() => {
      startTransition(() => setRendered(count + chunk));
    });
    return () => cancelAnimationFrame(frame);
  }, [count, total, chunk]);
  return count;
}
