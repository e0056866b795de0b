import { articleText, stripWhitespace } from '../../src/lib/article/text';
import { chapterSlugs, expect, read, source, test } from './site';

test('the article text on the built pages, read in order, is the article', async ({ watched: page }) => {
  let text = '';
  for (const slug of chapterSlugs) {
    await page.goto(`chapters/${slug}/`);
    text += (await page.locator('main [data-article]').allTextContents()).join('');
  }
  await page.goto('about/');
  text += (await page.locator('.closing [data-article]').allTextContents()).join('');
  const expected = articleText(read(source.file), source.repairs);
  expect(stripWhitespace(text)).toBe(expected);
});
