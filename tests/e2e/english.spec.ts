/**
 * The English edition (content/en/): every paragraph translated and marked as the editors'
 * translation, its figures opening their records, the three reading modes with and without
 * JavaScript, the glossary and its links from the text.
 */
import { chapterSlugs, expect, model, test } from './site';

const words = (s: string) => s.trim().split(/\s+/).length;

test('every English chapter: every paragraph translated, in English, marked as the editors’ translation, each number opening its figure', async ({ watched: page }) => {
  for (const c of model.chapters) {
    await page.goto(`en/chapters/${c.slug}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const paras = page.locator('main .prose p[data-article]');
    await expect(paras).toHaveCount(c.paragraphs.length);
    const texts = await paras.allTextContents();
    texts.forEach((t, i) => {
      expect(t, `${c.slug} p${i + 1}`).toBe(model.english.article.chapters[c.slug].paragraphs[`p${i + 1}`]);
      expect(words(t)).toBeGreaterThan(5);
    });
    await expect(page.locator('.chapter-meta .editorial-label')).toHaveText('Editors’ translation');
    // each figure of the chapter (but the editors' own calculations) opens from its number
    const inText = model.figures.filter((f) => f.chapter === c.slug && !f.derived);
    await expect(page.locator('main .prose a.fig-ref')).toHaveCount(inText.length);
  }
});

test('@base the view: the edition’s language only, or side by side — links (no JavaScript needed) that keep the paragraph with JavaScript', async ({ watched: page }) => {
  await page.goto('en/chapters/innovation/#p7');
  // A view, not a second language choice: the language is the edition switch's.
  const modes = page.getByRole('navigation', { name: 'View', exact: true });
  await expect(modes.locator('[aria-current="page"]')).toHaveText('English only');
  await expect(modes.getByRole('link')).toHaveText(['Side by side']);
  await modes.getByRole('link', { name: 'Side by side' }).click();
  await expect(page).toHaveURL(/\/en\/chapters\/innovation\/bilingual\/#p7$/);
  // (the address changes before the page's stylesheets have loaded: laid out without them, the columns would stack)
  await page.waitForLoadState('load');
  // side by side on a wide screen: the Chinese and the English of a paragraph share a row
  // (both measured at once: the page may still be scrolling to #p7)
  const [zh, en] = await page.locator('#p7').evaluate((p) => [p, p.nextElementSibling!].map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
  expect(Math.abs(zh!.y - en!.y)).toBeLessThan(2);
  expect(en!.x).toBeGreaterThan(zh!.x + zh!.width);
  await expect(page.locator('#p7 + p.en')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#p7')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('navigation', { name: 'View', exact: true }).locator('[aria-current="page"]')).toHaveText('Side by side');
  await page.getByRole('navigation', { name: 'View', exact: true }).getByRole('link', { name: 'English only' }).click();
  await expect(page).toHaveURL(/\/en\/chapters\/innovation\/#p7$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('side by side on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('interleaves: each Chinese paragraph, then its English, full width', async ({ watched: page }) => {
    await page.goto('chapters/qingshuitang/bilingual/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const zh = (await page.locator('#p2').boundingBox())!;
    const en = (await page.locator('#p2 + p.en').boundingBox())!;
    expect(en.y).toBeGreaterThan(zh.y + zh.height - 1);
    expect(en.width).toBeGreaterThan(300);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the view is a plain link between the chapter and its side-by-side page, in the edition', async ({ page }) => {
    await page.goto('chapters/social-governance/');
    const modes = page.getByRole('navigation', { name: '阅读方式' });
    await expect(modes.locator('[aria-current="page"]')).toHaveText('只看中文');
    await expect(modes.getByRole('link')).toHaveCount(1);
    await expect(modes.getByRole('link', { name: '中英对照' })).toHaveAttribute('href', /\/chapters\/social-governance\/bilingual\/$/);
    await modes.getByRole('link', { name: '中英对照' }).click();
    await expect(page.locator('.para-pair')).toHaveCount(model.chapters[3]!.paragraphs.length);
    await expect(page.getByRole('navigation', { name: '阅读方式' }).getByRole('link', { name: '只看中文' })).toHaveAttribute('href', /\/chapters\/social-governance\/$/);
  });
});

test('the glossary: every term with pinyin, English, an editorial explanation and links to its paragraphs, in every edition', async ({ watched: page }) => {
  for (const prefix of ['', 'zh-hant/', 'en/']) {
    await page.goto(`${prefix}glossary/`);
    await expect(page.locator('.glossary .term')).toHaveCount(model.glossary.length);
  }
  // English: sorted by English, explanation in English
  const t = model.glossary.find((g) => g.id === 'two-oriented-society')!;
  const entry = page.locator(`#term-${t.id}`);
  await expect(entry.locator('dt .en')).toHaveText(t.en);
  await expect(entry.locator('dt .zh')).toHaveText(t.term);
  await expect(entry.locator('[data-editorial]')).toContainText(t.explanation);
  await expect(entry.locator('.uses a')).toHaveCount(t.uses.length);
});

test('@base a term’s first use in a chapter opens its entry, in Chinese and in English, with and without JavaScript', async ({ watched: page }) => {
  const t = model.glossary.find((g) => g.id === 'two-oriented-society')!;
  const first = t.first.find((u) => u.chapter === 'two-oriented-society')!;
  for (const prefix of ['', 'en/']) {
    await page.goto(`${prefix}chapters/two-oriented-society/`);
    const ref = page.locator(`#${first.paragraph} a.term-ref[data-term="${t.id}"]`);
    await expect(ref).toHaveCount(1);
    await ref.click();
    const pop = page.locator(`#term-pop-${t.id}`);
    await expect(pop).toBeVisible();
    await expect(pop).toContainText(t.pinyin);
    await expect(pop.getByRole('link').first()).toHaveAttribute('href', new RegExp(`${prefix}glossary/#term-${t.id}$`));
    await page.keyboard.press('Escape');
    await expect(pop).toBeHidden();
  }
  // only the first use in each chapter is linked
  await page.goto('chapters/two-oriented-society/');
  await expect(page.locator(`a.term-ref[data-term="${t.id}"]`)).toHaveCount(1);
});
