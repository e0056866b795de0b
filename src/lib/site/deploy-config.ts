/**
 * Where the site lives: the one setting every absolute URL is made from (canonical links, og:url,
 * og:image, QR codes, the printed addresses, the data downloads), read from the environment at
 * build time and checked. Pure.
 *
 * In order: SITE_URL (with the base path in it, or in BASE_PATH); else the address the static
 * host gives its build (Netlify, Cloudflare Pages, Vercel, GitHub Actions for GitHub Pages); else
 * http://localhost:4321/, the address `npm start` and `npm run preview` serve, with a warning that
 * the build is for this computer only. A reserved or placeholder host (example.*, *.example,
 * *.invalid, *.test) is refused, so no such address can reach a page, a card, a QR code, a data
 * file or a PDF.
 */

export interface DeployConfig {
  /** The public origin the site is served from, without a path: https://news.zhuzhou.cn */
  site: string;
  /** The base path under that origin, always with leading and trailing slash: '/' or '/zhuzhou/' */
  base: string;
  /** Where the build writes. */
  outDir: string;
  /** Where the address came from, for the build's log: 'SITE_URL', 'Netlify (URL)', 'default'… */
  from: string;
  /** What the build should say about it (a build for this computer only). */
  warnings: string[];
}

/** The address `npm start` serves (astro preview's default port), and what a build with nothing set is for. */
export const LOCAL_SITE = 'http://localhost:4321';

export class DeployConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeployConfigError';
  }
}

const SET_IT = 'Set SITE_URL to the address the site will be served from, e.g. SITE_URL=https://<owner>.github.io/<repository>/ (see README: Deploying).';

/**
 * Is this host reserved for examples or tests, so that a link to it opens nothing? example.com,
 * example.org, example.net (RFC 2606) and example.<anything>, and the reserved top-level domains
 * .example, .invalid and .test. (localhost is not a placeholder: it is where `npm start` serves.)
 */
export function isPlaceholderHost(hostname: string): boolean {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  const tld = labels[labels.length - 1]!;
  if (['example', 'invalid', 'test'].includes(tld)) return true;
  // example.com, www.example.org, example.co.uk: "example" as the registrable name.
  const name = labels.length >= 3 && labels[labels.length - 2]!.length <= 3 && labels[labels.length - 3] === 'example' ? 'example' : labels[labels.length - 2];
  return name === 'example';
}

/** Is this address served on this computer only (localhost, 127.0.0.1, ::1)? */
export function isLocalHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(hostname) || hostname === '[::1]';
}

/** A host's address: Vercel gives a bare domain (no https://). */
const withScheme = (s: string) => (/^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `https://${s}`);

/**
 * The address the static host gives its build, when there is one: Netlify's URL (the production
 * address) or DEPLOY_PRIME_URL (a branch or preview deploy); Cloudflare Pages' CF_PAGES_URL; Vercel's
 * VERCEL_PROJECT_PRODUCTION_URL; on GitHub Actions, GitHub Pages' https://<owner>.github.io/<repo>/.
 */
export function hostSiteUrl(env: Record<string, string | undefined>): { url: string; from: string } | null {
  const v = (k: string) => env[k]?.trim() || undefined;
  if (v('NETLIFY') === 'true') {
    const preview = v('CONTEXT') && v('CONTEXT') !== 'production';
    if (preview && v('DEPLOY_PRIME_URL')) return { url: v('DEPLOY_PRIME_URL')!, from: 'Netlify (DEPLOY_PRIME_URL)' };
    if (v('URL')) return { url: v('URL')!, from: 'Netlify (URL)' };
    if (v('DEPLOY_PRIME_URL')) return { url: v('DEPLOY_PRIME_URL')!, from: 'Netlify (DEPLOY_PRIME_URL)' };
  }
  if (v('CF_PAGES') === '1' && v('CF_PAGES_URL')) return { url: v('CF_PAGES_URL')!, from: 'Cloudflare Pages (CF_PAGES_URL)' };
  if (v('VERCEL') === '1' && v('VERCEL_PROJECT_PRODUCTION_URL')) return { url: withScheme(v('VERCEL_PROJECT_PRODUCTION_URL')!), from: 'Vercel (VERCEL_PROJECT_PRODUCTION_URL)' };
  const repo = v('GITHUB_REPOSITORY');
  if (v('GITHUB_ACTIONS') === 'true' && repo) {
    const m = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(repo);
    if (!m) throw new DeployConfigError(`GITHUB_REPOSITORY "${repo}" is not "<owner>/<repository>". ${SET_IT}`);
    const owner = m[1]!.toLowerCase();
    const pagesHost = `${owner}.github.io`;
    // A repository named <owner>.github.io is served at the root; any other under /<repository>/.
    return { url: m[2]!.toLowerCase() === pagesHost ? `https://${pagesHost}/` : `https://${pagesHost}/${m[2]}/`, from: 'GitHub Pages (GITHUB_REPOSITORY)' };
  }
  return null;
}

