import { chapterSlugs, expect, model, test } from './site';

test('chapter navigation walks the four chapters in order, forwards and back', async ({ watched: page }) => {
  await page.goto(`chapters/${chapterSlugs[0]}/`);
  for (const slug of chapterSlugs.slice(1)) {
    await page.getByRole('link', { name: /下一章/ }).click();
    await expect(page).toHaveURL(new RegExp(`/chapters/${slug}/$`));
  }
  await expect(page.getByRole('link', { name: /下一章/ })).toHaveCount(0);
  for (const slug of [...chapterSlugs].reverse().slice(1)) {
    await page.getByRole('link', { name: /上一章/ }).click();
    await expect(page).toHaveURL(new RegExp(`/chapters/${slug}/$`));
  }
});

// A chapter's head, paragraphs and switcher, on every chapter's built page: tests/dist/chapters.test.ts.
// Here, what needs a browser: a title the editors wrote looks like the editors' words (the dek's
// face and colour); the article's own, like the article. One chapter of each kind of title.
test('a title the editors wrote is set like the dek; the article’s own title, like the article', async ({ watched: page }) => {
  const kinds = ['editorial', 'article'].map((k) => model.chapters.find((c) => c.titleSource === k)!);
  for (const c of kinds) {
    await page.goto(`chapters/${c.slug}/`);
    const face = (sel: string) => page.locator(sel).first().evaluate((e) => { const s = getComputedStyle(e); return `${s.fontFamily} ${s.color}`; });
    const [title, dek, article] = await Promise.all([face('.chapter-title'), face('.dek'), face('.prose p[data-article]')]);
    if (c.titleSource === 'editorial') expect(title, c.slug).toBe(dek);
    else {
      expect(title.split(' rgb')[0], c.slug).toBe(article.split(' rgb')[0]);
      expect(title, c.slug).not.toBe(dek);
    }
  }
});

test('every chapter’s first paragraph starts inside the first screen, in Chinese and in English, on a phone and on a desktop', async ({ watched: page }) => {
  for (const slug of chapterSlugs.flatMap((s) => [`chapters/${s}/`, `en/chapters/${s}/`])) {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(slug);
    // Each width laid out from the same load (the page's layout follows the viewport; nothing is measured by script at load).
    for (const [width, height] of [[390, 844], [1280, 800]] as const) {
      await page.setViewportSize({ width, height });
      const top = await page.locator('#p1').evaluate((p) => p.getBoundingClientRect().top + scrollY);
      expect(top, `${slug} at ${width}×${height}`).toBeLessThan(height - 60);
    }
  }
});

test('arriving at a paragraph link shows that paragraph', async ({ watched: page }) => {
  await page.goto('chapters/innovation/#p5');
  await expect(page.locator('#p5')).toBeInViewport();
});
