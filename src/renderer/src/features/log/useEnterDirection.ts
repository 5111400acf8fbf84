import { useState } from 'react';
import type { EnterDirection } from './grid-navigation';

const STORAGE_KEY = 'coach-dashboard.wellness.enterDirection';

function isEnterDirection(value: unknown): value is EnterDirection {
  return value === 'down' || value === 'across';
}

function readStored(): EnterDirection {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isEnterDirection(stored) ? stored : 'down';
  } catch {
    return 'down';
  }
}

/**
 * Where Enter goes in the check-in grid, as the coach chose it last on this computer (a preference
 * of the screen, not data: it is kept in the browser's local storage, not in the athlete database).
 */
export function useEnterDirection(): [EnterDirection, (direction: string) => void] {
  const [direction, setDirection] = useState<EnterDirection>(readStored);
  const choose = (next: string) => {
    if (!isEnterDirection(next)) return;
    setDirection(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage refused (private window): the choice holds until the page is left.
    }
  };
  return [direction, choose];
}
