import { describe, expect, it } from 'vitest';
import { TEXT_BUNDLES } from '../../../src/renderer/src/i18n';

// Every namespace the app registers, so a new feature's texts are checked without editing this file.
const BUNDLES: Record<string, { en: Record<string, string>; nl: Record<string, string> }> = TEXT_BUNDLES;
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe.each(Object.entries(BUNDLES))('%s', (_name, bundle) => {
  const en: Record<string, string> = bundle.en;
  const nl: Record<string, string> = bundle.nl;

  it('has a non-empty Dutch text for every English one', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    expect(Object.entries(nl).filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it('uses the same {{placeholders}} in both languages', () => {
    const mismatched = Object.keys(en).filter(
      (key) => placeholders(en[key] ?? '').join() !== placeholders(nl[key] ?? '').join(),
    );
    expect(mismatched).toEqual([]);
  });
});
