/**
 * Copying and saying so: the Clipboard API with a fallback for in-app browsers without it, the
 * page's live region (rendered empty with the page, so screen readers hear the first message too),
 * and copyAndSay, which the ¶ menu (share.ts, share-menu.ts) uses in the page's sharing words.
 */
import { fill, pageText } from './text';

let hideTimer = 0;

/** Says it in the live region nearest `from` (a dialog has its own), else the page's. */
export function announce(message: string, from?: Element | null) {
  const live = from?.closest('dialog')?.querySelector<HTMLElement>('.toast') ?? document.querySelector<HTMLElement>('.toast');
  if (!live) return;
  live.textContent = message;
  live.classList.add('show');
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(() => live.classList.remove('show'), 2400);
}

export async function copy(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* fall through to the old way (some in-app browsers refuse the Clipboard API) */
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'copy-buffer';
  (document.querySelector('dialog[open]') ?? document.body).append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/** The sharing words of the page (data-text-share). */
export const shareWords = () => pageText('share');

/** Copies a value and says so (or, when the browser would not copy, shows it to copy by hand). */
export async function copyAndSay(value: string, what: string) {
  const t = shareWords();
  announce((await copy(value)) ? fill(t.copied, { what }) : fill(t.copyFailed, { text: value }));
}
