import { isIsoDate } from '@shared/time/local-date';

/**
 * The app-wide "as of" date lives in the address as `?date=YYYY-MM-DD` on every screen (Today,
 * Team load, the recovery map, an athlete, …); without it, the app is as of today.
 */
export const AS_OF_PARAM = 'date';

/** What a navigation carries in its state to go back to today on purpose (not carried over). */
export interface AsOfNavigationState {
  asOfReset: true;
}

/** The as-of date written in a search string, or null when absent, malformed or after `today`. */
export function asOfFromSearch(search: string, today: string): string | null {
  const value = new URLSearchParams(search).get(AS_OF_PARAM);
  if (value === null || !isIsoDate(value) || value >= today) return null;
  return value;
}

/** `search` with the as-of date set (or removed for null or today), other parameters kept. */
export function searchWithAsOf(search: string, asOf: string | null, today: string): string {
  const params = new URLSearchParams(search);
  if (asOf === null || asOf >= today) params.delete(AS_OF_PARAM);
  else params.set(AS_OF_PARAM, asOf);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function isAsOfReset(state: unknown): state is AsOfNavigationState {
  return (
    typeof state === 'object' && state !== null && (state as Partial<AsOfNavigationState>).asOfReset === true
  );
}

/**
 * Whether a navigation to `search` must get the as-of date `carried` from the screen before: a link
 * or redirect (not back/forward, which restore the address as it was) to an address without one,
 * unless it says it goes back to today.
 */
export function mustCarryAsOf(
  search: string,
  carried: string | null,
  navigationType: 'POP' | 'PUSH' | 'REPLACE',
  state: unknown,
  today: string,
): boolean {
  return (
    carried !== null &&
    carried < today &&
    navigationType !== 'POP' &&
    !isAsOfReset(state) &&
    asOfFromSearch(search, today) === null
  );
}

/**
 * The as-of date of the address the app last showed (the one a link carries on). Kept outside React
 * so that "back to today" clears it at once, before the next address is rendered.
 */
let carriedAsOf: string | null = null;

export function getCarriedAsOf(): string | null {
  return carriedAsOf;
}

export function setCarriedAsOf(date: string | null): void {
  carriedAsOf = date;
}
