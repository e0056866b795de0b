/**
 * The words a script writes, read from the page (src/lib/site/script-text.ts), so they are in the
 * page's edition: the nearest `data-text-<part>` around `from`, else the first on the page.
 */
import type { ScriptText, ScriptTextPart } from '../lib/site/script-text';

export function pageText<P extends ScriptTextPart>(part: P, from?: Element | null): { [K in keyof ScriptText[P]]: string } {
  const sel = `[data-text-${part}]`;
  const raw = (from?.closest<HTMLElement>(sel) ?? document.querySelector<HTMLElement>(sel))?.getAttribute(`data-text-${part}`);
  if (!raw) throw new Error(`the page has no ${sel} for its script`);
  return JSON.parse(raw) as { [K in keyof ScriptText[P]]: string };
}
export { fill } from '../lib/site/script-text';
