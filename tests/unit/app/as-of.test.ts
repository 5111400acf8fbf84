import { describe, expect, it } from 'vitest';
import { asOfFromSearch, mustCarryAsOf, searchWithAsOf } from '../../../src/renderer/src/app/as-of';

const TODAY = '2026-12-02';

describe('the as-of date in the address', () => {
  it('reads a past date, and ignores a malformed, future or missing one', () => {
    expect(asOfFromSearch('?squad=a&date=2020-03-30', TODAY)).toBe('2020-03-30');
    expect(asOfFromSearch('?date=2020-02-30', TODAY)).toBeNull();
    expect(asOfFromSearch('?date=2027-01-01', TODAY)).toBeNull();
    expect(asOfFromSearch(`?date=${TODAY}`, TODAY)).toBeNull();
    expect(asOfFromSearch('?squad=a', TODAY)).toBeNull();
  });

  it('sets or removes the date and keeps the other parameters', () => {
    expect(searchWithAsOf('?squad=a', '2020-03-30', TODAY)).toBe('?squad=a&date=2020-03-30');
    expect(searchWithAsOf('?squad=a&date=2020-03-30', null, TODAY)).toBe('?squad=a');
    expect(searchWithAsOf('?date=2020-03-30', TODAY, TODAY)).toBe('');
  });

  it('is carried to a linked screen, but not on back/forward nor when going back to today', () => {
    expect(mustCarryAsOf('?squad=a', '2020-03-30', 'PUSH', null, TODAY)).toBe(true);
    expect(mustCarryAsOf('', '2020-03-30', 'REPLACE', null, TODAY)).toBe(true);
    expect(mustCarryAsOf('', '2020-03-30', 'POP', null, TODAY)).toBe(false);
    expect(mustCarryAsOf('', '2020-03-30', 'PUSH', { asOfReset: true }, TODAY)).toBe(false);
    expect(mustCarryAsOf('?date=2019-12-01', '2020-03-30', 'PUSH', null, TODAY)).toBe(false);
    expect(mustCarryAsOf('', null, 'PUSH', null, TODAY)).toBe(false);
  });
});
