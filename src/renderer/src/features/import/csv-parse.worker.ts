import { parseCsvOfKind, type CsvParseRequest } from './parse-csv-of-kind';

// A dedicated worker: parse the file off the UI thread and send the report back.
addEventListener('message', (event: MessageEvent<CsvParseRequest>) => {
  postMessage(parseCsvOfKind(event.data));
});
