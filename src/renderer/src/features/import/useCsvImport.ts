import { useState } from 'react';
import { detectCsvKind, type CsvKind } from '@shared/csv';
import type { RosterResolver } from '../../db/athlete-names';
import { createRosterResolver } from '../../db/athlete-names';
import { appDb } from '../../db/app-db';
import { listAthletes } from '../../db';
import type { ParsedCsv } from './parse-csv-of-kind';
import { parseCsvOffThread } from './parse-off-thread';

export type ParsedFile = ParsedCsv & { fileName: string };

/** Reads a chosen file, parses it with the shared importer and matches its names to the roster. */
export function useCsvImport() {
  const [parsed, setParsed] = useState<ParsedFile | null>(null);
  const [resolver, setResolver] = useState<RosterResolver | null>(null);
  const [text, setText] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');

  async function parse(kind: CsvKind, fileText: string, name: string) {
    const athletes = await listAthletes(appDb, { includeArchived: true });
    const parsedFile = await parseCsvOffThread({ kind, text: fileText });
    setResolver(createRosterResolver(athletes));
    setParsed({ ...parsedFile, fileName: name });
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
