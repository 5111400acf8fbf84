/** Colour and glyph per recovery-phase code (0 none, 1 acute, 2 regeneration, 3 adaptation, 4 unknown): never colour alone. */
export const PHASE_STYLES = [
  {
    key: 'phaseNone',
    background: 'var(--mantine-color-gray-1)',
    colour: 'var(--mantine-color-gray-6)',
    glyph: '·',
  },
  { key: 'phaseAcute', background: 'var(--mantine-color-red-6)', colour: 'white', glyph: 'A' },
  {
    key: 'phaseRegeneration',
    background: 'var(--mantine-color-yellow-4)',
    colour: 'var(--mantine-color-dark-7)',
    glyph: 'R',
  },
  {
    key: 'phaseAdaptation',
    background: 'var(--mantine-color-teal-1)',
    colour: 'var(--mantine-color-teal-9)',
    glyph: '✓',
  },
  {
    key: 'phaseUnknown',
    background:
      'repeating-linear-gradient(45deg, var(--mantine-color-gray-2) 0 4px, var(--mantine-color-gray-0) 4px 8px)',
    colour: 'var(--mantine-color-gray-7)',
    glyph: '?',
  },
] as const;

export function phaseStyle(code: number): (typeof PHASE_STYLES)[number] {
  return PHASE_STYLES[code] ?? PHASE_STYLES[0];
}
