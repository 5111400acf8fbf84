import { useState } from 'react';
import type { CsvKind } from '@shared/csv';
import { todayLocalDate } from '../../i18n/format';
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
  const [file, setFile] = useState<File | null>(null);

  async function parse(chosen: File, kind: CsvKind, isKindFromHeader: boolean): Promise<CsvKind> {
    const athletes = await listAthletes(appDb, { includeArchived: true });
    const parsedFile = await parseCsvOffThread({
      file: chosen,
      kind,
      isKindFromHeader,
      today: todayLocalDate(),
    });
    setResolver(createRosterResolver(athletes));
    setParsed({ ...parsedFile, fileName: chosen.name });
    return parsedFile.kind;
  }

  /**
   * Loads a file; the kind comes from its header when it can be told, else from the coach's choice.
   * The worker reads the file: the header first, the rest only when the header can be imported.
   */
  async function loadFile(chosen: File, chosenKind: CsvKind): Promise<CsvKind> {
    setFile(chosen);
    return parse(chosen, chosenKind, true);
  }

  async function changeKind(kind: CsvKind) {
    if (file !== null) await parse(file, kind, false);
  }

  function reset() {
    setParsed(null);
    setFile(null);
  }

  return { parsed, resolver, loadFile, changeKind, reset };
}
