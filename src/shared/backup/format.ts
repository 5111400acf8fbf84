import { z } from 'zod';

/**
 * The streamed backup format, version 2 (docs/decisions/008-automatic-backups.md): newline-delimited
 * JSON, written and read one line at a time so no side ever holds the whole file as one string.
 *
 *   line 1        {"format":"coach-dashboard-backup","formatVersion":2,"schemaVersion":2,"exportedAt":"…","tables":[…]}
 *   lines 2…n-1   ["athletes",{…row…}]   one row per line, table by table
 *   line n        {"end":true,"counts":{"athletes":24,…},"checksum":"fnv1a32:0123abcd"}
 *
 * The checksum is FNV-1a (32 bit) over the UTF-16 code units of every row line, each followed by a
 * line feed: cheap to compute in a stream, enough to see a damaged or cut-off file. Version 1 (one
 * JSON object with every table) is still read by the restore.
 */

/** Identifies a backup file of this app (versions 1 and 2). */
export const BACKUP_FORMAT = 'coach-dashboard-backup';

/** The streamed format this app writes. */
export const STREAMED_BACKUP_FORMAT_VERSION = 2;

/** A table name as it appears in a backup: letters only, so a line's table is cheap to read. */
const TableNameSchema = z.string().regex(/^[A-Za-z]{1,60}$/);

export const BackupCountsSchema = z.record(TableNameSchema, z.number().int().min(0));
export type BackupTableCounts = z.infer<typeof BackupCountsSchema>;

export const BackupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(STREAMED_BACKUP_FORMAT_VERSION),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.iso.datetime({ offset: true }),
  /** The tables in the order their rows follow. */
  tables: z.array(TableNameSchema).max(100),
});
export type BackupHeader = z.infer<typeof BackupHeaderSchema>;

export const BackupTrailerSchema = z.object({
  end: z.literal(true),
  counts: BackupCountsSchema,
  checksum: z.string().regex(/^fnv1a32:[0-9a-f]{8}$/),
});
export type BackupTrailer = z.infer<typeof BackupTrailerSchema>;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const LINE_FEED = 10;

/** FNV-1a over UTF-16 code units, fed piece by piece. */
export class Fnv1a32 {
  private hash = FNV_OFFSET;

  update(text: string): void {
    let hash = this.hash;
    for (let index = 0; index < text.length; index += 1) {
      hash = Math.imul(hash ^ text.charCodeAt(index), FNV_PRIME);
    }
    this.hash = hash;
  }

  /** A row line and the line feed after it. */
  updateLine(line: string): void {
    this.update(line);
    this.hash = Math.imul(this.hash ^ LINE_FEED, FNV_PRIME);
  }

  digest(): string {
    return `fnv1a32:${(this.hash >>> 0).toString(16).padStart(8, '0')}`;
  }
}

/** The header line (without its line feed). */
export function encodeHeader(header: BackupHeader): string {
  return JSON.stringify(header);
}

/** One row line (without its line feed). */
export function encodeRow(table: string, row: unknown): string {
  return JSON.stringify([table, row]);
}

export function encodeTrailer(trailer: BackupTrailer): string {
  return JSON.stringify(trailer);
}

/** Bytes of `text` in UTF-8, without encoding it (no TextEncoder in the shared layer). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        index += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Cuts text that arrives in pieces into lines (without their line feeds). `push` answers the lines
 * completed by a piece; `end` the last line when the text does not end with a line feed.
 */
export class LineSplitter {
  private rest = '';

  push(piece: string): string[] {
    const text = this.rest + piece;
    const lines = text.split('\n');
    this.rest = lines.pop() ?? '';
    return lines;
  }

  end(): string[] {
    const rest = this.rest;
    this.rest = '';
    return rest === '' ? [] : [rest];
  }
}

/** Why a streamed backup is not whole: shown to the coach (in their language) by its code. */
export type BackupDamage =
  | 'no-header'
  | 'bad-header'
  | 'bad-row'
  | 'unknown-table'
  | 'no-trailer'
  | 'after-trailer'
  | 'count-mismatch'
  | 'checksum-mismatch';

export class BackupStreamError extends Error {
  override readonly name = 'BackupStreamError';

  constructor(
    readonly damage: BackupDamage,
    detail: string,
  ) {
    super(detail);
  }
}

/** What a whole, checked streamed backup says about itself. */
export interface BackupSummary {
  header: BackupHeader;
  counts: BackupTableCounts;
  rowCount: number;
}

function parseJsonLine(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
}

