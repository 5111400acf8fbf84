import { useEffect, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';

const HIGHLIGHT_MS = 2500;

/**
 * Scrolls to the element whose id `?section=` names (a rule dialog links to its thresholds), moves
 * focus there for keyboard and screen-reader users, and returns that id while it should stand out.
 */
export function useSectionFocus(): string | null {
  const [searchParams] = useSearchParams();
  const { key } = useLocation();
  const section = searchParams.get('section');
  // The visit (location key) whose highlight has faded; a new visit to the same link highlights again.
  const [fadedKey, setFadedKey] = useState<string | null>(null);

  useEffect(() => {
    if (section === null) return undefined;
    const element = document.getElementById(section);
    if (!element) return undefined;
    element.scrollIntoView({ behavior: 'smooth', block: 'start' });
    element.focus({ preventScroll: true });
    const timer = window.setTimeout(() => setFadedKey(key), HIGHLIGHT_MS);
    return () => window.clearTimeout(timer);
  }, [section, key]);

  return section !== null && fadedKey !== key ? section : null;
}
