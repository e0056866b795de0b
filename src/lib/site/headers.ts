/** The `_headers` file of static hosts: parse, rebase under a base path. Pure. */

export interface HeaderRule {
  path: string;
  headers: [string, string][];
}

/** Parses `_headers` text: a path line, then indented `Name: value` lines; # comments. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    const rule = rules[rules.length - 1];
    if (!m || !rule) throw new Error(`_headers: cannot read line "${line.trim()}"`);
    rule.headers.push([m[1]!, m[2]!]);
  }
  return rules;
}

export function serializeHeaders(rules: readonly HeaderRule[]): string {
  return rules.map((r) => `${r.path}\n${r.headers.map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`).join('\n');
}

/** Prefixes every path with the base path ('/zhuzhou/'): `/_astro/*` → `/zhuzhou/_astro/*`. */
export function rebaseHeaders(rules: readonly HeaderRule[], base: string): HeaderRule[] {
  const b = base.replace(/\/+$/, '');
  return rules.map((r) => ({ ...r, path: r.path.startsWith('/') ? `${b}${r.path}` : r.path }));
}

/** The headers that apply to a URL path (rules with `*` match any rest of the path), later rules adding to earlier. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules) {
    const re = new RegExp(`^${r.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (re.test(path)) for (const [k, v] of r.headers) out[k] = v;
  }
  return out;
}
