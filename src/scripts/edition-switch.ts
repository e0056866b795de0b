/**
 * On a chapter page, the edition switcher's and the reading mode's links (中文 / English / 中英对照)
 * keep the reader's place: `#p7` stays `#p7`, and without a fragment the link points at the
 * paragraph being read (src/lib/editions/place.ts). Without JavaScript the links go to the top of
 * the same chapter.
 */
import { anchorToKeep } from '../lib/editions/place';

export function keepPlaceOnSwitch(): void {
  const links = document.querySelectorAll<HTMLAnchorElement>('[data-edition-switch] a[href], [data-keep-place] a[href]');
  const update = (a: HTMLAnchorElement) => {
    const paragraphs = [...document.querySelectorAll<HTMLElement>('[data-chapter] .prose p[id]')].map((p) => {
      const r = p.getBoundingClientRect();
      return { id: p.id, top: r.top, bottom: r.bottom };
    });
    const keep = anchorToKeep(location.hash, paragraphs, window.innerHeight);
    const url = new URL(a.href);
    url.hash = keep ? `#${keep}` : '';
    a.setAttribute('href', `${url.pathname}${url.hash}`);
  };
  for (const a of links) {
    // Before the link is followed, however it is followed (pointer, keyboard, middle click, long press).
    for (const type of ['pointerdown', 'focus', 'click'] as const) a.addEventListener(type, () => update(a));
  }
}
