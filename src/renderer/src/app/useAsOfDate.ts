import { useLocation, useNavigate } from 'react-router';
import { todayLocalDate } from '../i18n/format';
import { asOfFromSearch, searchWithAsOf, setCarriedAsOf, type AsOfNavigationState } from './as-of';

export interface AsOfDate {
  /** The date every screen shows: the chosen one, or today. */
  asOf: string;
  today: string;
  isToday: boolean;
  /**
   * Chooses another date for the whole app (null or today: back to today). A new history entry, so
   * the browser's back and forward step through the dates looked at.
   */
  setAsOf: (date: string | null) => void;
  /** `?date=…` to append to a link (an empty string as of today). */
  search: string;
}

/** The app-wide "as of" date, read from and written to the address (`?date=`). */
export function useAsOfDate(): AsOfDate {
  const today = todayLocalDate();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const chosen = asOfFromSearch(search, today);
  function setAsOf(date: string | null) {
    const next = searchWithAsOf(search, date, today);
    if (next === search) return;
    const isReset = date === null || date >= today;
    // Back to today: the next link must not carry the old date on.
    if (isReset) setCarriedAsOf(null);
    const state: AsOfNavigationState | null = isReset ? { asOfReset: true } : null;
    void navigate({ pathname, search: next }, { state });
  }
  return {
    asOf: chosen ?? today,
    today,
    isToday: chosen === null,
    setAsOf,
    search: searchWithAsOf('', chosen, today),
  };
}
