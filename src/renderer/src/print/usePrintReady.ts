import { useEffect, useRef, type RefObject } from 'react';
import { PRINT_ERROR_ATTRIBUTE, PRINT_READY_ATTRIBUTE } from '@shared/print';
import { fitSheets } from './fit-sheets';
import type { PrintPlanState } from './usePrintPlan';

/** The weights of Inter the print route uses (bundled with @fontsource/inter, never fetched from the network). */
const FONT_FACES = ['400 10px Inter', '600 10px Inter', '700 10px Inter'] as const;
/** How long to wait for the charts to draw before printing anyway. */
const CHART_TIMEOUT_MS = 5_000;
/** A chart of the print route: drawn when it has bars, or says it has nothing to draw. */
export const PRINT_CHART_ATTRIBUTE = 'data-print-chart';

async function loadFonts(): Promise<void> {
  await Promise.all(FONT_FACES.map((face) => document.fonts.load(face)));
  await document.fonts.ready;
}

function isChartDrawn(chart: Element): boolean {
  return (
    chart.getAttribute(PRINT_CHART_ATTRIBUTE) === 'empty' ||
    chart.querySelector('.recharts-bar-rectangle') !== null
  );
}

/** Resolves once every chart in `container` has drawn (checked every frame), or after the timeout. */
function chartsDrawn(container: HTMLElement): Promise<void> {
  const started = performance.now();
  return new Promise((resolve) => {
    const check = () => {
      const charts = [...container.querySelectorAll(`[${PRINT_CHART_ATTRIBUTE}]`)];
      if (charts.every(isChartDrawn) || performance.now() - started > CHART_TIMEOUT_MS) resolve();
      else requestAnimationFrame(check);
    };
    check();
  });
}

/**
 * Tells whoever prints that the route is drawn: PRINT_READY_ATTRIBUTE once the plan is on the page,
 * the fonts are loaded, the charts drawn and every sheet fits its page; PRINT_ERROR_ATTRIBUTE with
 * the message when there is nothing to print. With `isAutoPrint` (the browser host's `?autoprint=1`)
 * it then opens the print dialog, once.
 */
export function usePrintReady(
  state: PrintPlanState,
  containerRef: RefObject<HTMLElement | null>,
  isAutoPrint: boolean,
): void {
  const hasPrinted = useRef(false);
  useEffect(() => {
    const root = document.documentElement;
    if (state.status === 'error') {
      root.setAttribute(PRINT_ERROR_ATTRIBUTE, state.message);
      return () => root.removeAttribute(PRINT_ERROR_ATTRIBUTE);
    }
    if (state.status === 'loading') return undefined;
    let isCurrent = true;
    // A function, so the checks after each await read the flag as it is then.
    const isStale = () => !isCurrent;
    const prepare = async () => {
      await loadFonts();
      const container = containerRef.current;
      if (isStale() || !container) return;
      await chartsDrawn(container);
      if (isStale()) return;
      fitSheets(container);
      root.setAttribute(PRINT_READY_ATTRIBUTE, 'true');
      if (isAutoPrint && !hasPrinted.current) {
        hasPrinted.current = true;
        window.print();
      }
    };
    prepare().catch((error: unknown) => {
      root.setAttribute(PRINT_ERROR_ATTRIBUTE, error instanceof Error ? error.message : String(error));
    });
    return () => {
      isCurrent = false;
      root.removeAttribute(PRINT_READY_ATTRIBUTE);
    };
  }, [state, containerRef, isAutoPrint]);
}
