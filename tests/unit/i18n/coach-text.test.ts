import { describe, expect, it } from 'vitest';
import { TEXT_BUNDLES } from '../../../src/renderer/src/i18n';

/**
 * Words that name the project's own files or sources, which a coach cannot look up: cite the paper,
 * or say "product default".
 */
const INTERNAL = [/SCIENCE\.md/i, /\.md\b/i, /seed/i, /spierherstel/i];

const BUNDLES: Record<string, { en: Record<string, string>; nl: Record<string, string> }> = TEXT_BUNDLES;

/** The texts of one namespace that name an internal file or source, as `language:key → found`. */
function internalReferences(namespace: string): string[] {
  const bundle = BUNDLES[namespace];
  if (!bundle) return [`no namespace ${namespace}`];
  const hits: string[] = [];
  for (const language of ['en', 'nl'] as const) {
    for (const [key, text] of Object.entries(bundle[language])) {
      const match = INTERNAL.map((pattern) => pattern.exec(text)).find((found) => found !== null);
      if (match) hits.push(`${namespace}:${language}:${key} → “${match[0]}”`);
    }
  }
  return hits;
}

// One test per registered namespace (every bundle, EN and NL), so a failure names the feature and
// lists each offending text as namespace:language:key with the word found in it.
describe.each(Object.keys(BUNDLES))('coach-facing texts of %s', (namespace) => {
  it('never name internal files (SCIENCE.md, any .md) or the seed article “spierherstel”', () => {
    expect(internalReferences(namespace)).toEqual([]);
  });
});

describe('the scan itself', () => {
  it('covers every registered namespace and finds what it looks for', () => {
    expect(Object.keys(BUNDLES).length).toBeGreaterThan(10);
    const probe = 'Source: SCIENCE.md, the seed article “spierherstel”, see notes.md';
    expect(INTERNAL.every((pattern) => pattern.test(probe))).toBe(true);
  });
});
