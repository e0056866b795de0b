// validateContent (src/lib/guard/index.ts) on the real content with changes the one-file fixtures of
// tests/fixtures/broken-content.yaml cannot make: no article at all, a file that is not an object,
// and problems in two files at once.
import { describe, expect, it } from 'vitest';
import { formatProblem, validateContent, type ContentFiles } from '../../src/lib/guard';
import { readContentFiles } from '../../src/plugins/content-files';

const real = readContentFiles(new URL('../../', import.meta.url).pathname);
const problems = (change: (files: ContentFiles) => void) => {
  const files = structuredClone(real);
  change(files);
  const { problems, content } = validateContent(files);
  expect(content).toBeNull();
  return problems.map(formatProblem);
};

describe('the article', () => {
  it('is required, and nothing is checked against it when it is missing', () => {
    expect(problems((f) => { f.seed = null; })).toEqual([
      'seeds/000_77bdc98d5b478d78.txt › article › file: is missing: the article must be in seeds/ (see content/source.yaml)',
    ]);
  });
  it('is looked for in seeds/ when the source record cannot be read either', () => {
    expect(problems((f) => {
      f.seed = null;
      f.source.text = f.source.text.replace(/^headline: .*\n/m, '');
    })).toEqual([
      'content/source.yaml › source › headline: is required (expected string)',
      'seeds/ › article › file: is missing: the article must be in seeds/ (see content/source.yaml)',
    ]);
  });
});

describe('the geographic files', () => {
  it('names a problem with the whole of a provenance file', () => {
    expect(problems((f) => { f.geoSource.text = `[${f.geoSource.text}]`; })).toEqual([
      'content/geo/source.json › source › (whole file): is not valid: (file) Expected object, received array (regenerate it with npm run geo:extract)',
    ]);
  });
});

describe('signature numbers', () => {
  it('are checked whenever the figures file itself is sound, whatever else is wrong', () => {
    expect(problems((f) => {
      f.places.text = f.places.text.replace('  name: 荷塘区\n', '  name: [荷塘区\n');
      f.figures.text = f.figures.text.replace('  quote: "面对15.15平方公里广阔地域"\n', '  quote: "面对15.15平方公里广阔地域"\n  key: true\n');
    })).toEqual([
      'content/places.yaml › (whole file) › YAML: is malformed at line 8, column 3: missed comma between flow collection entries',
      'content/figures.yaml › chapter "qingshuitang" › key: has 2 figures with key: true (qst-area-km2, qst-closed-total): mark exactly one, the chapter\'s signature number',
    ]);
  });
});

describe('the source and site records', () => {
  it('are required: an empty file is no record and would otherwise pass unnoticed', () => {
    expect(problems((f) => { f.site.text = ''; })).toEqual([
      'content/site.yaml › (whole file) › (file): is missing or empty: the site\'s name, description and introduction come from it',
    ]);
    expect(problems((f) => { f.source.text = ' \n'; })[0]).toBe(
      'content/source.yaml › (whole file) › (file): is missing or empty: it names the article in seeds/ and the repairs made to its text',
    );
  });
});

describe('the geographic provenance file', () => {
  it('names every field that is wrong, by its path', () => {
    expect(problems((f) => { f.geoSource.text = f.geoSource.text.replace('"version": "0.1.4"', '"version": 0.14').replace('"sourcePositions": 525', '"sourcePositions": "525"'); })).toEqual([
      'content/geo/source.json › source › (whole file): is not valid: version Expected string, received number; districts.0.sourcePositions Expected number, received string (regenerate it with npm run geo:extract)',
    ]);
  });
});

describe('a chapter title taken from the article', () => {
  it('is checked against the article, not as editorial words: a number added to it is reported once', () => {
    expect(problems((f) => {
      const c = f.chapters.find((x) => x.path.endsWith('02-two-oriented-society.mdx'))!;
      c.text = c.text.replace('title: "构建“两型社会” 擦亮绿色发展新底色"', 'title: "构建“两型社会” 擦亮7色发展新底色"');
    })).toEqual([
      'content/chapters/02-two-oriented-society.mdx › frontmatter › title: does not follow the article (seeds/000_77bdc98d5b478d78.txt): after “构建“两型社会”擦亮” the article has “绿色发展新底色从株洲市区出发，记” but the site has “7色发展新底色从株洲市区出发，记”',
    ]);
  });
});

