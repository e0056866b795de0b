/** The deploy settings read from the environment at build time, checked. Pure. */

export interface DeployConfig {
  /** The public origin (and path, if any) the site is served from, e.g. https://example.org */
  site: string;
  /** The base path under that site, always with leading and trailing slash: '/' or '/zhuzhou/' */
  base: string;
  /** Where the build writes. */
  outDir: string;
  /** Where readers' error reports go (a mailto: link on the about page and in each paragraph's menu). */
  reportEmail: string;
}

export const DEFAULT_SITE = 'https://zhuzhou-reform40.example.org';

export class DeployConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeployConfigError';
  }
}

/** Reads SITE_URL, BASE_PATH, OUT_DIR and REPORT_EMAIL (default: corrections@ the site's host); throws a clear error when they are unusable. */
export function resolveDeployConfig(env: Record<string, string | undefined>): DeployConfig {
  const site = env.SITE_URL?.trim() || DEFAULT_SITE;
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    throw new DeployConfigError(`SITE_URL "${site}" is not a URL: give the absolute address the site is served from, e.g. SITE_URL=https://example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new DeployConfigError(`SITE_URL "${site}" must start with https:// (or http://)`);
  if (url.search || url.hash) throw new DeployConfigError(`SITE_URL "${site}" must not have a query or a fragment`);
  if (url.pathname !== '/') throw new DeployConfigError(`SITE_URL "${site}" must be an origin only (no path): put the path in BASE_PATH, e.g. SITE_URL=${url.origin} BASE_PATH=${url.pathname}`);

  const rawBase = env.BASE_PATH?.trim() || '/';
  if (!/^\/(?:[a-z0-9][a-z0-9._-]*\/?)*$/i.test(rawBase) || rawBase.includes('//') || /(^|\/)\.\.?(\/|$)/.test(rawBase)) {
    throw new DeployConfigError(`BASE_PATH "${rawBase}" is not a usable base path: it must start with "/" and contain only letters, digits, ".", "_" and "-" between slashes, e.g. BASE_PATH=/zhuzhou/`);
  }
  const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;
  const reportEmail = env.REPORT_EMAIL?.trim() || `corrections@${url.hostname}`;
  if (!/^[^\s@<>"]+@[a-z0-9.-]+\.[a-z]{2,}$/i.test(reportEmail)) throw new DeployConfigError(`REPORT_EMAIL "${reportEmail}" is not an e-mail address: give the address readers' error reports go to, e.g. REPORT_EMAIL=corrections@example.org`);
  return { site: url.origin, base, outDir: env.OUT_DIR?.trim() || './dist', reportEmail };
}
