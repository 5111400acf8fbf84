import { describe, expect, it } from 'vitest';
import {
  decimalsApartFrom,
  formatChangePercent,
  formatFixed,
} from '../../../src/renderer/src/features/team-load/team-load-format';

describe('Team load number formats', () => {
  it('keeps a fixed count of decimals in the coach’s language, and never shows −0', () => {
    expect(formatFixed(0.8, 2, 'en')).toBe('0.80');
    expect(formatFixed(1, 2, 'nl')).toBe('1,00');
    expect(formatFixed(-0.4, 0, 'en')).toBe('0');
    expect(formatFixed(null, 2, 'en')).toBe('–');
  });

  it('shows a change with as many decimals as keep it apart from the 30 % threshold', () => {
    expect(decimalsApartFrom(31.2, 30)).toBe(0);
    expect(decimalsApartFrom(30.4, 30)).toBe(1);
    expect(decimalsApartFrom(30.04, 30)).toBe(2);
    expect(decimalsApartFrom(30, 30)).toBe(0);
    expect(formatChangePercent(30.4, 30, 'en')).toBe('+30.4 %');
    expect(formatChangePercent(30.4, 30, 'nl')).toBe('+30,4 %');
    expect(formatChangePercent(30, 30, 'en')).toBe('+30 %');
    expect(formatChangePercent(101.6, 30, 'en')).toBe('+102 %');
    expect(formatChangePercent(-18.2, 30, 'en')).toBe('-18 %');
    expect(formatChangePercent(-0.3, 30, 'en')).toBe('0 %');
    expect(formatChangePercent(null, 30, 'en')).toBe('–');
  });
});
