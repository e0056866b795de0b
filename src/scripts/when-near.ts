/**
 * Runs `start(el)` once for each element when it comes within `margin` of the viewport (at once
 * where IntersectionObserver is missing), or when the reader touches or tabs into it.
 */
export function whenNear(elements: readonly HTMLElement[], margin: string, start: (el: HTMLElement) => void): void {
  if (!('IntersectionObserver' in window)) {
    elements.forEach(start);
    return;
  }
  const io = new IntersectionObserver((entries) => {
    for (const e of entries) {
      if (!e.isIntersecting) continue;
      io.unobserve(e.target);
      start(e.target as HTMLElement);
    }
  }, { rootMargin: margin });
  for (const el of elements) {
    io.observe(el);
    for (const type of ['pointerdown', 'focusin'] as const) el.addEventListener(type, () => start(el), { once: true });
  }
}
