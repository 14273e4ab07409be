import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    // Generous: a desk's setup hashes passwords with scrypt, which a loaded 2-core CI machine can
    // slow tenfold. A timeout here is a hang detector, never a speed assertion.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
