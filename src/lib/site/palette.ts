/** The site's colours, read from src/styles/tokens.css (their one definition) for what is drawn outside CSS: share cards. Pure. */

/**
 * The light theme's custom properties: every `--name: #colour;` of the top-level `:root` blocks of
 * the stylesheet (blocks inside `@media`, the dark theme, are left out).
 */
export function lightPalette(css: string): Record<string, string> {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  // Drop @media blocks (with their nested braces).
  let top = '';
  for (let i = 0, depth = 0, inMedia = false; i < withoutComments.length; i++) {
    const ch = withoutComments[i]!;
    if (!inMedia && depth === 0 && withoutComments.startsWith('@media', i)) inMedia = true;
    if (ch === '{') depth++;
    if (!inMedia) top += ch;
    if (ch === '}') {
      depth--;
      if (inMedia && depth === 0) inMedia = false;
    }
  }
  const out: Record<string, string> = {};
  for (const block of top.matchAll(/:root\s*\{([^}]*)\}/g)) {
    for (const m of block[1]!.matchAll(/--([a-z0-9-]+)\s*:\s*(#[0-9a-fA-F]{3,8})\s*;/g)) out[m[1]!] = m[2]!;
  }
  return out;
}

/** The dark theme: the light palette with the `@media [screen and] (prefers-color-scheme: dark)` blocks' values over it. */
export function darkPalette(css: string): Record<string, string> {
  const out = lightPalette(css);
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of withoutComments.matchAll(/@media\s*(?:screen\s+and\s*)?\(prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{([^}]*)\}/g)) {
    for (const d of m[1]!.matchAll(/--([a-z0-9-]+)\s*:\s*(#[0-9a-fA-F]{3,8})\s*;/g)) out[d[1]!] = d[2]!;
  }
  return out;
}

/** The colours a share card uses, from the palette (throws naming any that is missing). */
export function cardColours(palette: Record<string, string>) {
  const pick = (name: string) => {
    const v = palette[name];
    if (!v) throw new Error(`src/styles/tokens.css: --${name} is not defined in the light theme`);
    return v;
  };
  return { paper: pick('paper'), paper2: pick('paper-2'), ink: pick('ink'), ink2: pick('ink-2'), ink3: pick('ink-3'), rule: pick('rule'), accent: pick('accent'), urban: pick('map-urban'), river: pick('map-river'), chart1: pick('chart-1') };
}
export type CardColours = ReturnType<typeof cardColours>;
