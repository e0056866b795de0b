import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE, resolveDeployConfig } from '../../src/lib/site/deploy-config';

describe('deploy configuration from the environment', () => {
  it('defaults to the configured site at the domain root', () => {
    expect(resolveDeployConfig({})).toEqual({ site: DEFAULT_SITE, base: '/', outDir: './dist', reportEmail: `corrections@${new URL(DEFAULT_SITE).hostname}` });
    expect(resolveDeployConfig({ SITE_URL: 'https://news.example.com', REPORT_EMAIL: 'jiucuo@example.com' }).reportEmail).toBe('jiucuo@example.com');
  });
  it('takes a site URL and a base path, adding the trailing slash', () => {
    expect(resolveDeployConfig({ SITE_URL: 'https://news.example.com', BASE_PATH: '/zhuzhou' })).toMatchObject({ site: 'https://news.example.com', base: '/zhuzhou/' });
    expect(resolveDeployConfig({ BASE_PATH: '/a/b-c/' }).base).toBe('/a/b-c/');
  });
  it.each([
    [{ SITE_URL: 'example.org' }, 'SITE_URL "example.org" is not a URL'],
    [{ SITE_URL: 'ftp://example.org' }, 'must start with https://'],
    [{ SITE_URL: 'https://example.org/zhuzhou/' }, 'must be an origin only (no path): put the path in BASE_PATH'],
    [{ SITE_URL: 'https://example.org/?a=1' }, 'must not have a query'],
    [{ BASE_PATH: 'zhuzhou/' }, 'BASE_PATH "zhuzhou/" is not a usable base path'],
    [{ BASE_PATH: '/zhu zhou/' }, 'is not a usable base path'],
    [{ BASE_PATH: '/a//b/' }, 'is not a usable base path'],
    [{ BASE_PATH: '/../x/' }, 'is not a usable base path'],
    [{ REPORT_EMAIL: 'corrections' }, 'REPORT_EMAIL "corrections" is not an e-mail address'],
  ])('refuses %j', (env, message) => {
    expect(() => resolveDeployConfig(env)).toThrow(message);
  });
});
