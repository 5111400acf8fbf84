import { checkCell, describeNotANumber, parseDecimalText, type CsvCellRule } from './csv-cell-rules';
import type { CsvHeaderMap } from './csv-columns';
import { createCsvIssue, createCsvProblem } from './csv-problem';
import type { CsvIssue, CsvProblem } from './csv-types';

/** What all rows of one file share while they are read. */
export interface CsvReadState {
  isDecimalCommaAllowed: boolean;
  hasUsedDecimalComma: boolean;
  rejected: CsvIssue[];
}

/**
 * The cells of one data row, read by column name. Every failed check is recorded as an issue
 * and marks the row rejected; reading goes on so that every bad cell of the row is reported.
 */
export class CsvRowCells<Column extends string> {
  private issueCount = 0;

  constructor(
    readonly line: number,
    private readonly cells: readonly string[],
    private readonly header: CsvHeaderMap<Column>,
    private readonly state: CsvReadState,
  ) {}

  get isRejected(): boolean {
    return this.issueCount > 0;
  }

  /** The trimmed text of a cell; '' when empty or when the file has no such column. */
  text(column: Column): string {
    const index = this.header.indexByColumn.get(column);
    return index === undefined ? '' : (this.cells[index] ?? '').trim();
  }

  /** Records a problem with one cell (or with the whole row when `column` is null). */
  reject(column: Column | null, problem: CsvProblem): void {
    this.issueCount += 1;
    const columnName = column === null ? null : (this.header.nameByColumn.get(column) ?? column);
    this.state.rejected.push(createCsvIssue(this.line, columnName, problem));
  }

  /** A text cell checked by `rule`; undefined when empty (rejected as well when `isRequired`) or invalid. */
  readText<Value>(column: Column, rule: CsvCellRule<Value>, isRequired: boolean): Value | undefined {
    const cellText = this.text(column);
    if (cellText === '') return this.readEmpty(column, rule.label, isRequired);
    return this.check(column, rule, cellText, cellText);
  }

  /** A number cell checked by `rule`; undefined when empty (rejected as well when `isRequired`) or invalid. */
  readNumber<Value>(column: Column, rule: CsvCellRule<Value>, isRequired: boolean): Value | undefined {
    const cellText = this.text(column);
    if (cellText === '') return this.readEmpty(column, rule.label, isRequired);
    const parsed = parseDecimalText(cellText, this.state.isDecimalCommaAllowed);
    if (parsed === null) {
      this.reject(column, describeNotANumber(rule.label, cellText, this.state.isDecimalCommaAllowed));
      return undefined;
    }
    const value = this.check(column, rule, parsed.value, cellText);
    if (value !== undefined && parsed.hasDecimalComma) this.state.hasUsedDecimalComma = true;
    return value;
  }

  /** Checks an already converted `value` of a cell whose text was `cellText`. */
  check<Value>(
    column: Column,
    rule: CsvCellRule<Value>,
    value: unknown,
    cellText: string,
  ): Value | undefined {
    const result = checkCell(rule, value, cellText);
    if (result.isValid) return result.value;
    this.reject(column, result.problem);
    return undefined;
  }

  private readEmpty(column: Column, label: string, isRequired: boolean): undefined {
    if (isRequired) this.reject(column, createCsvProblem('required', {}, `${label} is required`));
    return undefined;
  }
}
