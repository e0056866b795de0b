/**
 * On a chapter page, the edition switchers' and the reading mode's links (中文 / English / 中英对照)
 * keep the reader's place: each link's href points at the paragraph in view, kept up to date as the
 * reader scrolls (by wheel, keyboard, a link or a search), and again just before it is followed, so
 * the switch in the chapter bar that stays at the top lands on the paragraph being read. A `#p7` in
 * the address gives way to the paragraph read since (src/lib/chapter/reading.ts).
 * Without JavaScript the links go to the top of the same chapter. Also moves the chapter bar's
 * reading progress (src/components/chapter/ChapterSwitcher.astro).
 */
import { placeToKeep, readingProgress } from '../lib/chapter/reading';

export function keepPlaceOnSwitch(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-edition-switch] a[href], [data-keep-place] a[href]')];
  const bar = document.querySelector<HTMLElement>('[data-progress]');
  const article = document.querySelector<HTMLElement>('[data-chapter]');
  const anchor = () => {
    const paragraphs = [...document.querySelectorAll<HTMLElement>('[data-chapter] .prose p[id]')].map((p) => {
      const r = p.getBoundingClientRect();
      return { id: p.id, top: r.top, bottom: r.bottom };
    });
    const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    const box = target?.getBoundingClientRect();
    return placeToKeep(location.hash, box ? { top: box.top, bottom: box.bottom } : null, paragraphs, window.innerHeight);
  };
  const update = (only?: HTMLAnchorElement) => {
    const keep = anchor();
    for (const a of only ? [only] : links) {
      const url = new URL(a.href);
      url.hash = keep ? `#${keep}` : '';
      const href = `${url.pathname}${url.hash}`;
      if (a.getAttribute('href') !== href) a.setAttribute('href', href);
    }
    if (bar && article) {
      const r = article.getBoundingClientRect();
      bar.style.transform = `scaleX(${readingProgress(r.top, r.height, window.innerHeight)})`;
    }
  };
  for (const a of links) {
    // Before the link is followed, however it is followed (pointer, keyboard, middle click, long press).
    // The place is read at the first of these: whatever the press itself scrolls afterwards (a focus
    // that reveals the link) does not move the reader's paragraph.
    let pressed = 0;
    a.addEventListener('pointerdown', () => { pressed = performance.now(); update(a); });
    for (const type of ['focus', 'click'] as const) a.addEventListener(type, () => { if (performance.now() - pressed > 1000) update(a); });
  }
  // As the reader moves through the chapter: once a frame at most.
  let queued = false;
  const soon = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => { queued = false; update(); });
  };
  for (const type of ['scroll', 'resize', 'hashchange'] as const) addEventListener(type, soon, { passive: true });
  // At the top with no fragment the links are right as built (the chapter's top, progress 0): no
  // layout is read during the page's first paint, which on a long page (/print/) costs a blocking task.
  if (location.hash.length > 1 || scrollY > 0) soon();
}
