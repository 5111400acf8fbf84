import { AthleteSchema } from '../model/athlete';
import { StimulusSchema, type Stimulus } from '../model/common';
import { SessionSchema } from '../model/session';
import { createCellRule } from './csv-cell-rules';
import { SESSIONS_CSV_FORMAT, type SessionsCsvColumn } from './csv-columns';
import type { CsvRowCells } from './csv-row-cells';
import type { CsvParseResult, ParsedSessionRow } from './csv-types';
import { parseCsvFile, type CsvParseOptions } from './parse-csv-file';

/** The app's own schemas check every cell, so the importer accepts exactly what the app stores. */
const sessionShape = SessionSchema.shape;
const ATHLETE_RULE = createCellRule('Athlete', AthleteSchema.shape.name);
const DATE_RULE = createCellRule('Date', sessionShape.date, { customIssueCode: 'not-a-date' });
const START_TIME_RULE = createCellRule('Start time', sessionShape.startTime.unwrap(), {
  customIssueCode: 'not-a-time',
});
const DURATION_RULE = createCellRule('Duration', sessionShape.durationMin);
const RPE_RULE = createCellRule('RPE', sessionShape.sessionRpe);
const STIMULUS_RULE = createCellRule('Stimulus', StimulusSchema);
const NOTES_RULE = createCellRule('Notes', sessionShape.notes.unwrap(), { isCached: false });

/** FORMATS.md: an empty stimulus cell means 'other'. */
const DEFAULT_STIMULUS: Stimulus = 'other';

/**
 * Parses a sessions.csv file (FORMATS.md): athlete, date, duration_min (min, > 0 and ≤ 600) and rpe
 * (CR-10, 0–10) required; start_time (HH:MM), stimulus (default 'other', any case) and notes optional.
 * Every bad cell is reported with its physical line and header column; valid rows come back typed.
 * Never throws.
 */
export function parseSessionsCsv(
  text: string,
  options: CsvParseOptions = {},
): CsvParseResult<ParsedSessionRow> {
  return parseCsvFile(text, SESSIONS_CSV_FORMAT, readSessionRow, options);
}

function readSessionRow(cells: CsvRowCells<SessionsCsvColumn>): ParsedSessionRow | null {
  const athlete = cells.readText('athlete', ATHLETE_RULE, true);
  const date = cells.readText('date', DATE_RULE, true);
  const startTime = cells.readText('start_time', START_TIME_RULE, false);
  const durationMin = cells.readNumber('duration_min', DURATION_RULE, true);
  const sessionRpe = cells.readNumber('rpe', RPE_RULE, true);
  const stimulus = readStimulus(cells);
  const notes = cells.readText('notes', NOTES_RULE, false) ?? '';
  if (
    athlete === undefined ||
    date === undefined ||
    durationMin === undefined ||
    sessionRpe === undefined ||
    stimulus === undefined
  ) {
    return null;
  }
  const row: ParsedSessionRow = { line: cells.line, athlete, date, durationMin, sessionRpe, stimulus, notes };
  if (startTime !== undefined) row.startTime = startTime;
  return row;
}

function readStimulus(cells: CsvRowCells<SessionsCsvColumn>): Stimulus | undefined {
  const cellText = cells.text('stimulus');
  if (cellText === '') return DEFAULT_STIMULUS;
  return cells.check('stimulus', STIMULUS_RULE, cellText.toLowerCase(), cellText);
}
