import { SHEET_MAX_HEIGHT_PX } from './sheet-geometry';

/** Type is made smaller in these steps down to MIN_SCALE (10 pt × 0.7 = 7 pt), then the sheet is zoomed. */
const SCALE_STEP = 0.05;
const MIN_SCALE = 0.7;
/**
 * Steps of the search for the largest zoom that fits: a zoomed sheet is laid out wider, so fewer
 * notes wrap and the fitting zoom is larger than the first estimate (8 steps: within 0.4 %).
 */
const ZOOM_SEARCH_STEPS = 8;

/** The attribute on a sheet's content box that the fitting looks for. */
export const SHEET_CONTENT_ATTRIBUTE = 'data-sheet-content';

function heightOf(element: HTMLElement): number {
  return element.getBoundingClientRect().height;
}

/**
 * Zooms a sheet to `zoom` while keeping its full page width: laid out 1 / zoom as wide, drawn at
 * zoom, so a very busy week fills the page across rather than a corner of it.
 */
function applyZoom(content: HTMLElement, zoom: number): void {
  content.style.setProperty('width', `calc(var(--sheet-width) / ${zoom})`);
  content.style.setProperty('zoom', String(zoom));
}

/**
 * Makes every sheet fit one page: a busy week is shrunk (smaller type, then as a last resort a
 * zoom of the whole sheet), never split across pages. Needs the final fonts: run after they load.
 */
export function fitSheets(container: HTMLElement): void {
  for (const content of container.querySelectorAll<HTMLElement>(`[${SHEET_CONTENT_ATTRIBUTE}]`)) {
    for (const property of ['--print-scale', 'zoom', 'width']) content.style.removeProperty(property);
    let scale = 1;
    while (heightOf(content) > SHEET_MAX_HEIGHT_PX && scale - SCALE_STEP >= MIN_SCALE - 1e-9) {
      scale = Math.round((scale - SCALE_STEP) * 100) / 100;
      content.style.setProperty('--print-scale', String(scale));
    }
    const height = heightOf(content);
    if (height <= SHEET_MAX_HEIGHT_PX) continue;
    // At this zoom the sheet fits even laid out at its own width; the widened layout only gets shorter.
    let fits = SHEET_MAX_HEIGHT_PX / height;
    let tooBig = 1;
    for (let step = 0; step < ZOOM_SEARCH_STEPS; step += 1) {
      const zoom = (fits + tooBig) / 2;
      applyZoom(content, zoom);
      if (heightOf(content) <= SHEET_MAX_HEIGHT_PX) fits = zoom;
      else tooBig = zoom;
    }
    applyZoom(content, fits);
  }
}
