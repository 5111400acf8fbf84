import type { Page } from '@playwright/test';
import type { PrintToPDFMargins, PrintToPDFOptions } from 'electron';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  buildPdfTemplates,
  escapeHtml,
  MM_PER_INCH,
  PdfLabelsSchema,
  PLAN_PDF_PAGE,
  toElectronPrintToPdfOptions,
  toPlaywrightPdfOptions,
  type ElectronPrintToPdfOptions,
  type PdfLabels,
  type PlaywrightPdfOptions,
} from '@shared/print';

type PlaywrightPdfParameter = NonNullable<Parameters<Page['pdf']>[0]>;

/** Keys of T that U does not have: a misspelt option would be ignored by an all-optional type. */
type KeysNotIn<T, U> = Exclude<keyof T, keyof U>;

const labels: PdfLabels = {
  header: 'U19 · Season 2026–27',
  footerLeft: 'Exported 21 Nov 2026',
  pageOf: 'Page {page} of {pages}',
};

describe('buildPdfTemplates', () => {
  it('puts the header text in the header and both footer texts in the footer', () => {
    const { headerTemplate, footerTemplate } = buildPdfTemplates(labels);
    expect(headerTemplate).toContain('>U19 · Season 2026–27<');
    expect(footerTemplate).toContain('>Exported 21 Nov 2026<');
    expect(footerTemplate).toContain(
      'Page <span class="pageNumber"></span> of <span class="totalPages"></span>',
    );
    expect(headerTemplate).not.toContain('pageNumber');
  });

  it('keeps the translation’s word order for page x of y', () => {
    const { footerTemplate } = buildPdfTemplates({ ...labels, pageOf: '{pages} pagina’s, dit is {page}' });
    expect(footerTemplate).toContain(
      '<span class="totalPages"></span> pagina’s, dit is <span class="pageNumber"></span>',
    );
  });

  it('escapes HTML in every label', () => {
    const { headerTemplate, footerTemplate } = buildPdfTemplates({
      header: '<img src=x onerror="alert(1)"> & Co',
      footerLeft: "<script>alert('x')</script>",
      pageOf: '<b>{page}</b>/{pages}',
    });
    expect(headerTemplate).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; Co');
    expect(footerTemplate).toContain('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;');
    expect(footerTemplate).toContain('&lt;b&gt;<span class="pageNumber"></span>&lt;/b&gt;/');
    expect(`${headerTemplate}${footerTemplate}`).not.toMatch(/<(img|script|b)\b/);
  });

  it('styles inline with a readable size and printed colours (Chromium loads no stylesheet there)', () => {
    for (const template of Object.values(buildPdfTemplates(labels))) {
      expect(template).toMatch(/font-size:[89]px/);
      expect(template).toContain('-webkit-print-color-adjust:exact');
      expect(template).not.toMatch(/<link|<style|url\(/);
    }
  });
});

describe('escapeHtml', () => {
  it('escapes the five special characters and nothing else', () => {
    expect(escapeHtml(`a&b<c>d"e'f · é`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f · é');
  });
});

describe('PdfLabelsSchema', () => {
  it('accepts the labels', () => {
    expect(PdfLabelsSchema.parse(labels)).toEqual(labels);
  });

  it.each([
    ['pageOf without {pages}', { pageOf: 'Page {page}' }],
    ['pageOf without {page}', { pageOf: '{pages} pages' }],
    ['a header too long', { header: 'x'.repeat(201) }],
    ['a footer too long', { footerLeft: 'x'.repeat(201) }],
    ['a missing header', { header: undefined }],
  ])('refuses %s', (_name, change) => {
    expect(PdfLabelsSchema.safeParse({ ...labels, ...change }).success).toBe(false);
  });
});

describe('the page options for Playwright and Electron', () => {
  const playwright = toPlaywrightPdfOptions(labels);
  const electron = toElectronPrintToPdfOptions(labels);

  it('are A4 landscape with backgrounds, header and footer', () => {
    expect(playwright).toMatchObject({
      format: 'A4',
      landscape: true,
      printBackground: true,
      displayHeaderFooter: true,
      preferCSSPageSize: false,
    });
    expect(electron).toMatchObject({
      pageSize: 'A4',
      landscape: true,
      printBackground: true,
      displayHeaderFooter: true,
      preferCSSPageSize: false,
    });
  });

  it('have the same margins, in millimetres for Playwright and inches for Electron', () => {
    expect(playwright.margin).toEqual({ top: '14mm', right: '10mm', bottom: '12mm', left: '10mm' });
    for (const side of ['top', 'right', 'bottom', 'left'] as const) {
      const mm = Number(/^(\d+(?:\.\d+)?)mm$/.exec(playwright.margin[side])?.[1]);
      expect(mm).toBe(PLAN_PDF_PAGE.marginsMm[side]);
      expect(electron.margins[side] * MM_PER_INCH).toBeCloseTo(mm, 2);
    }
    expect(electron.margins.top).toBeCloseTo(0.5512, 4);
  });

  it('have the same header and footer', () => {
    expect(electron.headerTemplate).toBe(playwright.headerTemplate);
    expect(electron.footerTemplate).toBe(playwright.footerTemplate);
    expect(electron).toMatchObject(buildPdfTemplates(labels));
  });

  it('fit the real Electron and Playwright option types (checked when the tests compile)', () => {
    expectTypeOf<ElectronPrintToPdfOptions>().toExtend<PrintToPDFOptions>();
    expectTypeOf<PlaywrightPdfOptions>().toExtend<PlaywrightPdfParameter>();
    expectTypeOf<KeysNotIn<ElectronPrintToPdfOptions, PrintToPDFOptions>>().toBeNever();
    expectTypeOf<KeysNotIn<ElectronPrintToPdfOptions['margins'], PrintToPDFMargins>>().toBeNever();
    expectTypeOf<KeysNotIn<PlaywrightPdfOptions, PlaywrightPdfParameter>>().toBeNever();
    expectTypeOf<
      KeysNotIn<PlaywrightPdfOptions['margin'], NonNullable<PlaywrightPdfParameter['margin']>>
    >().toBeNever();
  });
});
