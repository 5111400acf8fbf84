import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTempPath, writeFileAtomic } from '../../../src/main/write-file-atomic';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'coach-atomic-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Every byte value, so an encoding step would show. */
const bytes = Uint8Array.from({ length: 512 }, (_, index) => index % 256);

describe('writeFileAtomic', () => {
  it('writes the bytes exactly and leaves no temporary file', async () => {
    const target = join(folder, 'plan.pdf');
    await writeFileAtomic(target, bytes);
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
    expect(await readdir(folder)).toEqual(['plan.pdf']);
  });

  it('replaces an existing file whole', async () => {
    const target = join(folder, 'plan.pdf');
    await writeFile(target, 'an older, longer export that must not show through at the end');
    await writeFileAtomic(target, '%PDF-1.7');
    await expect(readFile(target, 'utf8')).resolves.toBe('%PDF-1.7');
    expect(await readdir(folder)).toEqual(['plan.pdf']);
  });

  it('removes the temporary file and changes nothing else when the rename fails', async () => {
    // A folder where the file should go: the bytes get written, the rename over it fails.
    const target = join(folder, 'plan.pdf');
    await mkdir(target);
    await writeFile(join(target, 'inside.txt'), 'keep me');
    await writeFile(join(folder, 'other.pdf'), 'other');
    await expect(writeFileAtomic(target, bytes)).rejects.toThrow();
    expect((await readdir(folder)).sort()).toEqual(['other.pdf', 'plan.pdf']);
    expect(await readdir(target)).toEqual(['inside.txt']);
    await expect(readFile(join(target, 'inside.txt'), 'utf8')).resolves.toBe('keep me');
    await expect(readFile(join(folder, 'other.pdf'), 'utf8')).resolves.toBe('other');
  });

  it('fails without leaving anything when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(folder, 'missing', 'plan.pdf'), bytes)).rejects.toThrow(/ENOENT/);
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('buildTempPath', () => {
  it('names a hidden file in the same folder, different on every call', () => {
    const target = join(folder, 'plan.pdf');
    const first = buildTempPath(target);
    expect(dirname(first)).toBe(folder);
    expect(basename(first)).toMatch(/^\.plan\.pdf\.[0-9a-f]{12}\.tmp$/);
    expect(buildTempPath(target)).not.toBe(first);
  });
});
