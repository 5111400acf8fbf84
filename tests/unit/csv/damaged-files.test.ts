import { describe, expect, it } from 'vitest';
import { parseSessionsCsv, parseWellnessCsv } from '@shared/csv';
import { RecordDateSchema, SessionSchema } from '@shared/model';

const HEADER = 'athlete,date,start_time,duration_min,rpe,stimulus\n';
const ROWS = [
  'Eva,2025-03-03,08:00,60,7,strength',
  'Eva,2025-03-04,08:00,45,6,endurance',
  'Ben,2025-03-04,08:00,90,5,endurance',
];

const codesOf = (text: string): string[] => parseSessionsCsv(text).warnings.map((warning) => warning.code);

describe('a cut-off last row is never imported silently', () => {
  const complete = HEADER + ROWS.join('\n');
  it('a file that ends with a line break has no warning', () => {
    expect(codesOf(`${complete}\n`)).toEqual([]);
    expect(codesOf(`${complete}\r\n`)).toEqual([]);
  });

  it.each([
    ['a whole row (as Google Sheets writes it: a cut cannot be told from it)', complete],
    [
      'a value cut short ("5" of "50")',
      `${HEADER}${ROWS.slice(0, 2).join('\n')}\nBen,2025-03-04,08:00,90,5,e`,
    ],
    [
      'a row that stops at an earlier column',
      `${HEADER}${ROWS.slice(0, 2).join('\n')}\nBen,2025-03-04,08:00,90,5`,
    ],
    ['a cut right after a separator', `${HEADER}${ROWS.slice(0, 2).join('\n')}\nBen,2025-03-04,08:00,90,5,`],
    [
      'a number cut short ("6" of "60")',
      'athlete,date,duration_min,rpe\nEva,2025-03-03,45,7\nEva,2025-03-04,60,6\nBen,2025-03-04,60,7\nBen,2025-03-05,6',
    ],
    [
      'a note cut short (found by the safety fuzz)',
      'athlete,date,duration_min,rpe,notes\nEva,2025-03-03,45,7,Long run\nKenji,2026-11-24,50,6,Easy aerob',
    ],
  ])('names the last line of a file without a final line break: %s', (_case, text) => {
    const result = parseSessionsCsv(text);
    const warning = result.warnings.find((issue) => issue.code === 'last-row-unterminated');
    const lastLine = text.split('\n').length;
    expect(warning?.line).toBe(lastLine);
    expect(warning?.values.row).toBe(text.split('\n')[lastLine - 1]);
  });

  it('quotes at most 80 characters of a long last row', () => {
    const text = `athlete,date,duration_min,rpe,notes\nEva,2025-03-03,45,7,${'x'.repeat(200)}`;
    const warning = parseSessionsCsv(text).warnings.find((issue) => issue.code === 'last-row-unterminated');
    expect(String(warning?.values.row)).toHaveLength(80);
    expect(String(warning?.values.row).endsWith('…')).toBe(true);
  });
});

describe('invalid bytes and implausible dates', () => {
  it('names the lines with characters the decoder could not read', () => {
    const text = `${HEADER}${ROWS[0]}\nEv\uFFFD,2025-03-04,08:00,45,6,endurance\n${ROWS[2]}\n`;
    const warning = parseSessionsCsv(text).warnings.find((issue) => issue.code === 'invalid-characters');
    expect(warning).toMatchObject({ line: 3, values: { count: 1, lines: '3' } });
  });

  it.each(['9999-01-01', '0100-05-05', '1969-12-31', '2100-01-01'])(
    'refuses the date %s with the range it accepts',
    (date) => {
      const result = parseSessionsCsv(`${HEADER}Eva,${date},08:00,60,7,strength\n`);
      expect(result.rows).toEqual([]);
      expect(result.rejected[0]).toMatchObject({
        code: 'date-out-of-range',
        column: 'date',
        values: { earliest: '1970-01-01', latest: '2099-12-31', found: date },
      });
      expect(RecordDateSchema.safeParse(date).success).toBe(false);
    },
  );

  it('accepts both ends of the range, in the importer and in the model', () => {
    const result = parseWellnessCsv('athlete,date,fatigue\nEva,1970-01-01,3\nEva,2099-12-31,3\n');
    expect(result.rows.map((row) => row.date)).toEqual(['1970-01-01', '2099-12-31']);
    const session = {
      id: 's',
      athleteId: 'a',
      date: '2099-12-31',
      durationMin: 60,
      sessionRpe: 5,
      stimulus: 'other',
      notes: '',
    };
    expect(SessionSchema.safeParse(session).success).toBe(true);
    expect(SessionSchema.safeParse({ ...session, date: '9999-12-31' }).success).toBe(false);
  });

  it('names rows after today in a warning, and imports them as written', () => {
    const text = `${HEADER}${ROWS[0]}\nEva,2062-03-04,08:00,45,6,endurance\nBen,2063-01-01,08:00,90,5,endurance\n`;
    const result = parseSessionsCsv(text, { today: '2026-12-02' });
    expect(result.rows).toHaveLength(3);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        code: 'future-dates',
        line: 3,
        values: { count: 2, firstLine: 3, first: '2062-03-04', today: '2026-12-02' },
      }),
    ]);
    expect(parseSessionsCsv(text).warnings).toEqual([]);
  });
});
