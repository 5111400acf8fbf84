// The headless entry: `npm run cli -- metrics …` (FORMATS.md). Node only; the work is in src/shared.
import { readFileSync } from 'node:fs';
import { fromDayNumber } from '@shared/time/local-date';
import { main } from './main';
import type { CommandIo } from './metrics-command';

/** The local calendar date of `now` on this machine. */
function todayLocalDate(now: Date): string {
  return fromDayNumber(Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000));
}

const processIo: CommandIo = {
  readText: (path) => readFileSync(path, 'utf8'),
  writeOut: (text) => process.stdout.write(text),
  writeError: (text) => process.stderr.write(text),
  today: () => todayLocalDate(new Date()),
};

// `metrics … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = main(process.argv.slice(2), processIo);
