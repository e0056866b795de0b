/// <reference types="vitest/config" />
// The unit tests that exercise the content guard and the number logic: what `npm run test:mutation`
// (Stryker, tests/stryker.config.mjs) runs against each mutant. The build and rendering tests are
// left out: they test other code and would make every mutant take minutes.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/{content-guard,guard-*,numbers,schemas,article,text,chart-config,model}.test.ts'],
    testTimeout: 60_000,
  },
}, { root: new URL('../', import.meta.url).pathname, logLevel: 'warn' } as never);
