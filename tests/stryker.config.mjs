// Mutation testing of the content guard and the number logic: npm run test:mutation.
// Stryker 9.6 with the vitest runner (10.x needs Node 22). It mutates the guard's rules and the
// reading of the article's numbers, runs the unit tests that cover each mutant
// (tests/vitest.mutation.config.ts), and fails below the break threshold.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tests/vitest.mutation.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/lib/guard/**/*.ts', 'src/lib/article/numbers.ts', '!src/lib/guard/model.ts'],
  coverageAnalysis: 'perTest',
  thresholds: { high: 95, low: 90, break: 90 },
  concurrency: 2,
  // Incremental: the results of the last full run are committed (tests/stryker-incremental.json);
  // a run tests again only the mutants whose code or covering tests changed since, so that CI
  // stays within its time. \`npm run test:mutation -- --force\` runs every mutant.
  incremental: true,
  incrementalFile: 'tests/stryker-incremental.json',
  timeoutMS: 30_000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: '.mutation-report/index.html' },
  jsonReporter: { fileName: '.mutation-report/report.json' },
  ignorePatterns: ['dist', 'dist-*', 'test-results', 'bench-results', '.astro', '.stryker-tmp', '.mutation-report'],
};
