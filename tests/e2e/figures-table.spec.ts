/**
 * /figures/ never orders figures of different units or kinds against each other: sorted by value,
 * the rows come in groups of one kind and one unit, each labelled, and only within a group are
 * values in order; ranks and claims are never sorted as amounts; the kind filter shows each kind;
 * the search reads label, quote, unit, period and notes in every edition.
 */
import { expect, test } from './site';
import { figureKind } from '../../src/lib/figures/kind';

type Row = { head: true; label: string } | { head: false; id: string; group: string; kind: string; value: number | null };

const readRows = (page: import('@playwright/test').Page) => page.locator('.figures-table tbody tr:not([hidden])').evaluateAll((trs) => trs.map((tr) => {
  const el = tr as HTMLElement;
  if (el.classList.contains('group-head')) return { head: true as const, label: el.textContent ?? '' };
  return { head: false as const, id: el.id.replace(/^figure-/, ''), group: el.dataset.group ?? '', kind: el.dataset.kind ?? '', value: el.dataset.value ? Number(el.dataset.value) : null };
}));

for (const [prefix, sortLabel, kindLabel] of [['', '排序', '类别'], ['en/', 'Sort', 'Kind']] as const) {
  test(`/${prefix}figures/: sorted by value, adjacent rows are of one kind and one unit or a labelled group lies between them`, async ({ watched: page }) => {
    const { figures } = await import('./site');
    await page.goto(`${prefix}figures/`);
    const tools = page.locator('[data-figure-tools]');
    for (const sort of ['desc', 'asc'] as const) {
      await tools.getByLabel(sortLabel).selectOption(sort);
      const rows = await readRows(page);
      expect(rows.filter((r) => !r.head)).toHaveLength(figures.length);
      expect(rows[0]!.head, 'the first group is labelled').toBe(true);
      const seen = new Set<string>();
      for (let i = 1; i < rows.length; i++) {
        const [a, b] = [rows[i - 1]!, rows[i]!];
        if (a.head || b.head) {
          if (b.head) expect(b.label.trim(), 'a group has a label').not.toBe('');
          continue;
        }
        // Two figure rows next to each other: same group (kind and unit), never different units or kinds.
        expect(b.group, `${a.id} (${a.group}) next to ${b.id} (${b.group}) with no group label between`).toBe(a.group);
        if (a.value !== null && b.value !== null) expect(sort === 'desc' ? a.value >= b.value : a.value <= b.value, `${a.id} ${a.value} before ${b.id} ${b.value}`).toBe(true);
        if (a.value === null) expect(b.value, `${b.id}: a value after one given only in words`).toBeNull();
      }
      for (const r of rows) if (!r.head) { expect(seen.has(r.id)).toBe(false); seen.add(r.id); }
      // Groups are kept together: a group's rows are one run.
      const runs = rows.filter((r) => !r.head).map((r) => (r as { group: string }).group).filter((g, i, all) => i === 0 || all[i - 1] !== g);
      expect(new Set(runs).size, 'each group one run').toBe(runs.length);
      // Ranks and claims have no value to sort by.
      for (const r of rows) if (!r.head && (r.kind === 'rank' || r.kind === 'claim')) expect(r.value, r.id).toBeNull();
    }
    // 6000万元 never above 1000亿元 (nor below): they are in different groups.
    const ids = (await readRows(page)).map((r) => (r.head ? `#${r.label}` : r.id));
    const at = (id: string) => ids.indexOf(id);
    const between = ids.slice(Math.min(at('hetang-elderly-capital'), at('rail-output')), Math.max(at('hetang-elderly-capital'), at('rail-output')));
    expect(between.some((x) => x.startsWith('#')), '万元 and 亿元 are separated by a group label').toBe(true);
    // Back to the article's order: no group labels.
    await tools.getByLabel(sortLabel).selectOption('order');
    await expect(page.locator('.figures-table tbody tr.group-head')).toHaveCount(0);
    // The kind filter: each kind shows exactly its figures.
    for (const k of ['rank', 'claim', 'duration', 'amount'] as const) {
      await tools.getByLabel(kindLabel).selectOption(k);
      const shown = (await readRows(page)).filter((r) => !r.head).map((r) => (r as { id: string }).id).sort();
      expect(shown, k).toEqual(figures.filter((f) => figureKind(f) === k).map((f) => f.id).sort());
    }
  });
}

test('/en/figures/: the search reads the notes (“pollution”) and the unit', async ({ watched: page }) => {
  await page.goto('en/figures/');
  const tools = page.locator('[data-figure-tools]');
  await tools.getByLabel('Search').fill('pollution');
  const shown = await page.locator('.figures-table tbody tr:not([hidden])').evaluateAll((trs) => trs.map((tr) => tr.id));
  expect(shown).toContain('figure-qst-funding-need');
  await tools.getByLabel('Search').fill('');
});

test('/figures/: the search reads the period (未注明年份) and the unit (亿元)', async ({ watched: page }) => {
  const { figures } = await import('./site');
  await page.goto('figures/');
  const tools = page.locator('[data-figure-tools]');
  await tools.getByLabel('查找').fill('未注明年份');
  await expect(page.locator('.figures-table tbody tr:not([hidden])')).toHaveCount(figures.filter((f) => f.period.includes('未注明年份')).length);
  await tools.getByLabel('查找').fill('亿元');
  await expect(page.locator('.figures-table tbody tr:not([hidden])')).toHaveCount(figures.filter((f) => [f.label, f.quote, f.unit, f.period, f.note ?? '', f.derived?.note ?? '', f.derived?.assumption ?? ''].join(' ').includes('亿元')).length);
});
