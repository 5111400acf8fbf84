import { describe, expect, it } from 'vitest';
import config, { BENCH_MODE, rendererInputs } from '../../../electron.vite.config';

/** The renderer's pages in the config electron-vite resolves for `mode`. */
function renderedPages(mode: string): string[] {
  if (typeof config !== 'function') throw new Error('The config is expected to depend on the mode');
  const resolved = config({ mode, command: 'build' });
  if (resolved instanceof Promise) throw new Error('The config is expected to be synchronous');
  const input = resolved.renderer?.build?.rollupOptions?.input;
  if (typeof input !== 'object' || Array.isArray(input)) throw new Error('Renderer input is not a map');
  return Object.keys(input).sort();
}

describe('the renderer build', () => {
  it('a plain (production) build has the app page only, no bench.html', () => {
    expect(renderedPages('production')).toEqual(['index']);
    expect(Object.values(rendererInputs('production')).some((path) => path.endsWith('bench.html'))).toBe(
      false,
    );
  });

  it('the bench build adds bench.html', () => {
    expect(renderedPages(BENCH_MODE)).toEqual(['bench', 'index']);
    expect(rendererInputs(BENCH_MODE).bench).toMatch(/[/\\]src[/\\]renderer[/\\]bench\.html$/);
  });
});
