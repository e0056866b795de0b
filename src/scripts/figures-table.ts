/**
 * /figures/: search, filter by chapter, qualifier and kind, and sort the table of figures. Without
 * JavaScript the whole table shows, in the article's order; this only hides and reorders rows.
 * Sorting by value never orders figures of different units or kinds against each other: the rows
 * are grouped by kind and unit (data-group), the groups kept in the order the article first gives
 * them and each labelled (a heading row, data-group-label); within a group amounts and durations
 * sort by value (those given only in words last), ranks and claims keep the article's order.
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
  const columns = tbody.closest('table')?.querySelectorAll('thead th').length ?? 1;
  const folded = new Map(rows.map((r) => [r, fold(r.dataset.search ?? '')]));
  const searchOf = (r: HTMLTableRowElement) => folded.get(r)!;
  const count = form.querySelector<HTMLElement>('.fig-count');
  const value = (name: string) => form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)?.value ?? '';
  const order = (r: HTMLTableRowElement) => Number(r.dataset.order);
  const num = (r: HTMLTableRowElement) => (r.dataset.value === '' || r.dataset.value === undefined ? null : Number(r.dataset.value));
  const apply = () => {
    const q = fold(value('q').trim());
    const chapter = value('chapter');
    const qualifier = value('qualifier');
    const kind = value('kind');
    const sort = value('sort');
    let shown = 0;
    for (const r of rows) {
      const ok = (!q || searchOf(r).includes(q)) && (!chapter || r.dataset.chapter === chapter) && (!qualifier || r.dataset.qualifier === qualifier) && (!kind || r.dataset.kind === kind);
      r.hidden = !ok;
      if (ok) shown++;
    }
    tbody.querySelectorAll('tr.group-head').forEach((h) => h.remove());
    const byValue = sort === 'asc' || sort === 'desc';
    if (!byValue) {
      const sorted = [...rows].sort((a, b) => {
        if (sort === 'name') return (a.querySelector('th')?.textContent ?? '').localeCompare(b.querySelector('th')?.textContent ?? '', document.documentElement.lang);
        return order(a) - order(b);
      });
      tbody.append(...sorted);
    } else {
      const groups = new Map<string, HTMLTableRowElement[]>();
      for (const r of [...rows].sort((a, b) => order(a) - order(b))) {
        const g = r.dataset.group ?? '';
        groups.set(g, [...(groups.get(g) ?? []), r]);
      }
      for (const members of groups.values()) {
        members.sort((a, b) => {
          const x = num(a);
          const y = num(b);
          if (x === null || y === null) return x === null ? (y === null ? order(a) - order(b) : 1) : -1; // given only in words, a rank or a claim: the article's order, last
          return (sort === 'asc' ? x - y : y - x) || order(a) - order(b);
        });
        const head = document.createElement('tr');
        head.className = 'group-head';
        head.hidden = members.every((r) => r.hidden);
        const th = document.createElement('th');
        th.scope = 'colgroup';
        th.colSpan = columns;
        th.textContent = members[0]!.dataset.groupLabel ?? '';
        head.append(th);
        tbody.append(head, ...members);
      }
    }
    if (count) count.textContent = fill(t.count, { shown, total: rows.length, note: byValue ? t.byValue : '' });
  };
  form.addEventListener('input', apply);
  apply();
}
