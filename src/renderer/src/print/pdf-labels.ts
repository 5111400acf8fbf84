import type { Language } from '@shared/model';
import type { PdfLabels } from '@shared/print';
import { formatDate } from '../i18n/format';
import type { printTexts } from './texts';

type PrintTextKey = keyof typeof printTexts.en;
/** i18next's `t` in the print namespace, or any function that fills the same texts. */
export type PrintTranslate = (key: PrintTextKey, values?: Record<string, string>) => string;

/** Who and what a PDF is about: its header, footer and file name are built from this. */
export interface PdfSubject {
  squadName: string;
  seasonName: string;
  /** For one athlete's plan. */
  athleteName?: string;
  /** The export date, `YYYY-MM-DD`. */
  exportDate: string;
}

/** Characters no file name may hold (the host contract refuses them). */
const FORBIDDEN_IN_FILE_NAME = /[/\\:*?"<>|]+/g;

/**
 * The PDF's header ("U19 · Season 2026–27", with the athlete for an athlete plan), footer ("Exported
 * Tue 3 Mar 2026") and "Page {page} of {pages}", in the coach's language.
 */
export function buildPdfLabels(
  translate: PrintTranslate,
  language: Language,
  subject: PdfSubject,
): PdfLabels {
  const names = { squad: subject.squadName, season: subject.seasonName };
  return {
    header:
      subject.athleteName === undefined
        ? translate('pdfHeader', names)
        : translate('pdfHeaderAthlete', { ...names, athlete: subject.athleteName }),
    footerLeft: translate('pdfFooter', { date: formatDate(subject.exportDate, language) }),
    pageOf: translate('pageOf'),
  };
}

/** "U19 – Season 2026 – plan.pdf": a file name the save dialog can offer as it is. */
export function buildPdfFileName(translate: PrintTranslate, subject: Omit<PdfSubject, 'exportDate'>): string {
  const parts = [subject.athleteName, subject.squadName, subject.seasonName].filter(
    (part): part is string => part !== undefined && part.trim() !== '',
  );
  const name = translate('fileName', { subject: parts.join(' – ') });
  return name.replace(FORBIDDEN_IN_FILE_NAME, '-').trim();
}
