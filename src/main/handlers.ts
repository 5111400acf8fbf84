import { basename, extname, join } from 'node:path';
import type { AppInfo, SaveTextFileInput, SaveTextFileResult } from '@shared/ipc/contract';
import type { BackupService } from './backups/backup-service';
import type { ChannelHandlers } from './ipc';
import { exportPdf, type RenderPdf } from './pdf-export';

export interface SaveDialogOptions {
  readonly title: string;
  readonly defaultPath: string;
  readonly filters: { name: string; extensions: string[] }[];
}

export interface SaveDialogAnswer {
  readonly canceled: boolean;
  readonly filePath?: string;
}

/** Everything the handlers need from Electron and the file system, passed in so tests can stub it. */
export interface HandlerDependencies<E> {
  readonly getAppInfo: () => AppInfo;
  /** Folder the save dialog opens in (the user's documents). */
  readonly defaultSaveDir: () => string;
  /** Shows the save dialog, attached to the window that asked when there is one. */
  readonly showSaveDialog: (event: E, options: SaveDialogOptions) => Promise<SaveDialogAnswer>;
  readonly writeTextFile: (path: string, text: string) => Promise<void>;
  /** Renders a print route to PDF bytes (Electron: a hidden window and printToPDF). */
  readonly renderPdf: RenderPdf;
  /** Replaces `path` whole or not at all (temporary file in the same folder, then rename). */
  readonly writeFileAtomic: (path: string, data: Uint8Array) => Promise<void>;
  /** Automatic backups and streamed backup files (src/main/backups). */
  readonly backups: BackupService;
  /** A folder dialog for the backups; null when cancelled. */
  readonly showFolderDialog: (event: E) => Promise<string | null>;
  /** The renderer's database changed (the schedule backs it up at its next tick). */
  readonly markChanged: () => void;
}

/** A filter for the file's own extension first, so the dialog keeps it, then "All files". */
export function buildSaveFilters(fileName: string): SaveDialogOptions['filters'] {
  const extension = extname(fileName).slice(1);
  const allFiles = { name: 'All files', extensions: ['*'] };
  return extension === ''
    ? [allFiles]
    : [{ name: `${extension.toUpperCase()} file`, extensions: [extension] }, allFiles];
}

async function saveTextFile<E>(
  deps: HandlerDependencies<E>,
  input: SaveTextFileInput,
  event: E,
): Promise<SaveTextFileResult> {
  const answer = await deps.showSaveDialog(event, {
    title: 'Save file',
    // basename again: the contract already forbids separators; this keeps the dialog in its folder.
    defaultPath: join(deps.defaultSaveDir(), basename(input.suggestedName)),
    filters: buildSaveFilters(input.suggestedName),
  });
  if (answer.canceled || !answer.filePath) return { isSaved: false };
  await deps.writeTextFile(answer.filePath, input.text);
  return { isSaved: true, path: answer.filePath };
}

/** The main process's handler for every channel of the contract. */
export function createHandlers<E>(deps: HandlerDependencies<E>): ChannelHandlers<E> {
  return {
    'app:info': () => Promise.resolve(deps.getAppInfo()),
    'file:saveText': (input, event) => saveTextFile(deps, input, event),
    'pdf:export': (input, event) => exportPdf(deps, input, event),
    ...createBackupHandlers(deps),
  };
}

type BackupChannel = Extract<keyof ChannelHandlers<unknown>, `backup:${string}`>;

/** The backup channels: streams in and out, the list, the folder, and "something changed". */
function createBackupHandlers<E>(deps: HandlerDependencies<E>): Pick<ChannelHandlers<E>, BackupChannel> {
  const { backups } = deps;
  return {
    'backup:begin': async ({ target }, event) => {
      if (target.kind === 'folder') return { streamId: await backups.begin(target) };
      const answer = await deps.showSaveDialog(event, {
        title: 'Save a backup',
        defaultPath: join(deps.defaultSaveDir(), basename(target.suggestedName)),
        filters: buildSaveFilters(target.suggestedName),
      });
      if (answer.canceled || !answer.filePath) return { streamId: null };
      return { streamId: await backups.begin({ kind: 'file', path: answer.filePath }) };
    },
    'backup:chunk': async ({ streamId, text }) => {
      await backups.chunk(streamId, text);
      return null;
    },
    'backup:finish': ({ streamId }) => backups.finish(streamId),
    'backup:abort': async ({ streamId, error, isRetrying }) => {
      await backups.abort(streamId, error, isRetrying);
      return null;
    },
    'backup:list': () => backups.list(),
    'backup:read': ({ id, offset }) => backups.read(id, offset),
    'backup:status': () => backups.getStatus(),
    'backup:chooseFolder': async (_input, event) => {
      const folder = await deps.showFolderDialog(event);
      return folder === null ? backups.getStatus() : backups.setFolder(folder);
    },
    'backup:markChanged': () => {
      deps.markChanged();
      return Promise.resolve(null);
    },
  };
}
