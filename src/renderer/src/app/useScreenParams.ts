import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A screen's filters kept in the address (`#/today?squad=…&date=…`), so going back from an athlete
 * restores them. `setParams` sets or (with null) removes several at once, replacing the history entry.
 */
export function useScreenParams(): {
  params: URLSearchParams;
  setParams: (entries: Record<string, string | null>) => void;
} {
  const [params, setSearchParams] = useSearchParams();
  const setParams = useCallback(
    (entries: Record<string, string | null>) => {
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [name, value] of Object.entries(entries)) {
            if (value === null) next.delete(name);
            else next.set(name, value);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );
  return { params, setParams };
}
