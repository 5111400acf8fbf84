import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, parseTypedNumber, todayLocalDate } from '../../../src/renderer/src/i18n/format';
import { commonTexts } from '../../../src/renderer/src/i18n/common-texts';

describe('formatting for people', () => {
  it.each([
    ['en', '2025-03-03', 'Mon 3 Mar 2025'],
    ['nl', '2025-03-03', 'ma 3 mrt. 2025'],
    ['nl', '2025-10-26', 'zo 26 okt. 2025'],
  ] as const)('%s date %s → %s', (language, iso, expected) => {
    expect(formatDate(iso, language)).toBe(expected);
  });

  it('uses the decimal comma in Dutch and the point in English', () => {
    expect(formatNumber(6.5, 'nl')).toBe('6,5');
    expect(formatNumber(6.5, 'en')).toBe('6.5');
    expect(formatNumber(1234.56, 'nl', 0)).toBe('1.235');
  });

  it.each([
    ['6,5', 6.5],
    ['6.5', 6.5],
    [' 7 ', 7],
    ['', null],
    ['   ', null],
    ['abc', Number.NaN],
    ['6,5,1', Number.NaN],
    ['-1', -1],
  ])('reads typed %j as %j', (text, expected) => {
    expect(parseTypedNumber(text)).toEqual(expected);
  });

  it('gives the local calendar date, not the UTC one', () => {
    expect(todayLocalDate(new Date(2025, 2, 30, 0, 30))).toBe('2025-03-30');
  });

  it('has a Dutch text for every English one and no empty texts', () => {
    expect(Object.keys(commonTexts.nl).sort()).toEqual(Object.keys(commonTexts.en).sort());
    expect(Object.values(commonTexts.nl).every((text) => text.trim() !== '')).toBe(true);
  });
});
