import { defineConfig } from 'vitest/config';

// Browser tests: real headless Chromium (software WebGL) against the built app served by vite preview.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
