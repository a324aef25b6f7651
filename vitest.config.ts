import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/browser-check.ts', 'test/model-cache-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // vitest's default is one worker fewer than the cores, so one worker on a two-core machine. Much of the suite
    // waits on sockets, child processes and the browser rather than on the CPU: two workers there ran it in 176 to
    // 279 s instead of 335 s (2 cores, all 215 files, six runs), and more cores keep vitest's default.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
