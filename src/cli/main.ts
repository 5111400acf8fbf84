import { parseArgs } from 'node:util';
import { InputError, runMetricsCommand, type CommandIo } from './metrics-command';

const USAGE = `Usage: npm run cli -- metrics --sessions FILE [--wellness FILE] [--as-of YYYY-MM-DD] [--daily] [--format csv|json]

  --sessions FILE   sessions.csv in the generic import format (docs/csv-import-format.md)
  --wellness FILE   wellness.csv in the same format (readiness uses it)
  --as-of DATE      the day to compute up to (default: the latest date in the input)
  --daily           one row per athlete-day from the first session, instead of one row per athlete
  --format csv|json output format (default csv)
`;

/** Exit codes: 0 done, 1 bad input (file, line, column and reason on stderr), 2 wrong usage. */
export function main(argv: readonly string[], io: CommandIo): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') {
    io.writeOut(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'metrics') {
    io.writeError(`Unknown command "${command}".\n${USAGE}`);
    return 2;
  }
  let values;
  try {
    ({ values } = parseArgs({
      args: [...rest],
      options: {
        sessions: { type: 'string' },
        wellness: { type: 'string' },
        'as-of': { type: 'string' },
        daily: { type: 'boolean', default: false },
        format: { type: 'string', default: 'csv' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.writeError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (values.sessions === undefined || (values.format !== 'csv' && values.format !== 'json')) {
    io.writeError(
      `${values.sessions === undefined ? 'Missing --sessions FILE.' : `Unknown --format "${values.format}".`}\n${USAGE}`,
    );
    return 2;
  }
  try {
    runMetricsCommand(
      {
        sessionsPath: values.sessions,
        isDaily: values.daily,
        format: values.format,
        ...(values.wellness === undefined ? {} : { wellnessPath: values.wellness }),
        ...(values['as-of'] === undefined ? {} : { asOf: values['as-of'] }),
      },
      io,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.writeError(`${error.message}\n`);
    return 1;
  }
}
