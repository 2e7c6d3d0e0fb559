import { defineConfig } from 'vitest/config';

/**
 * Two projects run the same integration suite: on the embedded PGlite (default,
 * `npm test`) and on real PostgreSQL (`npm run test:pg`, DATABASE_URL set by .ci/run).
 * Pure unit tests run once, in the PGlite project.
 */
export default defineConfig({
  test: {
    // Vitest runs one worker on a 2-core machine by default (CPUs − 1); the integration files wait on
    // ffmpeg, the face engine and the database often enough that two keep both cores busy.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'pglite',
          include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/authz/**/*.test.ts'],
          env: { XUNKAO_TEST_DB: 'pglite' },
          globalSetup: ['test/support/pglite-template.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'postgres',
          // Only on real PostgreSQL: several server processes sharing one database (test/postgres).
          include: ['test/integration/**/*.test.ts', 'test/authz/**/*.test.ts', 'test/postgres/**/*.test.ts'],
          env: { XUNKAO_TEST_DB: 'postgres' },
          globalSetup: ['test/support/postgres-template.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
    ],
  },
});
