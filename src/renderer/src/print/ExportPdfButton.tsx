import { useState } from 'react';
import { Button, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { PdfLabels, PrintRequest } from '@shared/print';
import { getHost } from '../host';
import { errorText } from '../app/error-text';

export interface ExportPdfButtonProps {
  request: PrintRequest;
  /** A file name ending in .pdf (usePdfLabels builds one). */
  suggestedName: string;
  /** The PDF's header, footer and "page x of y", built from the print texts by usePdfLabels. */
  labels: PdfLabels;
  /** The button's text; "Export PDF" by default. */
  label?: string;
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
}

/**
 * Exports a plan as PDF through the host: Electron asks where to save and says where it went; the
 * browser opens the print route in a new tab with its print dialog ("Save as PDF").
 */
export function ExportPdfButton({
  request,
  suggestedName,
  labels,
  label,
  variant = 'default',
  size,
}: ExportPdfButtonProps) {
  const { t } = useTranslation('print');
  const [isExporting, setIsExporting] = useState(false);

  async function handleExport() {
    const host = getHost();
    // Called before any await: the browser opens the print tab only within the click.
    const exporting = host.exportPdf({ request, suggestedName, labels });
    setIsExporting(true);
    try {
      const result = await exporting;
      if (result.isSaved && result.path !== undefined) {
        notifications.show({
          color: 'green',
          title: t('exportSavedTitle'),
          message: t('exportSavedTo', { path: result.path }),
        });
      } else if (host.kind === 'browser') {
        notifications.show({ title: t('exportPrintTitle'), message: t('exportPrintTab') });
      }
    } catch (error) {
      notifications.show({ color: 'red', title: t('exportFailedTitle'), message: errorText(error) });
    } finally {
      setIsExporting(false);
    }
  }

  return (
    <Button variant={variant} size={size} loading={isExporting} onClick={() => void handleExport()}>
      {label ?? t('exportPdf')}
    </Button>
  );
}
