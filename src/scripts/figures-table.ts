/**
 * /figures/: search, filter by chapter and qualifier, and sort the table of figures. Without
 * JavaScript the whole table shows, in the article's order; this only hides and reorders rows.
 */
export function initFiguresTable(): void {
  const form = document.querySelector<HTMLElement>('[data-figure-tools]');
  const tbody = document.querySelector<HTMLTableSectionElement>('.figures-table tbody');
  if (!form || !tbody) return;
  const rows = [...tbody.querySelectorAll<HTMLTableRowElement>('tr')];
  const count = form.querySelector<HTMLElement>('.fig-count');
  const value = (name: string) => form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!.value;
  const apply = () => {
    const q = value('q').trim().toLowerCase();
    const chapter = value('chapter');
    const qualifier = value('qualifier');
    const sort = value('sort');
    let shown = 0;
    for (const r of rows) {
      const ok = (!q || (r.dataset.search ?? '').toLowerCase().includes(q)) && (!chapter || r.dataset.chapter === chapter) && (!qualifier || r.dataset.qualifier === qualifier);
      r.hidden = !ok;
      if (ok) shown++;
    }
    const num = (r: HTMLTableRowElement) => (r.dataset.value === '' ? null : Number(r.dataset.value));
    const sorted = [...rows].sort((a, b) => {
      if (sort === 'order') return Number(a.dataset.order) - Number(b.dataset.order);
      if (sort === 'name') return (a.querySelector('th')?.textContent ?? '').localeCompare(b.querySelector('th')?.textContent ?? '', 'zh-Hans-CN');
      const x = num(a);
      const y = num(b);
      if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1; // amounts given only in words go last
      return sort === 'asc' ? x - y : y - x;
    });
    tbody.append(...sorted);
    if (count) count.textContent = `显示${shown}项，共${rows.length}项${sort === 'asc' || sort === 'desc' ? '（按数值排序时，单位不同的数字也排在一起，只作查找之用；原文只以文字给出的量排在最后）' : ''}`;
  };
  form.addEventListener('input', apply);
  apply();
}
