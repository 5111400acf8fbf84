import { describe, expect, it } from 'vitest';
import { buildRecoveryUrl, createRendererRecovery } from '../../../src/main/renderer-recovery';
import { readRecoveredReason } from '../../../src/shared/shell';

describe('createRendererRecovery', () => {
  it('reloads up to 3 times within a minute, then gives up', () => {
    let now = 0;
    const recovery = createRendererRecovery({ maxReloads: 3, periodMs: 60_000 }, () => now);
    const decisions = [0, 10_000, 20_000, 30_000].map((at) => {
      now = at;
      return recovery.decide('crashed').action;
    });
    expect(decisions).toEqual(['reload', 'reload', 'reload', 'give-up']);
  });

  it('reloads again once the oldest reload is a minute old', () => {
    let now = 0;
    const recovery = createRendererRecovery({ maxReloads: 3, periodMs: 60_000 }, () => now);
    for (const at of [0, 1_000, 2_000]) {
      now = at;
      recovery.decide('oom');
    }
    now = 59_999;
    expect(recovery.decide('oom')).toEqual({ action: 'give-up', reloadsInPeriod: 3 });
    now = 60_000;
    expect(recovery.decide('oom')).toEqual({ action: 'reload' });
  });

  it('does nothing for a window that closed normally', () => {
    expect(createRendererRecovery().decide('clean-exit')).toEqual({ action: 'none' });
  });
});

describe('buildRecoveryUrl', () => {
  const isOwn = (url: string) => url.startsWith('app://coach-dashboard/');

  it('keeps the route and adds the reason', () => {
    expect(
      buildRecoveryUrl(
        'app://coach-dashboard/index.html#/athletes/a1',
        'app://coach-dashboard/index.html',
        'oom',
        isOwn,
      ),
    ).toBe('app://coach-dashboard/index.html?recovered=oom#/athletes/a1');
  });

  it('replaces an earlier reason rather than adding a second one', () => {
    expect(
      buildRecoveryUrl('app://coach-dashboard/index.html?recovered=oom#/today', 'app://x/', 'crashed', isOwn),
    ).toBe('app://coach-dashboard/index.html?recovered=crashed#/today');
  });

  it('falls back to the start page for an address that is not the app', () => {
    expect(buildRecoveryUrl('', 'app://coach-dashboard/index.html', 'killed', isOwn)).toBe(
      'app://coach-dashboard/index.html?recovered=killed',
    );
    expect(
      buildRecoveryUrl('https://evil.example/#/x', 'app://coach-dashboard/index.html', 'killed', isOwn),
    ).toBe('app://coach-dashboard/index.html?recovered=killed');
  });
});

describe('readRecoveredReason', () => {
  it('reads the reason main put in the query', () => {
    expect(readRecoveredReason('?recovered=oom')).toBe('oom');
    expect(readRecoveredReason('?a=1&recovered=killed')).toBe('killed');
  });

  it('answers null without the parameter and "crashed" for an unknown reason', () => {
    expect(readRecoveredReason('')).toBeNull();
    expect(readRecoveredReason('?as-of=2026-01-01')).toBeNull();
    expect(readRecoveredReason('?recovered=<script>')).toBe('crashed');
  });
});
