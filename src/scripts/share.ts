/**
 * Sharing on a chapter page: each paragraph's ¶ opens a small menu — copy the paragraph's link,
 * copy its words (or the words selected in it) with the source and the link, make a quote card (an
 * image drawn in the browser: src/scripts/quote-card.ts, loaded when asked), share (Web Share API,
 * where the browser has it: the system share sheet on phones), report an error in it (a composed
 * report: src/scripts/report.ts) — and the # of subheads and figures copies their link.
 * The Clipboard API is used with a fallback for in-app browsers without it; a live region says
 * what happened. Without JavaScript every control is a plain link to its anchor. The words are the
 * page's (data-text-share: src/lib/site/script-text.ts).
 */
import { fill, pageText } from './text';
import { announce, copy } from './clipboard';

const text = () => pageText('share');

async function copyAndSay(value: string, what: string) {
  const t = text();
  announce((await copy(value)) ? fill(t.copied, { what }) : fill(t.copyFailed, { text: value }));
}

/** The paragraph's words as the reader would quote them: the selection inside it, else the whole paragraph. */
function quoteOf(p: HTMLElement): string {
  const sel = getSelection();
  const picked = sel && !sel.isCollapsed && p.contains(sel.anchorNode) && p.contains(sel.focusNode) ? sel.toString().trim() : '';
  return picked || (p.textContent ?? '').trim();
}


let menu: HTMLElement | null = null;
let opener: HTMLAnchorElement | null = null;

function paragraphMenu(): HTMLElement {
  if (menu) return menu;
  menu = document.createElement('div');
  menu.className = 'para-menu';
  menu.setAttribute('popover', 'auto');
  menu.setAttribute('role', 'menu');
  menu.id = 'para-menu';
  document.body.append(menu);
  menu.addEventListener('toggle', (e) => {
    if ((e as ToggleEvent).newState === 'closed') opener?.setAttribute('aria-expanded', 'false');
  });
  return menu;
}

function openMenu(a: HTMLAnchorElement) {
  const p = a.parentElement?.querySelector<HTMLElement>('p[data-article]');
  const article = a.closest<HTMLElement>('[data-cite]');
  if (!p || !article) return;
  const url = new URL(a.getAttribute('href')!, location.href).href;
  const n = p.id.slice(1);
  const m = paragraphMenu();
  m.replaceChildren();
  const item = (label: string, act: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.setAttribute('role', 'menuitem');
    b.textContent = label;
    b.addEventListener('click', () => { m.hidePopover(); act(); });
    m.append(b);
  };
  const t = text();
  const cite = article.dataset.cite!;
  const source = article.dataset.source!;
  item(t.copyParagraphLink, () => { history.replaceState(null, '', `#${p.id}`); void copyAndSay(url, t.paragraphLink); });
  item(t.copyQuote, () => void copyAndSay(fill(t.quote, { quote: quoteOf(p), cite, n, url, source }), t.quoteAndLink));
  item(t.quoteCard, () => {
    const picked = quoteOf(p);
    void import('./quote-card').then((m) => m.openQuoteCard(article, { paragraph: p, selected: picked === (p.textContent ?? '').trim() ? '' : picked, n, url, cite, source: article.dataset.sourceAbout! }));
  });
  if (typeof navigator.share === 'function') item(t.share, () => void navigator.share({ title: document.title, text: quoteOf(p), url }).catch(() => undefined));
  // The report dialog's code loads when a reader asks for it, as the quote card's does.
  item(t.report, () => void import('./report').then((m) => m.openReportDialog(article, { page: url, paragraph: n, passage: quoteOf(p) }, cite, article.dataset.reportChannel)));
  opener?.setAttribute('aria-expanded', 'false');
  opener = a;
  a.setAttribute('aria-expanded', 'true');
  m.showPopover();
  const box = a.getBoundingClientRect();
  const left = Math.max(8, Math.min(box.left, innerWidth - m.offsetWidth - 8));
  const below = box.bottom + 6 + m.offsetHeight < innerHeight;
  m.style.setProperty('position', 'fixed');
  m.style.setProperty('left', `${left}px`);
  m.style.setProperty('top', `${below ? box.bottom + 6 : Math.max(8, box.top - m.offsetHeight - 6)}px`);
  m.querySelector<HTMLElement>('button, a')?.focus();
}

/** Prints the page with every chart drawn (src/scripts/charts.ts draws them when asked), not empty boxes. */
async function printWithCharts() {
  if (document.querySelector('.chart-canvas[data-config]:not([data-state="drawn"])')) {
    await new Promise<void>((resolve) => {
      const timer = window.setTimeout(resolve, 4000);
      document.addEventListener('zhuzhou:charts-drawn', () => { window.clearTimeout(timer); resolve(); }, { once: true });
      document.dispatchEvent(new Event('zhuzhou:draw-charts'));
    });
  }
  window.print();
}

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
      openMenu(para);
      return;
    }
    const a = target?.closest<HTMLAnchorElement>('a[data-copy]');
    if (!a) return;
    e.preventDefault();
    const url = new URL(a.getAttribute('href')!, location.href);
    history.replaceState(null, '', url.hash);
    void copyAndSay(url.href, text().link);
  });
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-share]')) {
    const action = b.dataset.share;
    if (action === 'native' && typeof navigator.share !== 'function') continue;
    b.hidden = false;
    b.addEventListener('click', () => {
      const url = b.dataset.url ?? location.href.replace(/#.*$/, '');
      if (action === 'print') void printWithCharts();
      else if (action === 'copy') void copyAndSay(url, text().link);
      else navigator.share({ title: document.title, url }).catch(() => undefined);
    });
  }
}
