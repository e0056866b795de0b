/**
 * The ¶ menu of a paragraph and the print button (src/scripts/share.ts loads this at the first
 * press): copy the paragraph's link or its words, a quote card, share, report an error; print with
 * every chart drawn.
 */
import { fill } from './text';
import { copyAndSay, shareWords } from './clipboard';

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

export function openMenu(a: HTMLAnchorElement): void {
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
  const t = shareWords();
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
export async function printWithCharts(): Promise<void> {
  if (document.querySelector('.chart-canvas[data-config]:not([data-state="drawn"])')) {
    await new Promise<void>((resolve) => {
      const timer = window.setTimeout(resolve, 4000);
      document.addEventListener('zhuzhou:charts-drawn', () => { window.clearTimeout(timer); resolve(); }, { once: true });
      document.dispatchEvent(new Event('zhuzhou:draw-charts'));
    });
  }
  window.print();
}

