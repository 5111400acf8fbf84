/**
 * The part of papaparse's API that src/shared uses, declared without Node. @types/papaparse starts
 * with `/// <reference types="node" />`, which would put Node's globals into the shared program;
 * tsconfig.shared.json maps 'papaparse' here instead (the app and the tests keep the full types).
 * Shapes copied from @types/papaparse 5.5.
 */
declare namespace Papa {
  interface ParseError {
    type: 'Quotes' | 'Delimiter' | 'FieldMismatch';
    code: 'MissingQuotes' | 'UndetectableDelimiter' | 'TooFewFields' | 'TooManyFields' | 'InvalidQuotes';
    message: string;
    row?: number | undefined;
    index?: number | undefined;
  }
  interface ParseMeta {
    delimiter: string;
    linebreak: string;
    aborted: boolean;
    truncated: boolean;
    cursor: number;
  }
  interface ParseResult<T> {
    data: T[];
    errors: ParseError[];
    meta: ParseMeta;
  }
  interface ParseConfig {
    delimiter?: string;
    newline?: string;
    header?: false;
    skipEmptyLines?: boolean | 'greedy';
    dynamicTyping?: false;
  }
  function parse<T>(input: string, config?: ParseConfig): ParseResult<T>;
}

export default Papa;
