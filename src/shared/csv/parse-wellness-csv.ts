import { AthleteSchema } from '../model/athlete';
import { WellnessEntrySchema } from '../model/wellness';
import { createCellRule, type CsvCellRule } from './csv-cell-rules';
import { WELLNESS_CSV_FORMAT, type WellnessCsvColumn } from './csv-columns';
import { createCsvProblem } from './csv-problem';
import type { CsvRowCells } from './csv-row-cells';
import type { CsvParseResult, ParsedWellnessRow, WellnessValues } from './csv-types';
import { parseCsvFile, type CsvParseOptions } from './parse-csv-file';

/** The app's own schemas check every cell, so the importer accepts exactly what the app stores. */
const wellnessShape = WellnessEntrySchema.shape;
const ATHLETE_RULE = createCellRule('Athlete', AthleteSchema.shape.name);
const DATE_RULE = createCellRule('Date', wellnessShape.date, { customIssueCode: 'not-a-date' });

interface WellnessValueColumn {
  column: WellnessCsvColumn;
  field: keyof WellnessValues;
  rule: CsvCellRule<number>;
}

const VALUE_COLUMNS: readonly WellnessValueColumn[] = [
  {
    column: 'sleep_hours',
    field: 'sleepHours',
    rule: createCellRule('Sleep hours', wellnessShape.sleepHours.unwrap()),
  },
  {
    column: 'sleep_quality',
    field: 'sleepQuality',
    rule: createCellRule('Sleep quality', wellnessShape.sleepQuality.unwrap()),
  },
  { column: 'fatigue', field: 'fatigue', rule: createCellRule('Fatigue', wellnessShape.fatigue.unwrap()) },
  {
    column: 'soreness',
    field: 'soreness',
    rule: createCellRule('Soreness', wellnessShape.soreness.unwrap()),
  },
  { column: 'stress', field: 'stress', rule: createCellRule('Stress', wellnessShape.stress.unwrap()) },
  { column: 'mood', field: 'mood', rule: createCellRule('Mood', wellnessShape.mood.unwrap()) },
  {
    column: 'hrv_rmssd_ms',
    field: 'hrvRmssdMs',
    rule: createCellRule('HRV', wellnessShape.hrvRmssdMs.unwrap()),
  },
  {
    column: 'resting_hr_bpm',
    field: 'restingHrBpm',
    rule: createCellRule('Resting HR', wellnessShape.restingHrBpm.unwrap()),
  },
];

/**
 * Parses a wellness.csv file (FORMATS.md): athlete and date required; sleep_hours (h, 0–24), the
 * 1–5 items (5 = best), hrv_rmssd_ms (ms, > 0 and ≤ 300) and resting_hr_bpm (25–150) optional, but a
 * row needs at least one of them. At most one row per athlete per day: a second one is rejected
 * naming the line of the first. Never throws.
 */
export function parseWellnessCsv(
  text: string,
  options: CsvParseOptions = {},
): CsvParseResult<ParsedWellnessRow> {
  const firstLineByAthleteDay = new Map<string, number>();
  return parseCsvFile(
    text,
    WELLNESS_CSV_FORMAT,
    (cells) => readWellnessRow(cells, firstLineByAthleteDay),
    options,
  );
}

function readWellnessRow(
  cells: CsvRowCells<WellnessCsvColumn>,
  firstLineByAthleteDay: Map<string, number>,
): ParsedWellnessRow | null {
  const athlete = cells.readText('athlete', ATHLETE_RULE, true);
  const date = cells.readText('date', DATE_RULE, true);
  const values = readWellnessValues(cells);
  if (athlete !== undefined && date !== undefined) {
    checkOnePerDay(cells, { athlete, date }, firstLineByAthleteDay);
  }
  if (athlete === undefined || date === undefined) return null;
  return { line: cells.line, athlete, date, ...values };
}

function readWellnessValues(cells: CsvRowCells<WellnessCsvColumn>): WellnessValues {
  const values: WellnessValues = {};
  let filledCellCount = 0;
  for (const { column, field, rule } of VALUE_COLUMNS) {
    if (cells.text(column) !== '') filledCellCount += 1;
    const value = cells.readNumber(column, rule, false);
    if (value !== undefined) values[field] = value;
  }
  if (filledCellCount === 0) {
    const names = VALUE_COLUMNS.map(({ column }) => column).join(', ');
    const reason = `The row has no wellness values; fill in at least one of ${names}`;
    cells.reject(null, createCsvProblem('no-values', { columns: names }, reason));
  }
  return values;
}

/** The first row of an athlete-day is kept; a later one is rejected and names the first. */
function checkOnePerDay(
  cells: CsvRowCells<WellnessCsvColumn>,
  { athlete, date }: { athlete: string; date: string },
  firstLineByAthleteDay: Map<string, number>,
): void {
  const athleteDayKey = `${athlete.toLowerCase()} ${date}`;
  const firstLine = firstLineByAthleteDay.get(athleteDayKey);
  if (firstLine === undefined) {
    firstLineByAthleteDay.set(athleteDayKey, cells.line);
    return;
  }
  const reason =
    `Second check-in for ${athlete} on ${date}: line ${firstLine} already has one ` +
    '(at most one per athlete per day)';
  cells.reject(null, createCsvProblem('duplicate-checkin', { athlete, date, firstLine }, reason));
}
