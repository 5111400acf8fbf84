import { describe, expect, it } from 'vitest';
import {
  AUTO_PRINT_PARAM,
  PRINT_ERROR_ATTRIBUTE,
  PRINT_READY_ATTRIBUTE,
  PrintRequestSchema,
  printRoutePath,
  type PrintRequest,
} from '@shared/print';

describe('printRoutePath', () => {
  it.each<[string, PrintRequest, string]>([
    ['a season', { kind: 'season', seasonId: 'season-2026' }, '/print/season/season-2026'],
    ['a block', { kind: 'block', blockId: 'b1' }, '/print/block/b1'],
    ['an athlete', { kind: 'athlete', athleteId: 'a7', seasonId: 's2' }, '/print/athlete/a7/s2'],
  ])('gives the hash route of %s', (_name, request, path) => {
    expect(printRoutePath(request)).toBe(path);
  });

  it('encodes ids, so none can add a segment, a query or a hash', () => {
    expect(printRoutePath({ kind: 'season', seasonId: 'U19/2026 #1?x=é' })).toBe(
      '/print/season/U19%2F2026%20%231%3Fx%3D%C3%A9',
    );
    expect(printRoutePath({ kind: 'athlete', athleteId: '../a', seasonId: 's&1' })).toBe(
      '/print/athlete/..%2Fa/s%261',
    );
  });
});

describe('PrintRequestSchema', () => {
  it('accepts each kind with its ids', () => {
    const request = { kind: 'athlete', athleteId: 'a1', seasonId: 's1' };
    expect(PrintRequestSchema.parse(request)).toEqual(request);
  });

  it.each([
    ['an unknown kind', { kind: 'team', teamId: 't1' }],
    ['a missing id', { kind: 'athlete', athleteId: 'a1' }],
    ['an empty id', { kind: 'block', blockId: '  ' }],
    ['an id too long', { kind: 'season', seasonId: 'x'.repeat(101) }],
    ['no kind', { seasonId: 's1' }],
  ])('refuses %s', (_name, request) => {
    expect(PrintRequestSchema.safeParse(request).success).toBe(false);
  });
});

describe('print route constants', () => {
  it('are the names the print route and its printers agree on', () => {
    expect(AUTO_PRINT_PARAM).toBe('autoprint');
    expect(PRINT_READY_ATTRIBUTE).toBe('data-print-ready');
    expect(PRINT_ERROR_ATTRIBUTE).toBe('data-print-error');
  });
});
