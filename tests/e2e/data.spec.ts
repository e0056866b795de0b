import { stripWhitespace } from '../../src/lib/article/text';
import { expect, figures, test } from './site';

test('@base /data/figures.json parses and matches content/figures.yaml', async ({ request }) => {
  const res = await request.get('data/figures.json');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/json');
  const { columns, figures: data } = (await res.json()) as { columns: { name: string; kind: string }[]; figures: Record<string, unknown>[] };
  expect(columns.find((c) => c.name === 'quote')!.kind).toBe('source');
  expect(data.map((d) => d.id)).toEqual(figures.map((f) => f.id));
  for (const [i, f] of figures.entries()) {
    expect(data[i]).toMatchObject({ id: f.id, label: f.label, value: f.value ?? null, unit: f.unit, qualifier: f.qualifier, quote: f.quote, chapter: f.chapter });
    expect(data[i]!.url).toMatch(new RegExp(`/chapters/${f.chapter}/#p\\d+$`));
  }
});

test('/data/figures.csv is UTF-8 with a BOM and one row per figure', async ({ request }) => {
  const res = await request.get('data/figures.csv');
  expect(res.status()).toBe(200);
  const bytes = await res.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
  expect(lines[0]!.split(',').slice(0, 5)).toEqual(['id', 'label', 'value', 'unit', 'qualifier']);
  expect(lines.length).toBe(figures.length + 1);
  expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(figures.map((f) => f.id));
});

test('@base every figure on /figures/ links to the paragraph that holds its quote', async ({ watched: page }) => {
  await page.goto('figures/');
  await expect(page.locator('tbody tr')).toHaveCount(figures.length);
  const links = await page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => ({ id: r.id, href: (r.querySelector('td.src a') as HTMLAnchorElement).href })));
  const byPage = new Map<string, { id: string; hash: string }[]>();
  for (const l of links) {
    const u = new URL(l.href);
    byPage.set(u.pathname, [...(byPage.get(u.pathname) ?? []), { id: l.id.replace(/^figure-/, ''), hash: u.hash }]);
  }
  for (const [path, items] of byPage) {
    await page.goto(path);
    for (const { id, hash } of items) {
      const quote = figures.find((f) => f.id === id)!.quote;
      const text = await page.locator(`${hash}[data-article]`).textContent();
      expect(stripWhitespace(text ?? ''), `${id} → ${path}${hash}`).toContain(stripWhitespace(quote));
    }
  }
});
