import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const alias = { '@shared': resolve('src/shared') };

export default defineConfig({
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
        // bench.html is the page `npm run bench` drives; nothing in the app links to it.
        input: { index: resolve('src/renderer/index.html'), bench: resolve('src/renderer/bench.html') },
        // zod ships comments Rollup cannot place; harmless, and they drown the warnings that matter.
        onwarn(warning, warn) {
          if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
        },
      },
    },
  },
});