/** Reads the table name of a row line `["name",…` without parsing the row. */
const ROW_PREFIX = /^\["([A-Za-z]{1,60})",/;

/**
 * Checks a streamed backup line by line: a header first, row lines of the header's tables, then a
 * trailer whose counts and checksum match the rows. `onRow` (optional) gets each parsed row; without
 * it the rows are only counted and hashed, which is how a freshly written file is verified.
 */
export class BackupStreamVerifier {
  private header: BackupHeader | null = null;
  private trailer: BackupTrailer | null = null;
  private readonly counts = new Map<string, number>();
  private readonly hash = new Fnv1a32();
  private lineNumber = 0;

  constructor(private readonly onRow?: (table: string, row: unknown, lineNumber: number) => void) {}

  /** The header once the first line has been read. */
  get readHeader(): BackupHeader | null {
    return this.header;
  }

  line(line: string): void {
    this.lineNumber += 1;
    if (this.trailer) {
      if (line.trim() === '') return;
      throw new BackupStreamError('after-trailer', `Line ${this.lineNumber} follows the end of the backup`);
    }
    if (!this.header) {
      this.header = readHeaderLine(line);
      for (const table of this.header.tables) this.counts.set(table, 0);
      return;
    }
    const match = ROW_PREFIX.exec(line);
    if (!match) {
      this.trailer = readTrailerLine(line, this.lineNumber);
      return;
    }
    const table = match[1] ?? '';
    const count = this.counts.get(table);
    if (count === undefined)
      throw new BackupStreamError(
        'unknown-table',
        `Line ${this.lineNumber}: no table "${table}" in the header`,
      );
    this.counts.set(table, count + 1);
    this.hash.updateLine(line);
    if (this.onRow) {
      const parsed = parseJsonLine(line);
      if (!Array.isArray(parsed) || parsed.length !== 2)
        throw new BackupStreamError('bad-row', `Line ${this.lineNumber} is not a whole row`);
      this.onRow(table, parsed[1], this.lineNumber);
    }
  }

  /** Checks the trailer against what was read; throws a BackupStreamError when the file is not whole. */
  finish(): BackupSummary {
    if (!this.header) throw new BackupStreamError('no-header', 'The backup is empty');
    if (!this.trailer)
      throw new BackupStreamError('no-trailer', 'The backup is cut off: its last line is missing');
    const counts = Object.fromEntries(this.counts);
    for (const [table, count] of Object.entries(this.trailer.counts)) {
      if ((counts[table] ?? 0) !== count)
        throw new BackupStreamError(
          'count-mismatch',
          `The backup should hold ${count} ${table} rows but holds ${counts[table] ?? 0}`,
        );
    }
    for (const [table, count] of Object.entries(counts)) {
      if (count !== (this.trailer.counts[table] ?? 0))
        throw new BackupStreamError(
          'count-mismatch',
          `The backup holds ${count} ${table} rows it does not list`,
        );
    }
    if (this.hash.digest() !== this.trailer.checksum)
      throw new BackupStreamError('checksum-mismatch', 'The backup is damaged: its checksum does not match');
    const rowCount = Object.values(counts).reduce((sum, count) => sum + count, 0);
    return { header: this.header, counts, rowCount };
  }
}

function readHeaderLine(line: string): BackupHeader {
  const value = parseJsonLine(line);
  const result = BackupHeaderSchema.safeParse(value);
  if (!result.success) {
    const isOurs = typeof value === 'object' && value !== null && 'format' in value;
    throw new BackupStreamError(
      isOurs ? 'bad-header' : 'no-header',
      isOurs ? 'The backup header is not valid' : 'Not a streamed coach dashboard backup',
    );
  }
  return result.data;
}

function readTrailerLine(line: string, lineNumber: number): BackupTrailer {
  const result = BackupTrailerSchema.safeParse(parseJsonLine(line));
  if (!result.success)
    throw new BackupStreamError('bad-row', `Line ${lineNumber} is neither a row nor the end`);
  return result.data;
}

/** Checks a whole streamed backup given as pieces of text (a file read in chunks). */
export async function verifyBackupStream(
  pieces: AsyncIterable<string>,
  onRow?: (table: string, row: unknown, lineNumber: number) => void,
): Promise<BackupSummary> {
  const splitter = new LineSplitter();
  const verifier = new BackupStreamVerifier(onRow);
  for await (const piece of pieces) for (const line of splitter.push(piece)) verifier.line(line);
  for (const line of splitter.end()) verifier.line(line);
  return verifier.finish();
}

/**
 * Writes a streamed backup: the header, then rows through `row`, then `end()` for the trailer. Each
 * call answers the text to append (with its line feed), so the caller decides how to batch it.
 */
export class BackupStreamEncoder {
  private readonly hash = new Fnv1a32();
  private readonly counts: Record<string, number> = {};

  constructor(private readonly header: BackupHeader) {
    for (const table of header.tables) this.counts[table] = 0;
  }

  start(): string {
    return `${encodeHeader(this.header)}\n`;
  }

  row(table: string, row: unknown): string {
    const count = this.counts[table];
    if (count === undefined) throw new Error(`No table "${table}" in the backup header`);
    this.counts[table] = count + 1;
    const line = encodeRow(table, row);
    this.hash.updateLine(line);
    return `${line}\n`;
  }

  end(): string {
    return `${encodeTrailer({ end: true, counts: { ...this.counts }, checksum: this.hash.digest() })}\n`;
  }
}
