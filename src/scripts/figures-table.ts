/**
 * /figures/: search, filter by chapter and qualifier, and sort the table of figures. Without
 * JavaScript the whole table shows, in the article's order; this only hides and reorders rows.
 */
import { fill, pageText } from './text';

/**
 * A text as the search compares it: full-width letters, digits and signs as half-width (ＧＤＰ,
 * １０), case folded. Scripts are folded by the rows themselves, which carry their text in 简体
 * and in 繁體 (src/components/figures/FiguresTable.astro), so no conversion runs in the browser.
 */
export const fold = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');

export function initFiguresTable(): void {
  const form = document.querySelector<HTMLElement>('[data-figure-tools]');
  const tbody = document.querySelector<HTMLTableSectionElement>('.figures-table tbody');
  if (!form || !tbody) return;
  const t = pageText('table', form);
  const rows = [...tbody.querySelectorAll<HTMLTableRowElement>('tr')];
  const folded = new Map(rows.map((r) => [r, fold(r.dataset.search ?? '')]));
  const searchOf = (r: HTMLTableRowElement) => folded.get(r)!;
  const count = form.querySelector<HTMLElement>('.fig-count');
  const value = (name: string) => form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!.value;
  const apply = () => {
    const q = fold(value('q').trim());
    const chapter = value('chapter');
    const qualifier = value('qualifier');
    const sort = value('sort');
    let shown = 0;
    for (const r of rows) {
      const ok = (!q || searchOf(r).includes(q)) && (!chapter || r.dataset.chapter === chapter) && (!qualifier || r.dataset.qualifier === qualifier);
      r.hidden = !ok;
      if (ok) shown++;
    }
    const num = (r: HTMLTableRowElement) => (r.dataset.value === '' ? null : Number(r.dataset.value));
    const sorted = [...rows].sort((a, b) => {
      if (sort === 'order') return Number(a.dataset.order) - Number(b.dataset.order);
      if (sort === 'name') return (a.querySelector('th')?.textContent ?? '').localeCompare(b.querySelector('th')?.textContent ?? '', document.documentElement.lang);
      const x = num(a);
      const y = num(b);
      if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1; // amounts given only in words go last
      return sort === 'asc' ? x - y : y - x;
    });
    tbody.append(...sorted);
    if (count) count.textContent = fill(t.count, { shown, total: rows.length, note: sort === 'asc' || sort === 'desc' ? t.byValue : '' });
  };
  form.addEventListener('input', apply);
  apply();
}
