// Mutation testing of the content guard and the number logic. Run it with `npm run test:mutation`
// (tests/tools/mutation.mjs), which re-tests what changed since the committed baseline
// (tests/mutation-baseline.json) and applies the break threshold to what it ran; remake the
// baseline with `npm run mutation:baseline` (a full run). Stryker 9.6 with the vitest runner
// (10.x needs Node 22).
import { MUTATE } from './tools/mutation-scope.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tests/vitest.mutation.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: MUTATE,
  coverageAnalysis: 'perTest',
  thresholds: { high: 95, low: 90, break: 90 },
  concurrency: 2,
  timeoutMS: 30_000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: '.mutation-report/index.html' },
  jsonReporter: { fileName: '.mutation-report/report.json' },
  ignorePatterns: ['dist', 'dist-*', 'test-results', 'bench-results', '.astro', '.stryker-tmp', '.mutation-report'],
};
