/**
 * The numbers in the text, and the first use of each policy term in a chapter: a number links to
 * its figure's popover, a term to its glossary popover; each shows without JavaScript as the
 * link's target. With JavaScript the link opens the popover in place instead (next to the
 * number where the browser can anchor it; a sheet at the bottom on phones), without touching the
 * address bar; Escape, a tap outside or × close it and the focus returns to the number.
 */
export function initFigurePopovers(): void {
  let opener: HTMLAnchorElement | null = null;
  document.addEventListener('click', (e) => {
    const target = e.target as Element | null;
    const ref = target?.closest<HTMLAnchorElement>('a.fig-ref, a.term-ref');
    if (ref) {
      const pop = document.getElementById(ref.hash.slice(1));
      // No popover (a number on /print/ links to its row in the document's table), or no Popover API (the link's :target shows it): the link is followed.
      if (!pop?.hasAttribute('popover') || typeof pop.showPopover !== 'function') return;
      e.preventDefault();
      opener = ref;
      try {
        (pop.showPopover as (o?: { source?: HTMLElement }) => void)({ source: ref });
      } catch {
        pop.showPopover();
      }
      ref.setAttribute('aria-expanded', 'true');
      pop.querySelector<HTMLElement>('a, button')?.focus({ preventScroll: true });
      return;
    }
    const close = target?.closest<HTMLAnchorElement>('.fig-pop .fig-pop-close');
    const pop = close?.closest<HTMLElement>('.fig-pop');
    if (close && pop?.matches(':popover-open')) {
      e.preventDefault();
      pop.hidePopover();
    }
  });
  for (const pop of document.querySelectorAll<HTMLElement>('.fig-pop')) {
    pop.addEventListener('toggle', (e) => {
      if ((e as ToggleEvent).newState !== 'closed' || !opener) return;
      opener.setAttribute('aria-expanded', 'false');
      opener.focus({ preventScroll: true });
      opener = null;
    });
  }
  for (const ref of document.querySelectorAll<HTMLAnchorElement>('a.fig-ref, a.term-ref')) {
    // Only a link that opens a popover says so (on /print/ they lead to the document's table and glossary).
    if (!document.getElementById(ref.hash.slice(1))?.hasAttribute('popover')) continue;
    ref.setAttribute('aria-haspopup', 'dialog');
    ref.setAttribute('aria-expanded', 'false');
  }
}
