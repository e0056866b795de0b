import { runsUnderPolicy, servedWithHeaders } from './csp';
import { richestChapter, test } from './site';

// The CSP at run time on one page of each kind is checked in the main run with axe, on the same
// load (tests/e2e/a11y.spec.ts). Under a base path, the richest chapter: the headers' rules
// rebased, its lazy chunks fetched under the base.
test(`@base /chapters/${richestChapter}/: strict CSP in <meta> and as the _headers header, and no violation`, async ({ page, baseURL }) => {
  const violations = await servedWithHeaders(page, baseURL!);
  await runsUnderPolicy(page, await page.goto(`chapters/${richestChapter}/`), violations);
});
