import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders, rebaseHeaders, serializeHeaders } from '../../src/lib/site/headers';

const rules = parseHeaders(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'));

describe('public/_headers', () => {
  it('sends a strict CSP and the security headers with every page', () => {
    const h = headersFor(rules, '/chapters/innovation/');
    const csp = h['Content-Security-Policy']!;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/style-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(h).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' });
    expect(h['Permissions-Policy']).toContain('camera=()');
    expect(h['Cache-Control']).toBe('public, max-age=300, must-revalidate');
  });
  it('caches hashed assets for a year, immutably', () => {
    expect(headersFor(rules, '/_astro/index.Bx1.css')['Cache-Control']).toBe('public, max-age=31536000, immutable');
  });
  it('rebases every path under a base path, and round-trips', () => {
    const rebased = rebaseHeaders(rules, '/zhuzhou/');
    expect(rebased.map((r) => r.path)).toEqual(['/zhuzhou/*', '/zhuzhou/_astro/*', '/zhuzhou/data/*']);
    expect(headersFor(rebased, '/zhuzhou/_astro/a.js')['Cache-Control']).toContain('immutable');
    expect(headersFor(rebased, '/_astro/a.js')['Cache-Control']).toBeUndefined();
    expect(parseHeaders(serializeHeaders(rebased))).toEqual(rebased);
  });
  it('refuses a header line it cannot read', () => expect(() => parseHeaders('/*\n  no colon here')).toThrow('cannot read line'));
});
