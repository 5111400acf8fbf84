import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PdfLabels } from '@shared/print';
import { useLanguage } from '../features/readiness/useLanguage';
import { todayLocalDate } from '../i18n/format';
import { buildPdfFileName, buildPdfLabels, type PdfSubject, type PrintTranslate } from './pdf-labels';

/**
 * The labels (header, footer, "page x of y") and the suggested file name of a plan's PDF, in the
 * coach's language, exported today: what ExportPdfButton takes.
 */
export function usePdfLabels(subject: Omit<PdfSubject, 'exportDate'>): {
  labels: PdfLabels;
  suggestedName: string;
} {
  const { t } = useTranslation('print');
  const language = useLanguage();
  const { squadName, seasonName, athleteName } = subject;
  return useMemo(() => {
    const translate: PrintTranslate = (key, values) => t(key, values ?? {});
    const names = { squadName, seasonName, ...(athleteName === undefined ? {} : { athleteName }) };
    return {
      labels: buildPdfLabels(translate, language, { ...names, exportDate: todayLocalDate() }),
      suggestedName: buildPdfFileName(translate, names),
    };
  }, [t, language, squadName, seasonName, athleteName]);
}
