/// <reference types="vitest/config" />
// The unit tests Stryker runs against each mutant (npm run test:mutation): every unit test that
// reaches a mutated file, computed from the imports (tests/tools/mutation-scope.mjs), so that no
// covering test is left out and no missing file is named; LEFT_OUT there says which are not, and why.
import { getViteConfig } from 'astro/config';
import { mutationTests } from './tools/mutation-scope.mjs';

const root = new URL('../', import.meta.url).pathname;

export default getViteConfig({
  test: {
    include: mutationTests(root),
    testTimeout: 60_000,
  },
}, { root, logLevel: 'warn' } as never);
