import { parseCsvFileRequest, type CsvFileRequest } from './parse-csv-of-kind';

// A dedicated worker: read and parse the file off the UI thread and send the report back.
addEventListener('message', (event: MessageEvent<CsvFileRequest>) => {
  void parseCsvFileRequest(event.data).then((parsed) => postMessage(parsed));
});
