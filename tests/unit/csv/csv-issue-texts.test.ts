import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { CSV_ISSUE_CODES, parseSessionsCsv, type CsvIssueCode } from '@shared/csv';
import { importTexts } from '../../../src/renderer/src/features/import/texts';
import {
  describeCsvIssue,
  describeFileError,
  type TranslateImport,
} from '../../../src/renderer/src/features/import/describe-csv-issue';
import { csvText, SESSIONS_HEADER } from './csv-test-support';

const en: Record<string, string> = importTexts.en;
const nl: Record<string, string> = importTexts.nl;

async function translatorFor(language: 'en' | 'nl'): Promise<TranslateImport> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    ns: ['import'],
    defaultNS: 'import',
    resources: { [language]: { import: importTexts[language] } },
    interpolation: { escapeValue: false },
  });
  return (key, options) => instance.t(key, options);
}

describe('CSV issue texts', () => {
  it.each(CSV_ISSUE_CODES)('has an English and a Dutch text for %s', (code) => {
    expect(en[`issue_${code}`]?.trim()).toBeTruthy();
    expect(nl[`issue_${code}`]?.trim()).toBeTruthy();
  });

  it('has no issue text without a code', () => {
    const codes: readonly string[] = CSV_ISSUE_CODES;
    const textCodes = Object.keys(en)
      .filter((key) => key.startsWith('issue_'))
      .map((key) => key.slice('issue_'.length));
    expect(textCodes.filter((code) => !codes.includes(code))).toEqual([]);
  });

  it('describes a rejected cell in Dutch with its values', async () => {
    const result = parseSessionsCsv(csvText([SESSIONS_HEADER, 'Bram,2024-03-04,17:00,45,11,endurance,']));
    const [issue] = result.rejected;
    expect(issue?.code).toBe('out-of-range');
    expect(issue && describeCsvIssue(issue, await translatorFor('nl'))).toBe(
      'Moet tussen 0 en 10 liggen; gevonden: "11"',
    );
    expect(issue && describeCsvIssue(issue, await translatorFor('en'))).toBe(
      'Must be between 0 and 10; found "11"',
    );
  });

  it('falls back to the English reason for a code without a text', async () => {
    // A code a newer parser might send before the texts know it.
    const problem = { code: 'future-code' as CsvIssueCode, values: {}, reason: 'Something new' };
    expect(describeCsvIssue(problem, await translatorFor('nl'))).toBe('Something new');
  });

  it('describes a file error in Dutch, and nothing when there is none', async () => {
    const t = await translatorFor('nl');
    expect(describeFileError(parseSessionsCsv('athlete,date\nAnna,2024-03-04'), t)).toBe(
      'Verplichte kolommen ontbreken: duration_min, rpe',
    );
    expect(describeFileError(parseSessionsCsv(SESSIONS_HEADER), t)).toBeNull();
  });
});