describe('the 繁體 round trip', () => {
  it('checks every Chinese text of every record, and names it', () => {
    const advice = '(the 繁體 edition is generated from this text with OpenCC: write it in 简体, and where a word does not come back, as 坐标 → 座標 → 座标, choose another word)';
    const found = problems((f) => {
      const ch1 = f.chapters.find((x) => x.path.endsWith('01-qingshuitang.mdx'))!;
      f.site.text = f.site.text.replace('附文中的数字、地点与时间线', '附文中的数字、坐标与时间线');
      f.source.text = f.source.text.replace('确切日期不详。\n', '确切日期不补坐标。\n');
      f.seed!.text = f.seed!.text.replace('道路曲折', '道路坐标曲折');
      ch1.text = ch1.text.replace('道路曲折', '道路坐标曲折')
        .replace('dek: "上百家工厂', 'dek: "坐标：上百家工厂')
        .replace('## 破解六大难题 {', '## 破解六大难题的坐标 {')
        .replace('<Units id="closures" title="清水塘的企业', '<Units id="closures" note="坐标不详" title="坐标：清水塘的企业')
        .replace('<Chart id="funding"', '<Chart title="坐标" ');
      f.nonFigures.text = f.nonFigures.text.replace('  reason: "“首批”是批次', '  reason: "坐标：“首批”是批次');
      f.timeline.text = f.timeline.text.replace('  label: 清水塘搬迁改造列为全国城区老工业区改造试点\n', '  label: 清水塘搬迁改造列为坐标试点\n');
      f.glossary.text = f.glossary.text.replace('  zh: 指城市市区内', '  zh: 坐标：指城市市区内');
      f.english.article.text = f.english.article.text.replace('the last six still open" }', 'the last six still open", note: "Location unknown." }');
    });
    expect(found).toEqual([
      'content/source.yaml › source › publishedNote: does not survive the 繁體 conversion: “坐标。” becomes “座標。” and comes back as “座标。”',
      'content/site.yaml › site › description: does not survive the 繁體 conversion: “坐标与时” becomes “座標與時” and comes back as “座标与时”',
      'content/chapters/01-qingshuitang.mdx › frontmatter › dek: does not survive the 繁體 conversion: “坐标：上” becomes “座標：上” and comes back as “座标：上”',
      'content/chapters/01-qingshuitang.mdx › heading "破解六大难题的坐标" › text: does not survive the 繁體 conversion: “坐标” becomes “座標” and comes back as “座标”',
      'content/chapters/01-qingshuitang.mdx › paragraph p2 › text: does not survive the 繁體 conversion: “坐标曲折” becomes “座標曲折” and comes back as “座标曲折”',
      'content/chapters/01-qingshuitang.mdx › <Units id="closures"> › title: does not survive the 繁體 conversion: “坐标：清” becomes “座標：清” and comes back as “座标：清”',
      'content/chapters/01-qingshuitang.mdx › <Units id="closures"> › note: does not survive the 繁體 conversion: “坐标不详” becomes “座標不詳” and comes back as “座标不详”',
      'content/non-figures.yaml › non-figure #1 › reason: does not survive the 繁體 conversion: “坐标：“” becomes “座標：「” and comes back as “座标：“”',
      'content/timeline.yaml › event "qst-pilot-2014" › label: does not survive the 繁體 conversion: “坐标试点” becomes “座標試點” and comes back as “座标试点”',
      'content/glossary.yaml › term "old-urban-industrial-district" › zh: does not survive the 繁體 conversion: “坐标：指” becomes “座標：指” and comes back as “座标：指”',
    ].map((m) => `${m} ${advice}`));
  });
  it('names a graphic without an id by its component', () => {
    expect(problems((f) => {
      const ch1 = f.chapters.find((x) => x.path.endsWith('01-qingshuitang.mdx'))!;
      ch1.text = ch1.text.replace('<PlaceMap id="map" title="清水塘：', '<PlaceMap title="坐标：');
    }).filter((p) => p.includes('繁體')).map((p) => p.split(': does not survive')[0])).toEqual([
      'content/chapters/01-qingshuitang.mdx › <PlaceMap id=""> › title',
    ]);
  });
});
