import { basename, join } from 'node:path';
import type { ExportPdfInput, ExportPdfResult } from '@shared/ipc/contract';
import { printRoutePath, toElectronPrintToPdfOptions, type ElectronPrintToPdfOptions } from '@shared/print';
import type { HandlerDependencies } from './handlers';

/** Draws the print route at `routePath` (a hash-router path) and returns the PDF's bytes. */
export type RenderPdf = (routePath: string, options: ElectronPrintToPdfOptions) => Promise<Uint8Array>;

/** What the PDF export needs from Electron and the file system. */
export type PdfExportDependencies<E> = Pick<
  HandlerDependencies<E>,
  'defaultSaveDir' | 'showSaveDialog' | 'renderPdf' | 'writeFileAtomic'
>;

const PDF_FILTERS = [{ name: 'PDF document', extensions: ['pdf'] }];

/**
 * Asks where to save first (a cancelled dialog renders nothing), then renders the print route with
 * the page options defined once in src/shared/print, and writes the bytes atomically, so an
 * existing PDF at that path is either replaced whole or left as it was.
 */
export async function exportPdf<E>(
  deps: PdfExportDependencies<E>,
  input: ExportPdfInput,
  event: E,
): Promise<ExportPdfResult> {
  const answer = await deps.showSaveDialog(event, {
    title: 'Export PDF',
    // basename again: the contract already forbids separators; this keeps the dialog in its folder.
    defaultPath: join(deps.defaultSaveDir(), basename(input.suggestedName)),
    filters: PDF_FILTERS,
  });
  if (answer.canceled || !answer.filePath) return { isSaved: false };
  const bytes = await deps.renderPdf(
    printRoutePath(input.request),
    toElectronPrintToPdfOptions(input.labels),
  );
  await deps.writeFileAtomic(answer.filePath, bytes);
  return { isSaved: true, path: answer.filePath };
}
