/**
 * What the main process and the renderer agree on about the window being reopened after its
 * renderer process went away (src/main/renderer-recovery.ts): the query parameter main adds to the
 * reloaded page, and the reasons it may carry (Electron's `render-process-gone` reasons).
 */
export const RECOVERED_PARAM = 'recovered';

export const RENDERER_GONE_REASONS = [
  'crashed',
  'oom',
  'killed',
  'abnormal-exit',
  'launch-failed',
  'integrity-failure',
  'memory-eviction',
  'clean-exit',
] as const;

export type RendererGoneReason = (typeof RENDERER_GONE_REASONS)[number];

function isRendererGoneReason(value: string): value is RendererGoneReason {
  return (RENDERER_GONE_REASONS as readonly string[]).includes(value);
}

/**
 * The reason in a page's query string (`?recovered=crashed`), or null. Anything that is not one of
 * Electron's reasons answers 'crashed' only if the parameter is present: the page then still says
 * that the window was reopened, without repeating text it cannot trust.
 */
export function readRecoveredReason(search: string): RendererGoneReason | null {
  // By hand: src/shared is plain TypeScript without the DOM's URLSearchParams.
  const pair = search
    .replace(/^\?/, '')
    .split('&')
    .map((part) => part.split('='))
    .find(([name]) => name === RECOVERED_PARAM);
  if (pair === undefined) return null;
  const value = pair[1] ?? '';
  return isRendererGoneReason(value) ? value : 'crashed';
}
