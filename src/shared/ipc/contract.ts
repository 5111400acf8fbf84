import { z } from 'zod';
import { BackupCountsSchema } from '../backup/format';
import { PdfLabelsSchema } from '../print/pdf-page';
import { PrintRequestSchema } from '../print/print-request';

/**
 * The host contract: every channel between the renderer and the main process, with zod schemas for
 * its input and output (ARCHITECTURE.md, "The host contract"). Main registers one handler per channel
 * (a missing handler fails to compile) and checks both the sender and the payload at runtime.
 */

export const AppInfoSchema = z.object({
  version: z.string(),
  /** Folder that holds the database, backups and exports. */
  dataDir: z.string(),
  isPortable: z.boolean(),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

/** A file name the save dialog offers: no folder, nothing Windows forbids in a name. */
const FileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^/\\:*?"<>|]+$/, 'A file name without folder separators');

export const SaveTextFileInputSchema = z.object({
  suggestedName: FileNameSchema,
  text: z.string().max(200_000_000),
  mimeType: z.string().max(100),
});
export type SaveTextFileInput = z.infer<typeof SaveTextFileInputSchema>;

export const SaveTextFileResultSchema = z.object({
  isSaved: z.boolean(),
  path: z.string().optional(),
});
export type SaveTextFileResult = z.infer<typeof SaveTextFileResultSchema>;

/** A print route to save as PDF (Electron renders it in a hidden window; see src/shared/print). */
export const ExportPdfInputSchema = z.object({
  request: PrintRequestSchema,
  suggestedName: FileNameSchema.regex(/.\.pdf$/i, 'A file name ending in .pdf'),
  labels: PdfLabelsSchema,
});
export type ExportPdfInput = z.infer<typeof ExportPdfInputSchema>;

export const ExportPdfResultSchema = z.object({
  isSaved: z.boolean(),
  path: z.string().optional(),
});
export type ExportPdfResult = z.infer<typeof ExportPdfResultSchema>;

/** The name of an automatic backup file: what `backup:read` accepts, so no path can be named. */
export const BackupIdSchema = z
  .string()
  .regex(/^coach-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(-[0-9a-f]{4})?\.ndjson$/);

/** One automatic backup, as the list in Settings shows it. */
export const BackupEntrySchema = z.object({
  id: BackupIdSchema,
  createdAt: z.iso.datetime({ offset: true }),
  sizeBytes: z.number().int().min(0),
  counts: BackupCountsSchema,
});
export type BackupEntry = z.infer<typeof BackupEntrySchema>;

/** The last automatic (or "back up now") backup: when, and whether it worked. */
export const BackupResultSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  ok: z.boolean(),
  reason: z.enum(['start', 'interval', 'quit', 'manual']),
  entry: BackupEntrySchema.optional(),
  /** Why it failed (English, technical); the screen says it in the coach's language. */
  error: z.string().max(500).optional(),
});
export type BackupResult = z.infer<typeof BackupResultSchema>;

export const BackupStatusSchema = z.object({
  /** Where the backups go; null in the browser, which keeps them in its own storage. */
  folder: z.string().nullable(),
  isDefaultFolder: z.boolean(),
  lastResult: BackupResultSchema.nullable(),
});
export type BackupStatus = z.infer<typeof BackupStatusSchema>;

/** Where a backup stream goes: the automatic backups' folder, or a file the coach names in a dialog. */
export const BackupBeginInputSchema = z.object({
  target: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('folder'), reason: BackupResultSchema.shape.reason }),
    z.object({ kind: z.literal('file'), suggestedName: FileNameSchema }),
  ]),
});
export type BackupBeginInput = z.infer<typeof BackupBeginInputSchema>;

const StreamIdSchema = z.string().regex(/^[0-9a-f]{16}$/);

/** One piece of a backup stream: whole lines, at most 16 MB of text. */
export const BackupChunkInputSchema = z.object({
  streamId: StreamIdSchema,
  text: z.string().max(16_000_000),
});

export const BackupFinishResultSchema = z.object({
  /** The automatic backup written (target 'folder'). */
  entry: BackupEntrySchema.optional(),
  /** The file written (target 'file'). */
  path: z.string().optional(),
});
export type BackupFinishResult = z.infer<typeof BackupFinishResultSchema>;

/** A piece of a stored backup, cut at a line end; `nextOffset` null at the end of the file. */
export const BackupReadResultSchema = z.object({
  text: z.string(),
  nextOffset: z.number().int().min(0).nullable(),
});

export const contract = {
  'app:info': { input: z.undefined(), output: AppInfoSchema },
  'file:saveText': { input: SaveTextFileInputSchema, output: SaveTextFileResultSchema },
  'pdf:export': { input: ExportPdfInputSchema, output: ExportPdfResultSchema },
  /** Opens a backup stream; `streamId` null when the coach cancelled the save dialog. */
  'backup:begin': {
    input: BackupBeginInputSchema,
    output: z.object({ streamId: StreamIdSchema.nullable() }),
  },
  'backup:chunk': { input: BackupChunkInputSchema, output: z.null() },
  /** Closes, syncs, renames and re-reads the stream; rotates the folder only after that check. */
  'backup:finish': { input: z.object({ streamId: StreamIdSchema }), output: BackupFinishResultSchema },
  /** The renderer could not produce the backup: the temporary file goes, the failure is recorded. */
  'backup:abort': {
    input: z.object({
      streamId: StreamIdSchema,
      error: z.string().max(500),
      /** The renderer starts again at once (the data changed while it was read): not a failure yet. */
      isRetrying: z.boolean().default(false),
    }),
    output: z.null(),
  },
  'backup:list': { input: z.undefined(), output: z.array(BackupEntrySchema) },
  'backup:read': {
    input: z.object({ id: BackupIdSchema, offset: z.number().int().min(0) }),
    output: BackupReadResultSchema,
  },
  'backup:status': { input: z.undefined(), output: BackupStatusSchema },
  /** A folder dialog; the choice is kept for the next start. */
  'backup:chooseFolder': { input: z.undefined(), output: BackupStatusSchema },
  /** The database changed: the next 15-minute tick backs it up. */
  'backup:markChanged': { input: z.undefined(), output: z.null() },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

/** What every handler answers over IPC. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string };

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** Name of the object the preload exposes on `window`. */
export const HOST_BRIDGE_KEY = 'coachHost';

/**
 * Messages main sends to the renderer (webContents.send): main asks for a backup stream, or tells
 * the renderer that the backup status changed (a failure included).
 */
export const hostEvents = {
  'backup:requested': z.object({ reason: BackupResultSchema.shape.reason }),
  'backup:statusChanged': BackupStatusSchema,
} as const satisfies Record<string, z.ZodType>;

export type HostEvent = keyof typeof hostEvents;
export type HostEventPayload<E extends HostEvent> = z.output<(typeof hostEvents)[E]>;

/** The object the preload exposes: a typed `invoke`, and `on` for main's few messages. */
export interface HostBridge {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<IpcResult<ChannelOutput<C>>>;
  /** Listens to one of main's messages (payload not yet checked); answers a function that stops. */
  on(event: HostEvent, listener: (payload: unknown) => void): () => void;
}
