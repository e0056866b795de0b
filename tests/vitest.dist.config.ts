// The static sweeps over the built site (tests/dist/): run after `npm run build`, no browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
