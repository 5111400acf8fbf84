import { z } from 'zod';
import { IdSchema } from '../model/common';

/** What to print: a whole season's plan, one training block, or one athlete's season report. */
export const PrintRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('season'), seasonId: IdSchema }),
  z.object({ kind: z.literal('block'), blockId: IdSchema }),
  z.object({ kind: z.literal('athlete'), athleteId: IdSchema, seasonId: IdSchema }),
]);
export type PrintRequest = z.infer<typeof PrintRequestSchema>;

/**
 * Query parameter the browser host appends (`?autoprint=1`): the print route then calls
 * window.print() once, after it is drawn. Electron never sets it; it prints with printToPDF.
 */
export const AUTO_PRINT_PARAM = 'autoprint';

/**
 * Attribute the print route sets to "true" on document.documentElement once everything is drawn
 * (data loaded, charts without animation, fonts loaded). Whoever prints waits for it.
 */
export const PRINT_READY_ATTRIBUTE = 'data-print-ready';

/** Attribute the print route sets, with a message, when it cannot draw; the printer fails fast. */
export const PRINT_ERROR_ATTRIBUTE = 'data-print-error';

/**
 * The hash-router path of the print route for a request, ids URI-encoded:
 * `/print/season/<seasonId>`, `/print/block/<blockId>`, `/print/athlete/<athleteId>/<seasonId>`.
 */
export function printRoutePath(request: PrintRequest): string {
  const segment = encodeURIComponent;
  switch (request.kind) {
    case 'season':
      return `/print/season/${segment(request.seasonId)}`;
    case 'block':
      return `/print/block/${segment(request.blockId)}`;
    case 'athlete':
      return `/print/athlete/${segment(request.athleteId)}/${segment(request.seasonId)}`;
  }
}
