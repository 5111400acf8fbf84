import type { CSSProperties } from 'react';
import { PLAN_PDF_PAGE } from '@shared/print';

/** A4 in millimetres, portrait (ISO 216). */
const A4_MM = { short: 210, long: 297 } as const;
/** CSS pixels per millimetre (96 px to the inch, as Chromium prints). */
export const PX_PER_MM = 96 / 25.4;
/**
 * Room kept free at the foot of every page: Chromium rounds layout to device pixels when it paginates,
 * and a sheet that fills its page to the last pixel can push an empty page after it.
 */
const SAFETY_MM = 3;

const { marginsMm } = PLAN_PDF_PAGE;
// The long side runs across: PLAN_PDF_PAGE is landscape (this stops compiling if that changes).
const _isLandscape: true = PLAN_PDF_PAGE.landscape;
const pageWidthMm = A4_MM.long;
const pageHeightMm = A4_MM.short;

/** The printable area of a PDF page: the page less the margins that hold Chromium's header and footer. */
export const SHEET_CONTENT_MM = {
  width: pageWidthMm - marginsMm.left - marginsMm.right,
  height: pageHeightMm - marginsMm.top - marginsMm.bottom,
} as const;

/** The tallest a sheet's content may be, in CSS pixels. */
export const SHEET_MAX_HEIGHT_PX = (SHEET_CONTENT_MM.height - SAFETY_MM) * PX_PER_MM;

/** The width of a sheet's content in CSS pixels (charts are drawn at a fixed size inside it). */
export const SHEET_WIDTH_PX = SHEET_CONTENT_MM.width * PX_PER_MM;

/** The print root's custom properties: the sheet's width, and on screen the page margins as padding. */
export const SHEET_STYLE = {
  '--sheet-width': `${SHEET_CONTENT_MM.width}mm`,
  '--sheet-padding': `${marginsMm.top}mm ${marginsMm.right}mm ${marginsMm.bottom}mm ${marginsMm.left}mm`,
} as CSSProperties;
