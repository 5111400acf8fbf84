import { describe, expect, it } from 'vitest';
import { detectCsvKind, type CsvKind } from '@shared/csv';
import { SESSIONS_HEADER, WELLNESS_HEADER } from './csv-test-support';

describe('detectCsvKind', () => {
  it.each<{ text: string; kind: CsvKind | null }>([
    { text: SESSIONS_HEADER + '\nAnna,2024-03-04,,30,6,,', kind: 'sessions' },
    { text: 'athlete,date,duration_min,rpe', kind: 'sessions' },
    { text: '\uFEFF\r\n RPE ;Athlete;DATE;Duration_Min\r\n6,5;Anna;2024-03-04;30', kind: 'sessions' },
    { text: WELLNESS_HEADER + '\nAnna,2024-03-04,7,,,,,,,', kind: 'wellness' },
    { text: 'athlete;date;fatigue', kind: 'wellness' },
    { text: 'Date,Athlete,HRV_RMSSD_MS', kind: 'wellness' },
    { text: 'athlete,date', kind: null },
    { text: 'athlete,date,notes', kind: null },
    { text: 'name,day,minutes,effort', kind: null },
    { text: '', kind: null },
    { text: '\n\n', kind: null },
    { text: '"unterminated', kind: null },
  ])('$text → $kind', ({ text, kind }) => {
    expect(detectCsvKind(text)).toBe(kind);
  });
});
