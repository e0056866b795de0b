import { chapterSlugs, expect, test } from './site';

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

for (const slug of chapterSlugs) {
  test(`${slug}: article paragraphs are marked and numbered, editorial matter is not`, async ({ watched: page }) => {
    await page.goto(`chapters/${slug}/`);
    const ids = await page.locator('.prose p[data-article]').evaluateAll((ps) => ps.map((p) => p.id));
    expect(ids.length).toBeGreaterThan(5);
    expect(ids).toEqual(ids.map((_, i) => `p${i + 1}`));
    await expect(page.locator('[data-editorial][data-article], .dek[data-article], .toc [data-article]')).toHaveCount(0);
    // Every table-of-contents link lands on an editorial subhead.
    const targets = await page.locator('.toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(targets.length).toBeGreaterThan(1);
    for (const t of targets) await expect(page.locator(`${t}[data-editorial]`)).toHaveCount(1);
    await expect(page.getByText(/阅读约\d+分钟/)).toBeVisible();
  });
}

test('arriving at a paragraph link shows that paragraph', async ({ watched: page }) => {
  await page.goto('chapters/innovation/#p5');
  await expect(page.locator('#p5')).toBeInViewport();
});
