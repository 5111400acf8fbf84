import { join } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-protocol';

/**
 * The command-line and environment switches of the shell, and which of them a packaged app honours
 * (docs/decisions/009-hardened-shell.md).
 */

/** Opens the app on the old file:// origin, where data from before the app:// origin lives. */
export const FILE_ORIGIN_SWITCH = '--file-origin';

/**
 * Chromium and Node switches that open the app to a debugger. A packaged app refuses to start with
 * them (the fuses already make Node ignore --inspect; Chromium's remote debugging has no fuse).
 */
const DEBUG_SWITCHES = [
  '--remote-debugging-port',
  '--remote-debugging-pipe',
  '--remote-debugging-address',
  '--remote-allow-origins',
  '--inspect',
  '--inspect-brk',
  '--inspect-port',
  '--js-flags',
] as const;

function switchName(argument: string): string {
  const equals = argument.indexOf('=');
  return equals === -1 ? argument : argument.slice(0, equals);
}

/** The debugging switches in `argv` that a packaged app refuses; none when not packaged. */
export function findRefusedSwitches(argv: readonly string[], isPackaged: boolean): string[] {
  if (!isPackaged) return [];
  const refused = new Set<string>(DEBUG_SWITCHES);
  return argv.map(switchName).filter((name) => refused.has(name));
}

/**
 * Where Chromium keeps an origin's IndexedDB in the profile (userData): `<scheme>_<host>_<port>`,
 * port 0 when the URL has none; file:// is `file__0`. This is Chromium's own layout, read only to
 * tell whether data exists; nothing here writes to it.
 */
export function indexedDbFolder(userData: string, origin: 'app' | 'file'): string {
  const identifier = origin === 'file' ? 'file__0' : `${APP_SCHEME}_${APP_HOST}_0`;
  return join(userData, 'IndexedDB', `${identifier}.indexeddb.leveldb`);
}

export interface OriginChoiceInput {
  readonly argv: readonly string[];
  /** Whether the profile holds IndexedDB data of the file:// origin (an install from before app://). */
  readonly hasFileOriginData: boolean;
  /** Whether it holds IndexedDB data of the app:// origin. */
  readonly hasAppOriginData: boolean;
}

/**
 * Which origin the app opens on. app:// unless asked for file:// with FILE_ORIGIN_SWITCH, or the
 * profile has data under file:// and none under app://: that coach keeps their data (IndexedDB is
 * per origin) until a migration exists.
 */
export function chooseRendererOrigin(input: OriginChoiceInput): 'app' | 'file' {
  if (input.argv.includes(FILE_ORIGIN_SWITCH)) return 'file';
  return input.hasFileOriginData && !input.hasAppOriginData ? 'file' : 'app';
}
