import { describe, expect, it } from 'vitest';
import { READINESS_RULE_IDS, READINESS_STATUSES, RECOVERY_PHASES } from '@shared/metrics';
import { WELLNESS_ITEMS } from '@shared/model';
import { readinessTexts } from '../../../src/renderer/src/features/readiness/texts';
import { settingsTexts } from '../../../src/renderer/src/features/settings/texts';
import { THRESHOLD_SECTION_IDS } from '../../../src/renderer/src/features/readiness/thresholds';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe.each([
  ['readiness', readinessTexts],
  ['settings', settingsTexts],
] as const)('%s texts', (_name, bundle) => {
  const en: Record<string, string> = bundle.en;
  const nl: Record<string, string> = bundle.nl;

  it('has the same keys, none empty, and the same {{placeholders}} in English and Dutch', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    expect([...Object.entries(en), ...Object.entries(nl)].filter(([, text]) => text.trim() === '')).toEqual(
      [],
    );
    const mismatched = Object.keys(en).filter(
      (key) => placeholders(en[key] ?? '').join() !== placeholders(nl[key] ?? '').join(),
    );
    expect(mismatched).toEqual([]);
  });
});

describe('readiness texts', () => {
  const en: Record<string, string> = readinessTexts.en;
  const nl: Record<string, string> = readinessTexts.nl;
  const has = (key: string) => Boolean(en[key]?.trim()) && Boolean(nl[key]?.trim());

  it('names every status, phase and wellness item', () => {
    expect(READINESS_STATUSES.filter((status) => !has(`status_${status}`))).toEqual([]);
    expect(RECOVERY_PHASES.filter((phase) => !has(`phase_${phase}`) || !has(`phaseInline_${phase}`))).toEqual(
      [],
    );
    expect(WELLNESS_ITEMS.filter((item) => !has(`item_${item}`))).toEqual([]);
  });

  it('has a name, a sentence and a definition for every rule', () => {
    const hasSentence = (ruleId: string) => has(`rule_${ruleId}`) || has(`rule_${ruleId}_other`);
    const missing = READINESS_RULE_IDS.filter(
      (ruleId) => !has(`name_${ruleId}`) || !hasSentence(ruleId) || !has(`definition_${ruleId}`),
    );
    expect(missing).toEqual([]);
  });

  it('uses clear, distinct status words', () => {
    expect(en.status_green).toBe('Ready');
    expect(en.status_red).toBe('Not ready');
    expect(nl.status_amber).toBe('Opletten');
    const words = READINESS_STATUSES.map((status) => nl[`status_${status}`]);
    expect(new Set(words).size).toBe(words.length);
  });

  it('titles every threshold group on the settings page', () => {
    const settingsEn: Record<string, string> = settingsTexts.en;
    expect(THRESHOLD_SECTION_IDS.filter((id) => !settingsEn[`section_${id}`])).toEqual([]);
  });
});
