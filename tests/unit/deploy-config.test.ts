import { describe, expect, it } from 'vitest';
import { hostSiteUrl, isPlaceholderHost, LOCAL_SITE, resolveDeployConfig } from '../../src/lib/site/deploy-config';

describe('deploy configuration from the environment', () => {
  it('with nothing set, builds for http://localhost:4321/ (what npm start serves) and warns', () => {
    const c = resolveDeployConfig({});
    expect(c).toMatchObject({ site: LOCAL_SITE, base: '/', outDir: './dist', from: 'default' });
    expect(c.warnings).toHaveLength(1);
    expect(c.warnings[0]).toContain('SITE_URL is not set');
    expect(c.warnings[0]).toContain('http://localhost:4321/');
  });
  it('takes a site URL and a base path, adding the trailing slash', () => {
    expect(resolveDeployConfig({ SITE_URL: 'https://news.zhuzhou.cn', BASE_PATH: '/zhuzhou' })).toMatchObject({ site: 'https://news.zhuzhou.cn', base: '/zhuzhou/', warnings: [] });
    expect(resolveDeployConfig({ BASE_PATH: '/a/b-c/' }).base).toBe('/a/b-c/');
  });
  it('takes the base path inside SITE_URL', () => {
    expect(resolveDeployConfig({ SITE_URL: 'https://publisher.github.io/zhuzhou-reform40/' })).toMatchObject({ site: 'https://publisher.github.io', base: '/zhuzhou-reform40/', from: 'SITE_URL' });
    expect(resolveDeployConfig({ SITE_URL: 'https://news.zhuzhou.cn/zz', BASE_PATH: '/zz/' }).base).toBe('/zz/');
  });
  it('an explicit localhost build is allowed, with a warning that it works on this computer only', () => {
    const c = resolveDeployConfig({ SITE_URL: 'http://localhost:4361' });
    expect(c.site).toBe('http://localhost:4361');
    expect(c.warnings.join()).toContain('this computer only');
  });
  it.each([
    [{ SITE_URL: 'example.org' }, 'SITE_URL "example.org" is not a URL'],
    [{ SITE_URL: 'ftp://zhuzhou.cn' }, 'must start with https://'],
    [{ SITE_URL: 'https://news.zhuzhou.cn/a/', BASE_PATH: '/b/' }, 'has the path /a/ but BASE_PATH is /b/'],
    [{ SITE_URL: 'https://news.zhuzhou.cn/?a=1' }, 'must not have a query'],
    [{ SITE_URL: 'https://zhuzhou-reform40.example.org' }, 'is a placeholder host (zhuzhou-reform40.example.org)'],
    [{ SITE_URL: 'https://example.com/' }, 'Set SITE_URL to the address the site will be served from'],
    [{ SITE_URL: 'https://zhuzhou.test' }, 'is a placeholder host'],
    [{ SITE_URL: 'https://site.invalid' }, 'is a placeholder host'],
    [{ NETLIFY: 'true', URL: 'https://zhuzhou.example.net' }, 'Netlify (URL) "https://zhuzhou.example.net" is a placeholder host'],
    [{ BASE_PATH: 'zhuzhou/' }, 'BASE_PATH "zhuzhou/" is not a usable base path'],
    [{ BASE_PATH: '/zhu zhou/' }, 'is not a usable base path'],
    [{ BASE_PATH: '/a//b/' }, 'is not a usable base path'],
    [{ BASE_PATH: '/../x/' }, 'is not a usable base path'],
  ])('refuses %j', (env, message) => {
    expect(() => resolveDeployConfig(env)).toThrow(message);
  });
});

describe('the address a static host gives its build', () => {
  it('Netlify: URL in production, DEPLOY_PRIME_URL for previews and branch deploys', () => {
    expect(hostSiteUrl({ NETLIFY: 'true', CONTEXT: 'production', URL: 'https://zz.netlify.app', DEPLOY_PRIME_URL: 'https://main--zz.netlify.app' })).toEqual({ url: 'https://zz.netlify.app', from: 'Netlify (URL)' });
    expect(hostSiteUrl({ NETLIFY: 'true', CONTEXT: 'deploy-preview', URL: 'https://zz.netlify.app', DEPLOY_PRIME_URL: 'https://deploy-preview-3--zz.netlify.app' })!.url).toBe('https://deploy-preview-3--zz.netlify.app');
    // URL without NETLIFY=true is someone else's variable.
    expect(hostSiteUrl({ URL: 'https://zz.netlify.app' })).toBeNull();
  });
  it('Cloudflare Pages: CF_PAGES_URL', () => {
    expect(hostSiteUrl({ CF_PAGES: '1', CF_PAGES_URL: 'https://abc123.zz.pages.dev' })).toEqual({ url: 'https://abc123.zz.pages.dev', from: 'Cloudflare Pages (CF_PAGES_URL)' });
  });
  it('Vercel: VERCEL_PROJECT_PRODUCTION_URL, a bare domain given https://', () => {
    expect(hostSiteUrl({ VERCEL: '1', VERCEL_PROJECT_PRODUCTION_URL: 'zz.vercel.app' })!.url).toBe('https://zz.vercel.app');
  });
  it('GitHub Actions: GITHUB_REPOSITORY → https://<owner>.github.io/<repo>/, the base path included', () => {
    const env = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'Publisher/zhuzhou-reform40' };
    expect(hostSiteUrl(env)!.url).toBe('https://publisher.github.io/zhuzhou-reform40/');
    expect(resolveDeployConfig(env)).toMatchObject({ site: 'https://publisher.github.io', base: '/zhuzhou-reform40/', from: 'GitHub Pages (GITHUB_REPOSITORY)', warnings: [] });
    expect(hostSiteUrl({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'publisher/publisher.github.io' })!.url).toBe('https://publisher.github.io/');
  });
  it('SITE_URL wins over any host variable', () => {
    expect(resolveDeployConfig({ SITE_URL: 'https://news.zhuzhou.cn', NETLIFY: 'true', URL: 'https://zz.netlify.app' })).toMatchObject({ site: 'https://news.zhuzhou.cn', from: 'SITE_URL' });
  });
});

describe('placeholder hosts', () => {
  it.each(['example.org', 'www.example.com', 'news.example.net', 'example.co.uk', 'zhuzhou.example', 'a.test', 'x.invalid', 'EXAMPLE.ORG'])('%s is a placeholder', (h) => {
    expect(isPlaceholderHost(h)).toBe(true);
  });
  it.each(['localhost', 'publisher.github.io', 'zz.netlify.app', 'news.zhuzhou.cn', 'examples.org', 'counterexample.com', 'foo.co.uk', 'testing.dev'])('%s is not', (h) => {
    expect(isPlaceholderHost(h)).toBe(false);
  });
});
