/**
 * Sharing on a chapter page: each paragraph's ¶ opens a small menu — copy the paragraph's link,
 * copy its words (or the words selected in it) with the source and the link, make a quote card (an
 * image drawn in the browser: src/scripts/quote-card.ts, loaded when asked), share (Web Share API,
 * where the browser has it: the system share sheet on phones), report an error in it (a composed
 * report: src/scripts/report.ts) — and the # of subheads and figures copies their link.
 * The Clipboard API is used with a fallback for in-app browsers without it; a live region says
 * what happened. Without JavaScript every control is a plain link to its anchor. The words are the
 * page's (data-text-share: src/lib/site/script-text.ts). The ¶ menu and the print button's code
 * (src/scripts/share-menu.ts) load at the first press, so a chapter's first view stays light.
 */
import { copyAndSay, shareWords } from './clipboard';

export function initShare(): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('.para > .copy-link')) {
    a.setAttribute('aria-haspopup', 'menu');
    a.setAttribute('aria-expanded', 'false');
  }
  document.addEventListener('click', (e) => {
    const target = e.target as Element | null;
    const para = target?.closest<HTMLAnchorElement>('.para > .copy-link');
    if (para) {
      e.preventDefault();
      void import('./share-menu').then((m) => m.openMenu(para));
      return;
    }
    const a = target?.closest<HTMLAnchorElement>('a[data-copy]');
    if (!a) return;
    e.preventDefault();
    const url = new URL(a.getAttribute('href')!, location.href);
    history.replaceState(null, '', url.hash);
    void copyAndSay(url.href, shareWords().link);
  });
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-share]')) {
    const action = b.dataset.share;
    if (action === 'native' && typeof navigator.share !== 'function') continue;
    b.hidden = false;
    b.addEventListener('click', () => {
      const url = b.dataset.url ?? location.href.replace(/#.*$/, '');
      if (action === 'print') void import('./share-menu').then((m) => m.printWithCharts());
      else if (action === 'copy') void copyAndSay(url, shareWords().link);
      else navigator.share({ title: document.title, url }).catch(() => undefined);
    });
  }
}
