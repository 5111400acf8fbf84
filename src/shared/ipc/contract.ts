import { z } from 'zod';
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

export const contract = {
  'app:info': { input: z.undefined(), output: AppInfoSchema },
  'file:saveText': { input: SaveTextFileInputSchema, output: SaveTextFileResultSchema },
  'pdf:export': { input: ExportPdfInputSchema, output: ExportPdfResultSchema },
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

/** The one object the preload exposes: a single typed `invoke`. */
export interface HostBridge {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<IpcResult<ChannelOutput<C>>>;
}
