import { RECOVERED_PARAM } from '@shared/shell';

/** At most `maxReloads` reloads within any `periodMs`: a window that keeps crashing is not reloaded in a loop. */
export interface RecoveryPolicy {
  readonly maxReloads: number;
  readonly periodMs: number;
}

export const DEFAULT_RECOVERY_POLICY: RecoveryPolicy = { maxReloads: 3, periodMs: 60_000 };

export type RecoveryDecision =
  | { readonly action: 'reload' }
  | { readonly action: 'give-up'; readonly reloadsInPeriod: number }
  | { readonly action: 'none' };

/**
 * Decides what main does when a window's renderer process goes away (Electron's
 * 'render-process-gone'). 'clean-exit' is the window closing normally: nothing to do. Otherwise
 * reload, unless the window was already reloaded `maxReloads` times in the last `periodMs`.
 */
export function createRendererRecovery(
  policy: RecoveryPolicy = DEFAULT_RECOVERY_POLICY,
  now: () => number = Date.now,
): { decide(reason: string): RecoveryDecision } {
  let reloads: number[] = [];
  return {
    decide(reason) {
      if (reason === 'clean-exit') return { action: 'none' };
      const at = now();
      reloads = reloads.filter((time) => at - time < policy.periodMs);
      if (reloads.length >= policy.maxReloads) return { action: 'give-up', reloadsInPeriod: reloads.length };
      reloads.push(at);
      return { action: 'reload' };
    },
  };
}

/**
 * The page to reload: the address the window showed (same route), with `?recovered=<reason>` so the
 * page can say what happened; `fallbackUrl` when that address is not the app's own.
 */
export function buildRecoveryUrl(
  lastUrl: string,
  fallbackUrl: string,
  reason: string,
  isAppUrl: (url: string) => boolean,
): string {
  let url: URL;
  try {
    url = new URL(isAppUrl(lastUrl) ? lastUrl : fallbackUrl);
  } catch {
    url = new URL(fallbackUrl);
  }
  url.searchParams.set(RECOVERED_PARAM, reason);
  return url.href;
}

/** The message main shows when it stops reloading. */
export function describeGiveUp(reason: string, reloadsInPeriod: number): string {
  return (
    `The app's window stopped unexpectedly (${reason}) again, after being reopened ${reloadsInPeriod} ` +
    'times in the last minute. Nothing saved was lost. Close the app and open it again.'
  );
}
