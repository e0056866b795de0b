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

for (const c of model.chapters) {
  test(`${c.slug}: title, dek, one meta line, then the article; paragraphs marked and numbered, editorial matter not`, async ({ watched: page }) => {
    await page.goto(`chapters/${c.slug}/`);
    const ids = await page.locator('.prose p[data-article]').evaluateAll((ps) => ps.map((p) => p.id));
    expect(ids).toEqual(c.paragraphs.map((p) => p.id));
    await expect(page.locator('[data-editorial][data-article], .dek[data-article]')).toHaveCount(0);
    // The head is the title, the dek, one meta line and the one-line legend of the marks in the text
    // (issue 22: the numbers and terms are quiet at rest): no contents box, no method notes.
    const head = await page.locator('.chapter-head > *').evaluateAll((els) => els.map((e) => e.className || e.tagName.toLowerCase()));
    expect(head).toEqual(['chapter-top', 'chapter-title', 'dek', 'chapter-meta', 'marks-legend']);
    // the kicker's row: the kicker, and the reading modes
    const top = await page.locator('.chapter-top > *').evaluateAll((els) => els.map((e) => e.className));
    expect(top).toEqual(['kicker', 'reading-mode']);
    await expect(page.locator('.toc, .legend, .title-note')).toHaveCount(0);
    await expect(page.locator('.chapter-meta')).toContainText(`原文约${c.chars}字`);
    // The switcher at the top names the four chapters and marks this one.
    const switcher = page.getByRole('navigation', { name: '章节', exact: true });
    await expect(switcher.getByRole('link')).toHaveCount(model.chapters.length);
    await expect(switcher.locator('[aria-current="page"]')).toHaveText(new RegExp(c.short));
    // A title the editors wrote looks like the editors' words (the dek's face and colour); the article's own, like the article.
    const face = (sel: string) => page.locator(sel).first().evaluate((e) => { const s = getComputedStyle(e); return `${s.fontFamily} ${s.color}`; });
    const [title, dek, article] = await Promise.all([face('.chapter-title'), face('.dek'), face('.prose p[data-article]')]);
    if (c.titleSource === 'editorial') expect(title).toBe(dek);
    else expect(title.split(' rgb')[0]).toBe(article.split(' rgb')[0]);
  });
}

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
