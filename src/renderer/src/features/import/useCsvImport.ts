import { useState } from 'react';
import {
  detectCsvKind,
  parseSessionsCsv,
  parseWellnessCsv,
  type CsvKind,
  type CsvParseResult,
  type ParsedSessionRow,
  type ParsedWellnessRow,
} from '@shared/csv';
import type { RosterResolver } from '../../db/athlete-names';
import { createRosterResolver } from '../../db/athlete-names';
import { appDb } from '../../db/app-db';
import { listAthletes } from '../../db';

export type ParsedFile =
  | { kind: 'sessions'; fileName: string; result: CsvParseResult<ParsedSessionRow> }
  | { kind: 'wellness'; fileName: string; result: CsvParseResult<ParsedWellnessRow> };

/** Reads a chosen file, parses it with the shared importer and matches its names to the roster. */
export function useCsvImport() {
  const [parsed, setParsed] = useState<ParsedFile | null>(null);
  const [resolver, setResolver] = useState<RosterResolver | null>(null);
  const [text, setText] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');

  async function parse(kind: CsvKind, fileText: string, name: string) {
    const athletes = await listAthletes(appDb, { includeArchived: true });
    setResolver(createRosterResolver(athletes));
    setParsed(
      kind === 'sessions'
        ? { kind, fileName: name, result: parseSessionsCsv(fileText) }
        : { kind, fileName: name, result: parseWellnessCsv(fileText) },
    );
  }

  /** Loads a file; the kind comes from its header when it can be told, else from the coach's choice. */
  async function loadFile(file: File, chosenKind: CsvKind): Promise<CsvKind> {
    const fileText = await file.text();
    const kind = detectCsvKind(fileText) ?? chosenKind;
    setText(fileText);
    setFileName(file.name);
    await parse(kind, fileText, file.name);
    return kind;
  }

  async function changeKind(kind: CsvKind) {
    if (text !== null) await parse(kind, text, fileName);
  }

  function reset() {
    setParsed(null);
    setText(null);
    setFileName('');
  }

  return { parsed, resolver, loadFile, changeKind, reset };
}
