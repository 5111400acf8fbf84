import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'src/shared') } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    // Property tests run hundreds of cases; on a busy 2-core machine 5 s is not enough. A hang still fails.
    testTimeout: 20_000,
  },
});
