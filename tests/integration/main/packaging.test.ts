import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

/*
 * The packaging config (electron-builder.json) cannot be run here (no Electron binary to package),
 * so what can be checked is checked: every fuse is set as decided in
 * docs/decisions/009-hardened-shell.md, and no code that ships in the app needs a fuse that is off.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));

const BuilderConfigSchema = z.object({
  asar: z.literal(true),
  files: z.array(z.string()),
  electronFuses: z.object({
    runAsNode: z.boolean(),
    enableCookieEncryption: z.boolean(),
    enableNodeOptionsEnvironmentVariable: z.boolean(),
    enableNodeCliInspectArguments: z.boolean(),
    enableEmbeddedAsarIntegrityValidation: z.boolean(),
    onlyLoadAppFromAsar: z.boolean(),
    loadBrowserProcessSpecificV8Snapshot: z.boolean(),
    grantFileProtocolExtraPrivileges: z.boolean(),
  }),
});

const config = BuilderConfigSchema.parse(
  JSON.parse(readFileSync(join(root, 'electron-builder.json'), 'utf8')),
);

describe('electron-builder.json', () => {
  it('sets the fuses the way Signal and Bitwarden do', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('keeps file:// privileges while the old file:// origin can still be opened', () => {
    // Module scripts on file:// pages need them; see FILE_ORIGIN_SWITCH and decision 008.
    expect(config.electronFuses.grantFileProtocolExtraPrivileges).toBe(true);
    expect(readFileSync(join(root, 'src/main/shell-switches.ts'), 'utf8')).toContain('FILE_ORIGIN_SWITCH');
  });

  it('packs the built app into app.asar without the bench page or source maps', () => {
    expect(config.files).toEqual(
      expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**']),
    );
    expect(config.files).toContain('!out/renderer/bench.html');
    expect(config.files).toContain('!**/*.map');
  });
});

function listSources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory()
      ? listSources(path)
      : /\.(ts|tsx|js|mjs|cjs)$/.test(name)
        ? [path]
        : [];
  });
}

/** What needs a fuse that is off: RunAsNode (fork, child Node processes), NODE_OPTIONS, inspect. */
const NEEDS_A_DISABLED_FUSE: readonly { readonly pattern: RegExp; readonly fuse: string }[] = [
  { pattern: /ELECTRON_RUN_AS_NODE/, fuse: 'runAsNode' },
  { pattern: /['"](node:)?child_process['"]/, fuse: 'runAsNode (fork and execPath children)' },
  { pattern: /process\.execPath/, fuse: 'runAsNode' },
  { pattern: /NODE_OPTIONS/, fuse: 'enableNodeOptionsEnvironmentVariable' },
  { pattern: /execArgv/, fuse: 'enableNodeCliInspectArguments' },
  { pattern: /['"](node:)?inspector['"]/, fuse: 'enableNodeCliInspectArguments' },
  { pattern: /--inspect/, fuse: 'enableNodeCliInspectArguments' },
];

/** shell-switches.ts names --inspect to refuse it; that is the one allowed mention. */
const ALLOWED = new Set(['src/main/shell-switches.ts:--inspect']);

describe('the code that ships in the app', () => {
  const files = [...listSources(join(root, 'src/main')), ...listSources(join(root, 'src/preload'))];

  it('is found (main and preload)', () => {
    expect(files.map((file) => relative(root, file).replaceAll('\\', '/'))).toEqual(
      expect.arrayContaining(['src/main/index.ts', 'src/preload/index.ts']),
    );
  });

  it('needs no fuse that is off', () => {
    const uses = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const name = relative(root, file).replaceAll('\\', '/');
      return NEEDS_A_DISABLED_FUSE.filter(({ pattern }) => pattern.test(text))
        .filter(({ pattern }) => !ALLOWED.has(`${name}:${pattern.source}`))
        .map(({ pattern, fuse }) => `${name} uses ${pattern.source} (needs ${fuse})`);
    });
    expect(uses).toEqual([]);
  });

  it('would be caught using one', () => {
    const sample = "import { fork } from 'node:child_process'; fork(process.execPath, ['--inspect']);";
    expect(NEEDS_A_DISABLED_FUSE.filter(({ pattern }) => pattern.test(sample)).length).toBeGreaterThanOrEqual(
      3,
    );
  });
});
