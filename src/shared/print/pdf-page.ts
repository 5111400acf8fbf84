import { z } from 'zod';

/** Millimetres in an inch: Electron takes margins in inches, Playwright in CSS units. */
export const MM_PER_INCH = 25.4;

/**
 * The plan's PDF page, defined once: A4 landscape, backgrounds printed, margins in millimetres.
 * The top and bottom margins hold Chromium's header and footer (see buildPdfTemplates); the print
 * route draws its own per-page header (block, week dates) inside the content area.
 */
export const PLAN_PDF_PAGE = {
  format: 'A4',
  landscape: true,
  printBackground: true,
  marginsMm: { top: 14, bottom: 12, left: 10, right: 10 },
} as const;

const PAGE_PLACEHOLDER = '{page}';
const PAGES_PLACEHOLDER = '{pages}';

/** The texts in the PDF's header and footer, already translated by the renderer. */
export const PdfLabelsSchema = z.object({
  /** Top left of every page, e.g. "U19 · Season 2026–27". */
  header: z.string().max(200),
  /** Bottom left of every page, e.g. "Exported 21 Nov 2026". */
  footerLeft: z.string().max(200),
  /** Bottom right, with {page} and {pages}: "Page {page} of {pages}", "Pagina {page} van {pages}". */
  pageOf: z
    .string()
    .max(100)
    .refine((text) => text.includes(PAGE_PLACEHOLDER) && text.includes(PAGES_PLACEHOLDER), {
      message: 'Expected a text with {page} and {pages}',
    }),
});
export type PdfLabels = z.infer<typeof PdfLabelsSchema>;

/** Chromium's header and footer templates: HTML rendered in the top and bottom margins. */
export interface PdfTemplates {
  readonly headerTemplate: string;
  readonly footerTemplate: string;
}

/** The subset of Playwright's `page.pdf()` options the app uses (same names, same units). */
export interface PlaywrightPdfOptions extends PdfTemplates {
  readonly format: typeof PLAN_PDF_PAGE.format;
  readonly landscape: boolean;
  readonly printBackground: boolean;
  readonly displayHeaderFooter: boolean;
  readonly preferCSSPageSize: boolean;
  /** CSS lengths, e.g. "14mm". */
  readonly margin: {
    readonly top: string;
    readonly right: string;
    readonly bottom: string;
    readonly left: string;
  };
}

/** The subset of Electron's `webContents.printToPDF()` options the app uses (same names, same units). */
export interface ElectronPrintToPdfOptions extends PdfTemplates {
  readonly pageSize: typeof PLAN_PDF_PAGE.format;
  readonly landscape: boolean;
  readonly printBackground: boolean;
  readonly displayHeaderFooter: boolean;
  readonly preferCSSPageSize: boolean;
  /** Inches. */
  readonly margins: {
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly left: number;
  };
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe to place in HTML element content or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/*
 * Header and footer templates are rendered by Chromium in their own tiny document: no stylesheets,
 * no web fonts, a default font size too small to read, and colours dropped unless asked for. So
 * everything is inline, and the side padding lines the text up with the page's content.
 */
const TEMPLATE_STYLE = [
  'box-sizing:border-box',
  'width:100%',
  `padding:0 ${PLAN_PDF_PAGE.marginsMm.right}mm 0 ${PLAN_PDF_PAGE.marginsMm.left}mm`,
  'display:flex',
  'justify-content:space-between',
  'align-items:center',
  'gap:8mm',
  "font-family:system-ui,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif",
  'font-size:9px',
  'color:#555',
  '-webkit-print-color-adjust:exact',
  'print-color-adjust:exact',
].join(';');

/** "Page {page} of {pages}" escaped, with Chromium's pageNumber and totalPages spans in place. */
function pageOfHtml(pageOf: string): string {
  return escapeHtml(pageOf)
    .replaceAll(PAGES_PLACEHOLDER, '<span class="totalPages"></span>')
    .replaceAll(PAGE_PLACEHOLDER, '<span class="pageNumber"></span>');
}

/**
 * Chromium's header (labels.header on the left) and footer (labels.footerLeft on the left, "page x
 * of y" on the right). Label text is HTML-escaped: squad names are typed by coaches.
 */
export function buildPdfTemplates(labels: PdfLabels): PdfTemplates {
  return {
    headerTemplate: `<div style="${TEMPLATE_STYLE}"><span>${escapeHtml(labels.header)}</span></div>`,
    footerTemplate:
      `<div style="${TEMPLATE_STYLE}">` +
      `<span>${escapeHtml(labels.footerLeft)}</span><span>${pageOfHtml(labels.pageOf)}</span></div>`,
  };
}

/** Millimetres to inches (÷ 25.4), rounded to 1/10,000 inch. */
export function millimetresToInches(mm: number): number {
  return Math.round((mm / MM_PER_INCH) * 10_000) / 10_000;
}

/** PLAN_PDF_PAGE with the labels, as Playwright's `page.pdf()` options (margins as "14mm"). */
export function toPlaywrightPdfOptions(labels: PdfLabels): PlaywrightPdfOptions {
  const { top, right, bottom, left } = PLAN_PDF_PAGE.marginsMm;
  return {
    format: PLAN_PDF_PAGE.format,
    landscape: PLAN_PDF_PAGE.landscape,
    printBackground: PLAN_PDF_PAGE.printBackground,
    displayHeaderFooter: true,
    preferCSSPageSize: false,
    ...buildPdfTemplates(labels),
    margin: { top: `${top}mm`, right: `${right}mm`, bottom: `${bottom}mm`, left: `${left}mm` },
  };
}

/** PLAN_PDF_PAGE with the labels, as Electron's `webContents.printToPDF()` options (margins in inches). */
export function toElectronPrintToPdfOptions(labels: PdfLabels): ElectronPrintToPdfOptions {
  const { top, right, bottom, left } = PLAN_PDF_PAGE.marginsMm;
  return {
    pageSize: PLAN_PDF_PAGE.format,
    landscape: PLAN_PDF_PAGE.landscape,
    printBackground: PLAN_PDF_PAGE.printBackground,
    displayHeaderFooter: true,
    preferCSSPageSize: false,
    ...buildPdfTemplates(labels),
    margins: {
      top: millimetresToInches(top),
      right: millimetresToInches(right),
      bottom: millimetresToInches(bottom),
      left: millimetresToInches(left),
    },
  };
}
