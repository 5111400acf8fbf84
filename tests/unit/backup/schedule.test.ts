import { describe, expect, it, vi } from 'vitest';
import { createBackupScheduler, type BackupReason } from '@shared/backup';

function fakeTimers() {
  let tick: (() => void) | null = null;
  return {
    timers: {
      setInterval: (callback: () => void) => {
        tick = callback;
        return 1;
      },
      clearInterval: () => {
        tick = null;
      },
    },
    fire: () => tick?.(),
    isRunning: () => tick !== null,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setUp(run: (reason: BackupReason) => Promise<void> = () => Promise.resolve()) {
  const clock = fakeTimers();
  const runs: BackupReason[] = [];
  const onError = vi.fn();
  const scheduler = createBackupScheduler({
    intervalMs: 900_000,
    timers: clock.timers,
    run: (reason) => {
      runs.push(reason);
      return run(reason);
    },
    onError,
  });
  return { clock, runs, onError, scheduler };
}

describe('createBackupScheduler', () => {
  it('backs up at start, then only on ticks after a change', async () => {
    const { clock, runs, scheduler } = setUp();
    scheduler.start();
    await settle();
    expect(runs).toEqual(['start']);
    clock.fire();
    await settle();
    expect(runs).toEqual(['start']);
    scheduler.markChanged();
    clock.fire();
    await settle();
    expect(runs).toEqual(['start', 'interval']);
    clock.fire();
    await settle();
    expect(runs).toEqual(['start', 'interval']);
  });

  it('reports a failed run and tries again at the next tick', async () => {
    let shouldFail = true;
    const { clock, runs, onError, scheduler } = setUp(() =>
      shouldFail ? Promise.reject(new Error('EACCES: permission denied')) : Promise.resolve(),
    );
    scheduler.start();
    await settle();
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'EACCES: permission denied' }),
      'start',
    );
    expect(scheduler.hasChanges).toBe(true);
    shouldFail = false;
    clock.fire();
    await settle();
    expect(runs).toEqual(['start', 'interval']);
    expect(scheduler.hasChanges).toBe(false);
  });

  it('runs one backup at a time: a tick during a run does not start a second', async () => {
    let finish: () => void = () => undefined;
    const { clock, runs, scheduler } = setUp(() => new Promise<void>((resolve) => (finish = resolve)));
    scheduler.start();
    await settle();
    scheduler.markChanged();
    clock.fire();
    await settle();
    expect(runs).toEqual(['start']);
    finish();
    await settle();
    clock.fire();
    await settle();
    expect(runs).toEqual(['start', 'interval']);
  });

  it('runNow rejects with the failure (and reports it), and stop ends the ticks', async () => {
    const { clock, onError, scheduler } = setUp(() => Promise.reject(new Error('disk full')));
    scheduler.start();
    await settle();
    await expect(scheduler.runNow('quit')).rejects.toThrow('disk full');
    expect(onError).toHaveBeenLastCalledWith(expect.any(Error), 'quit');
    scheduler.stop();
    expect(clock.isRunning()).toBe(false);
  });
});
