import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataDirArgument } from '../../../src/main/data-dir';

const cwd = resolve('/home/coach');
const electron = ['/usr/lib/electron', '.'];

describe('parseDataDirArgument', () => {
  it.each([
    ['no switch', [], { kind: 'default' }],
    [
      'a relative folder',
      ['--data-dir', 'coach-data'],
      { kind: 'portable', dataDir: resolve(cwd, 'coach-data') },
    ],
    [
      'a ./ folder',
      ['--data-dir', './coach-data'],
      { kind: 'portable', dataDir: resolve(cwd, 'coach-data') },
    ],
    [
      'an absolute folder',
      ['--data-dir', '/media/usb/data'],
      { kind: 'portable', dataDir: resolve('/media/usb/data') },
    ],
    ['the = form', ['--data-dir=../shared'], { kind: 'portable', dataDir: resolve(cwd, '../shared') }],
    [
      'other switches around it',
      ['--inspect', '--data-dir', 'd', '--verbose'],
      { kind: 'portable', dataDir: resolve(cwd, 'd') },
    ],
    ['a look-alike switch', ['--data-directory', 'd'], { kind: 'default' }],
  ])('reads %s', (_label, args, expected) => {
    expect(parseDataDirArgument([...electron, ...args], cwd)).toEqual(expected);
  });

  it.each([
    ['no value at the end', ['--data-dir']],
    ['another switch as the value', ['--data-dir', '--inspect']],
    ['an empty = value', ['--data-dir=']],
    ['a blank value', ['--data-dir', '   ']],
    ['the switch twice', ['--data-dir', 'a', '--data-dir=b']],
  ])('refuses %s', (_label, args) => {
    const choice = parseDataDirArgument([...electron, ...args], cwd);
    expect(choice.kind).toBe('invalid');
    expect(choice).toMatchObject({ message: expect.stringContaining('--data-dir') as unknown });
  });
});
