import { describe, expect, it } from 'vitest';
import { formatReportCsv, neutraliseCsvFormula } from '../../../src/shared/metrics/metrics-report';

describe('CSV output neutralises formulas (OWASP CSV injection, FORMATS.md)', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+SUM(A1)', `'+SUM(A1)`],
    ['-cmd', `'-cmd`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tTAB', `'\tTAB`],
  ])('prefixes %j with a quote', (text, expected) => {
    expect(neutraliseCsvFormula(text)).toBe(expected);
  });

  it.each(['-1.5', '+3', '-0', 'p01', 'Lotte Mulder', ''])('leaves %j as it is', (text) => {
    expect(neutraliseCsvFormula(text)).toBe(text);
  });

  it('writes an athlete named like a formula with a quote, and negative numbers as numbers', () => {
    const csv = formatReportCsv(['athlete', 'tsb'], [{ athlete: '=1+1', tsb: -12.5 }]);
    expect(csv).toBe(`athlete,tsb\n'=1+1,-12.5\n`);
  });

  it('quotes a neutralised cell that also needs CSV quoting', () => {
    const csv = formatReportCsv(['athlete'], [{ athlete: '=A1,"x"' }]);
    expect(csv).toBe(`athlete\n"'=A1,""x"""\n`);
  });
});
