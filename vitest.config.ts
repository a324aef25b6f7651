import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/browser-check.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
