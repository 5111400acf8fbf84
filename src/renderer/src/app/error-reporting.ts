import { readRecoveredReason, RECOVERED_PARAM, type RendererGoneReason } from '@shared/shell';
import { errorText } from './error-text';

/**
 * Chromium reports a ResizeObserver that could not deliver every change in one frame as a window
 * 'error'; it is harmless (charts and Mantine resize again next frame) and not the coach's concern.
 */
const HARMLESS_ERRORS = [/ResizeObserver loop/i];

/** The part of `window` the reporting listens on; typed for stubs in tests. */
export interface ErrorEventTarget {
  addEventListener(type: 'error', listener: (event: { error?: unknown; message?: string }) => void): void;
  addEventListener(type: 'unhandledrejection', listener: (event: { reason?: unknown }) => void): void;
  removeEventListener(type: 'error', listener: (event: { error?: unknown; message?: string }) => void): void;
  removeEventListener(type: 'unhandledrejection', listener: (event: { reason?: unknown }) => void): void;
}

/**
 * Calls `report` with a one-line description of every uncaught error and unhandled promise
 * rejection on `target` (the window), except harmless browser noise. Returns the uninstaller.
 */
export function installErrorReporting(
  target: ErrorEventTarget,
  report: (message: string) => void,
): () => void {
  const onError = (event: { error?: unknown; message?: string }): void => {
    const message = event.error === undefined ? (event.message ?? '') : errorText(event.error);
    if (HARMLESS_ERRORS.some((pattern) => pattern.test(message))) return;
    report(message);
  };
  const onRejection = (event: { reason?: unknown }): void => report(errorText(event.reason));
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}

/** The shell texts' key for each reason Electron gives (src/shared/shell). */
export const REASON_TEXT_KEYS = {
  crashed: 'reasonCrashed',
  oom: 'reasonOom',
  killed: 'reasonKilled',
  'abnormal-exit': 'reasonAbnormalExit',
  'launch-failed': 'reasonLaunchFailed',
  'integrity-failure': 'reasonIntegrityFailure',
  'memory-eviction': 'reasonMemoryEviction',
  'clean-exit': 'reasonCleanExit',
} as const satisfies Record<RendererGoneReason, string>;

/** The address without `?recovered=…` (main adds it to a reopened window), keeping other parameters and the route. */
export function withoutRecoveredParam(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(RECOVERED_PARAM);
  return url.href;
}

/** The reason this page was reopened after a renderer crash, read once when the page starts. */
export const RECOVERED_REASON: RendererGoneReason | null =
  typeof window === 'undefined' ? null : readRecoveredReason(window.location.search);
