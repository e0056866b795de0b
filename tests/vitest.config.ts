/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 120_000,
    // Both cores (vitest's default leaves one free, which on a 2-core machine is half of it).
    maxWorkers: 2,
    // The test files share their modules within a worker (the checked content is loaded once, not
    // once a file): 36 → 25 s on two cores. No test here mocks a module or keeps global state.
    isolate: false,
  },
}, { root: new URL('../', import.meta.url).pathname, logLevel: 'warn' } as never);
