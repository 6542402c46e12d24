import { defineConfig } from 'vitest/config';

// Browser journeys: playwright-core drives Debian's Chromium against the built SPA served by the real server.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks',
    setupFiles: ['test/support/audit-key.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
  },
});
