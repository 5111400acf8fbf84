import { describe, expect, it } from 'vitest';
import {
  dateFieldFormat,
  formatDate,
  formatMoment,
  formatNumber,
  parseTypedNumber,
  todayLocalDate,
} from '../../../src/renderer/src/i18n/format';
import { commonTexts } from '../../../src/renderer/src/i18n/common-texts';

describe('formatting for people', () => {
  it.each([
    ['en', '2025-03-03', 'Mon 3 Mar 2025'],
    ['nl', '2025-03-03', 'ma 3 mrt 2025'],
    ['nl', '2025-10-26', 'zo 26 okt 2025'],
    ['nl', '2026-12-02', 'wo 2 dec 2026'],
  ] as const)('%s date %s → %s', (language, iso, expected) => {
    expect(formatDate(iso, language)).toBe(expected);
  });

  it('writes a Dutch day one way only, as the browser (CLDR) does: no "wo." and no "dec."', () => {
    const intl = new Intl.DateTimeFormat('nl-NL', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    });
    for (const iso of ['2026-12-02', '2025-03-03', '2025-05-06', '2025-09-14']) {
      const [year, month, day] = iso.split('-').map(Number);
      const expected = intl.format(new Date(year ?? 0, (month ?? 1) - 1, day));
      expect(formatDate(iso, 'nl')).toBe(expected);
      // The date fields (Mantine's DateInput) show their value through the same formatter.
      expect(dateFieldFormat('nl')(iso)).toBe(expected);
      expect(dateFieldFormat('nl')(`${iso} 00:00:00`)).toBe(expected);
    }
    // Other patterns of the screens follow the same words: "woe" and "dec." never appear.
    expect(formatDate('2026-12-02', 'nl', 'EEE d MMM')).toBe('wo 2 dec');
    expect(formatDate('2026-12-02', 'nl', 'MMM yyyy')).toBe('dec 2026');
    expect(formatDate('2026-12-02', 'nl', 'd MMMM yyyy')).toBe('2 december 2026');
    expect(dateFieldFormat('en')('2026-12-02')).toBe('Wed 2 Dec 2026');
  });

  it('writes a moment in local time with the same words', () => {
    const moment = new Date(2025, 2, 5, 11, 0).toISOString();
    expect(formatMoment(moment, 'en')).toBe('5 March 2025 at 11:00');
    expect(formatMoment(moment, 'nl')).toBe('5 maart 2025 om 11:00');
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
