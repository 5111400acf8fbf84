import { describe, expect, it } from 'vitest';
import { commonTexts } from '../../../src/renderer/src/i18n/common-texts';
import { welcomeTexts } from '../../../src/renderer/src/features/welcome/texts';
import { athletesTexts } from '../../../src/renderer/src/features/athletes/texts';
import { logTexts } from '../../../src/renderer/src/features/log/texts';
import { importTexts } from '../../../src/renderer/src/features/import/texts';
import { settingsTexts } from '../../../src/renderer/src/features/settings/texts';

const BUNDLES = { commonTexts, welcomeTexts, athletesTexts, logTexts, importTexts, settingsTexts };
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
