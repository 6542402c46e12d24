import { defineConfig } from 'vitest/config';

// Unit + API tests. Each API test file starts the real app on its own fresh database
// (SQLite by default, PostgreSQL when DATABASE_URL is a postgres:// URL: see test/support/run-pg.ts).
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/api/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    setupFiles: ['test/support/audit-key.ts'],
  },
});
