import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const alias = { '@shared': resolve('src/shared') };

/**
 * `electron-vite build --mode bench` (what `npm run bench` and the e2e build run) adds bench.html,
 * the page that drives the benchmarks and seeds test data; it can fill or wipe the database, so a
 * plain build (the one that is packaged) does not contain it.
 */
export const BENCH_MODE = 'bench';

/** The renderer's pages: the app, and the bench page in bench mode only. */
export function rendererInputs(mode: string): Record<string, string> {
  const app = { index: resolve('src/renderer/index.html') };
  return mode === BENCH_MODE ? { ...app, bench: resolve('src/renderer/bench.html') } : app;
}

export default defineConfig(({ mode }) => ({
  main: {
    resolve: { alias },
    build: { outDir: 'out/main', rollupOptions: { input: { index: resolve('src/main/index.ts') } } },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be a single CommonJS file.
      rollupOptions: { input: { index: resolve('src/preload/index.ts') }, output: { format: 'cjs' } },
    },
  },
  renderer: {
    root: 'src/renderer',
    base: './',
    resolve: { alias },
    plugins: [react()],
    // Module workers (the CSV parser), chunked like the app itself.
    worker: { format: 'es' },
    build: {
      outDir: 'out/renderer',
      rollupOptions: {
        input: rendererInputs(mode),
        // zod ships comments Rollup cannot place; harmless, and they drown the warnings that matter.
        onwarn(warning, warn) {
          if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
        },
      },
    },
  },
}));
