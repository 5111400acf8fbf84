import { resolve } from 'node:path';

export const DATA_DIR_SWITCH = '--data-dir';

/** Where the app keeps its data: Electron's per-user folder, or a folder named on the command line. */
export type DataDirChoice =
  | { readonly kind: 'default' }
  | { readonly kind: 'portable'; readonly dataDir: string }
  | { readonly kind: 'invalid'; readonly message: string };

function readSwitchValues(argv: readonly string[]): (string | undefined)[] {
  const values: (string | undefined)[] = [];
  argv.forEach((argument, index) => {
    if (argument === DATA_DIR_SWITCH) values.push(argv[index + 1]);
    else if (argument.startsWith(`${DATA_DIR_SWITCH}=`))
      values.push(argument.slice(DATA_DIR_SWITCH.length + 1));
  });
  return values;
}

/**
 * Reads `--data-dir DIR` (or `--data-dir=DIR`) from the process arguments, for portable installs that
 * keep the database beside the app (e.g. on a USB stick). A relative DIR is resolved against `cwd`.
 * A missing value, a value that looks like another switch, or the switch given twice is refused
 * rather than guessed at: a wrong guess would open an empty database.
 */
export function parseDataDirArgument(argv: readonly string[], cwd: string): DataDirChoice {
  const values = readSwitchValues(argv);
  if (values.length === 0) return { kind: 'default' };
  if (values.length > 1) return { kind: 'invalid', message: `${DATA_DIR_SWITCH} is given more than once.` };
  const value = values[0]?.trim() ?? '';
  if (value === '' || value.startsWith('-')) {
    return {
      kind: 'invalid',
      message: `${DATA_DIR_SWITCH} needs a folder, e.g. ${DATA_DIR_SWITCH} ./coach-data`,
    };
  }
  return { kind: 'portable', dataDir: resolve(cwd, value) };
}
