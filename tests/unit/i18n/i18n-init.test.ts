import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18nOptions, initI18n } from '../../../src/renderer/src/i18n';

afterEach(() => vi.restoreAllMocks());

describe('starting i18next', () => {
  it('prints nothing to the console (no i18next support notice or other message)', async () => {
    const calls: unknown[][] = [];
    for (const method of ['info', 'log', 'warn', 'error'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void calls.push(args));
    }
    const i18next = await initI18n('nl');
    expect(i18next.language).toBe('nl');
    expect(calls.map((args) => args.map(String).join(' '))).toEqual([]);
  });

  it('switches the support notice off in its options and starts in the language it is given', () => {
    expect(i18nOptions('nl')).toMatchObject({ lng: 'nl', showSupportNotice: false });
  });
});
