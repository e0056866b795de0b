import { formatFigure, qualifierShort } from '../../src/lib/article/numbers';
import { nestQuotes, quoted, stripWhitespace } from '../../src/lib/article/text';
import { expect, figures, model, test } from './site';

/** The figures whose number the article states (derived ones are shown under their inputs). */
const marked = figures.filter((f) => !f.derived);

// Every figure's number marked in its own paragraph, the paragraphs the article's text, the graphics
// titled, one to three a chapter: on the built pages (tests/dist/chapters.test.ts).

test('@base a number opens its popover with JavaScript: label, value with its qualifier, period, links; Escape closes it', async ({ watched: page }) => {
  const f = figures.find((x) => x.id === 'crrc-orders')!;
  await page.goto(`chapters/${f.chapter}/`);
  const ref = page.locator(`a.fig-ref[data-figures="${f.id}"]`);
  await expect(ref).toHaveAttribute('aria-haspopup', 'dialog');
  await ref.click();
  const pop = page.locator(`#pop-${f.id}`);
  await expect(pop).toBeVisible();
  await expect(pop).toContainText(f.label);
  await expect(pop.locator('.fig-pop-value')).toHaveText(formatFigure(f));
  await expect(pop).toContainText(f.period);
  await expect(pop.getByRole('link', { name: '在全部数字中查看' })).toHaveAttribute('href', new RegExp(`figures/#figure-${f.id}$`));
  await expect(pop.getByRole('link', { name: '本段链接' })).toHaveAttribute('href', `#${f.at.paragraph}`);
  expect(new URL(page.url()).hash, 'the address bar stays as it was').toBe('');
  await page.keyboard.press('Escape');
  await expect(pop).toBeHidden();
  await expect(ref).toBeFocused();
  // By keyboard too.
  await ref.focus();
  await page.keyboard.press('Enter');
  await expect(pop).toBeVisible();
  await pop.getByRole('link', { name: '关闭' }).click();
  await expect(pop).toBeHidden();
});

test('a popover shows the article’s own words with the number picked out, a short qualifier tag, the period and both links — never the list of qualifier words', async ({ watched: page }) => {
  for (const c of model.chapters) {
    await page.goto(`chapters/${c.slug}/`);
    const pops = await page.locator('.fig-pop:not(.term-pop)').evaluateAll((els) => els.map((el) => ({
      id: el.id.replace(/^pop-/, ''),
      inArticle: Boolean(el.closest('[data-article]')),
      ui: el.hasAttribute('data-ui'),
      value: el.querySelector('.fig-pop-value')?.textContent ?? '',
      tag: el.querySelector('.fig-pop-tag')?.textContent ?? '',
      quote: (el.querySelector('.fig-pop-quote')?.textContent ?? '').replace(/^原文：/, ''),
      marked: [...el.querySelectorAll('.fig-pop-quote mark')].map((m) => m.textContent),
      meta: el.querySelector('.fig-pop-meta')?.textContent ?? '',
      links: [...el.querySelectorAll('.fig-pop-links a')].map((a) => a.getAttribute('href')),
      text: el.textContent ?? '',
    })));
    const mine = marked.filter((f) => f.chapter === c.slug);
    expect(pops.map((p) => p.id).sort(), c.slug).toEqual(mine.map((f) => f.id).sort());
    for (const f of mine) {
      const p = pops.find((x) => x.id === f.id)!;
      expect(p.inArticle, f.id).toBe(false);
      expect(p.ui, f.id).toBe(true);
      expect(p.value, f.id).toBe(formatFigure(f));
      expect(p.tag, f.id).toBe(qualifierShort(f.qualifier));
      expect(p.quote, f.id).toBe(quoted(stripWhitespace(f.quote)));
      expect(p.marked, f.id).toEqual([nestQuotes(f.mark!.text)]);
      expect(p.meta, f.id).toContain(f.period);
      expect(p.links[0], f.id).toMatch(new RegExp(`figures/#figure-${f.id}$`));
      expect(p.links[1], f.id).toBe(`#${f.at.paragraph}`);
      expect(p.text, `${f.id}: the list of qualifier words is gone`).not.toMatch(/原文作超过|／逾／|原文作将/);
    }
  }
});

test('a derived number is explained in the popover of the numbers it comes from, with its assumption', async ({ watched: page }) => {
  const d = figures.find((x) => x.derived)!;
  const input = figures.find((x) => x.id === d.derived!.of[0])!;
  await page.goto(`chapters/${input.chapter}/`);
  await page.locator(`a.fig-ref[data-figures="${input.id}"]`).click();
  const pop = page.locator(`#pop-${input.id}`);
  await expect(pop).toContainText(d.label);
  await expect(pop).toContainText(d.derived!.assumption);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a number still opens its popover (the link’s target), and × closes it', async ({ page }) => {
    const f = figures.find((x) => x.qualifier === 'vague')!;
    await page.goto(`chapters/${f.chapter}/`);
    const pop = page.locator(`#pop-${f.id}`);
    await expect(pop).toBeHidden();
    await page.locator(`a.fig-ref[data-figures="${f.id}"]`).click();
    await expect(pop).toBeVisible();
    await expect(pop.locator('.fig-pop-value')).toHaveText(formatFigure(f));
    await expect(pop.locator('.fig-pop-quote mark')).toHaveText(f.mark!.text);
    await expect(pop.locator('.fig-pop-quote mark')).toBeVisible();
    // The highlighted number stands out from the sheet: the sheet itself is not painted in the highlight.
    const [sheet, mark] = await Promise.all([pop.evaluate((el) => getComputedStyle(el).backgroundColor), pop.locator('mark').evaluate((el) => getComputedStyle(el).backgroundColor)]);
    expect(sheet).not.toBe(mark);
    await pop.getByRole('link', { name: '关闭' }).click();
    await expect(pop).toBeHidden();
  });
});