function normaliseBase(raw: string, what: string): string {
  if (!/^\/(?:[a-z0-9][a-z0-9._-]*\/?)*$/i.test(raw) || raw.includes('//') || /(^|\/)\.\.?(\/|$)/.test(raw)) {
    throw new DeployConfigError(`${what} "${raw}" is not a usable base path: it must start with "/" and contain only letters, digits, ".", "_" and "-" between slashes, e.g. BASE_PATH=/zhuzhou/`);
  }
  return raw.endsWith('/') ? raw : `${raw}/`;
}

/** Reads SITE_URL (or the host's address), BASE_PATH and OUT_DIR; throws a clear error when they are unusable. */
export function resolveDeployConfig(env: Record<string, string | undefined>): DeployConfig {
  const own = env.SITE_URL?.trim();
  const host = own ? null : hostSiteUrl(env);
  const raw = own || host?.url || LOCAL_SITE;
  const from = own ? 'SITE_URL' : host?.from ?? 'default';
  const name = own ? 'SITE_URL' : host ? host.from : 'the default address';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DeployConfigError(`${name} "${raw}" is not a URL: give the absolute address the site is served from, e.g. SITE_URL=https://news.zhuzhou.cn/zhuzhou/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new DeployConfigError(`${name} "${raw}" must start with https:// (or http://)`);
  if (url.search || url.hash) throw new DeployConfigError(`${name} "${raw}" must not have a query or a fragment`);
  if (url.username || url.password) throw new DeployConfigError(`${name} "${raw}" must not carry a user name or password`);
  if (isPlaceholderHost(url.hostname)) {
    throw new DeployConfigError(`${name} "${raw}" is a placeholder host (${url.hostname}): a link, share card or QR code on it opens nothing. ${SET_IT}`);
  }

  const pathBase = url.pathname === '/' ? null : normaliseBase(url.pathname, `The path of ${name}`);
  const envBase = env.BASE_PATH?.trim() ? normaliseBase(env.BASE_PATH.trim(), 'BASE_PATH') : null;
  if (pathBase && envBase && pathBase !== envBase) {
    throw new DeployConfigError(`${name} "${raw}" has the path ${pathBase} but BASE_PATH is ${envBase}: give the path once, in SITE_URL (or make them agree)`);
  }
  const base = envBase ?? pathBase ?? '/';

  const warnings: string[] = [];
  if (from === 'default') {
    warnings.push(`SITE_URL is not set and no static host's build address was found: building for ${url.origin}${base} (what \`npm start\` serves). Every link, share card and QR code will point at this computer. ${SET_IT}`);
  } else if (isLocalHost(url.hostname)) {
    warnings.push(`${name} is ${url.origin}${base}: this build is for this computer only; its links, share cards and QR codes work nowhere else.`);
  }
  return { site: url.origin, base, outDir: env.OUT_DIR?.trim() || './dist', from, warnings };
}

/** The full address the site is built for: origin and base path. */
export const siteAddress = (c: Pick<DeployConfig, 'site' | 'base'>): string => `${c.site}${c.base}`;
