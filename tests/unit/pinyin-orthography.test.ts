// The pinyin checker (src/lib/pinyin/orthography.ts): GB/T 16159-2012 as a rule set a machine can
// check, on good spellings, on broken ones (each failing by its rule), and on the real glossary.
import fs from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkPinyin, checkPinyinSet, toneVowelIndex, type PinyinEntry } from '../../src/lib/pinyin/orthography';

const rules = (zh: string, pinyin: string, proper = false) => checkPinyin(zh, pinyin, { proper }).problems.map((p) => p.rule);

describe('good spellings pass', () => {
  it.each([
    ['两型社会', 'liǎngxíng shèhuì', false],
    ['党政同责', 'dǎng-zhèng tóngzé', false],
    ['共建共治共享', 'gòngjiàn gòngzhì gòngxiǎng', false],
    ['长株潭', 'Cháng-Zhū-Tán', true],
    ['中国制造2025', 'Zhōngguó Zhìzào 2025', true],
    ['国务院特殊津贴', 'Guówùyuàn tèshū jīntiē', false],
    ['壮士断腕', 'zhuàngshì-duànwàn', false],
    ['绿树村边合，青山郭外斜', 'Lǜshù cūnbiān hé, qīngshān guōwài xié.', false],
    ['网格化', 'wǎnggéhuà', false],
    ['西安', 'Xī’ān', true],
    ['谁家的孩子谁家抱', 'shéi jiā de háizi shéi jiā bào', false],
    ['第三方', 'dì-sān fāng', false],
    ['女儿', 'nǚ’ér', false],
  ])('%s: %s', (zh, pinyin, proper) => {
    expect(rules(zh, pinyin, proper)).toEqual([]);
  });
  it('puts the tone on a or e, the o of ou, else the last vowel', () => {
    expect(['hao', 'lei', 'gou', 'liu', 'gui', 'lüe'].map(toneVowelIndex)).toEqual([1, 1, 1, 2, 2, 2]);
  });
});

describe('broken spellings fail, each by its rule', () => {
  it.each([
    ['党政同责', 'dǎng zhèng tóng zé', false, ['word', 'word'], 'syllable by syllable: the abbreviation unhyphenated and the compressed word split'],
    ['两型社会', 'liangxing shehui', false, ['tone', 'tone', 'tone', 'tone'], 'no tone marks'],
    ['社会', 'shèhùi', false, ['tone'], 'the tone on the wrong vowel of ui'],
    ['社会', 'shèhuìì', false, ['syllable'], 'no such syllable'],
    ['好', 'hǎǒ', false, ['tone'], 'two tone marks'],
    ['西安', 'Xīān', true, ['tone', 'count'], 'a missing apostrophe reads as one syllable (xiān), its mark then off the a'],
    ['开放', 'kāi’fàng', false, ['apostrophe'], 'an apostrophe before a consonant'],
    ['长株潭', 'cháng-zhū-tán', true, ['capital', 'capital', 'capital'], 'a proper name in lower case'],
    ['两型社会', 'Liǎngxíng shèhuì', false, ['capital'], 'a capital that is neither a name nor a sentence start'],
    ['国务院特殊津贴', 'guówùyuàn tèshū jīntiē', false, ['capital'], 'a name inside a term left in lower case'],
    ['绿树村边合，青山郭外斜', 'lǜshù cūnbiān hé, qīngshān guōwài xié.', false, ['capital'], 'a sentence without its capital'],
    ['综合配套改革试验区', 'zōnghépèitàogǎigéshìyànqū', false, ['word'], 'a name run together'],
    ['综合配套改革', 'zōnghé-pèitào-gǎigé', false, ['hyphen'], 'a hyphen between words that are no abbreviation or idiom'],
    ['网格化', 'wǎnggé huà', false, ['word'], 'a suffix cut off its word'],
    ['中国制造2025', 'Zhōngguó Zhìzào èr líng èr wǔ', true, ['count', 'count'], 'digits spelled out'],
    ['PPP', 'zhèngfǔ hé shèhuì zīběn hézuò', false, ['count'], 'pinyin for characters the entry does not show'],
    ['社会', 'shèhuì*', false, ['letters', 'syllable'], 'a stray character'],
  ])('%s: %s', (zh, pinyin, proper, want, _why) => {
    expect(want.length).toBeGreaterThan(0);
    expect(rules(zh, pinyin, proper)).toEqual(want);
  });
});

describe('the glossary as a whole', () => {
  const e = (id: string, term: string, pinyin: string): PinyinEntry => ({ id, term, pinyin });
  it('spells one Chinese word one way', () => {
    expect(checkPinyinSet([e('a', '两型社会', 'liǎngxíng shèhuì'), e('b', '社会组织', 'shèhui zǔzhī')]).map((x) => x.problem.rule)).toEqual(['tone']);
    expect(checkPinyinSet([e('a', '党政同责', 'dǎng-zhèng tóngzé'), e('b', '同责制', 'tóng zézhì')]).map((x) => `${x.id} ${x.problem.rule} ${x.problem.message}`)).toEqual([
      'b word 同责 is one word: its syllables are written together',
    ]);
    expect(checkPinyinSet([e('a', '社会组织', 'shèhuìzǔzhī'), e('b', '社会组织建设', 'shèhuì zǔzhī jiànshè')]).map((x) => `${x.id} ${x.problem.rule} ${x.problem.message}`)).toEqual([
      'b consistency splits 社会组织 across words, but term "a" writes it as one word',
    ]);
    expect(checkPinyinSet([e('a', '社会治理', 'shèhuì zhìlǐ'), e('b', '社会组织', 'shèhuì zǔzhī')])).toEqual([]);
  });
  it('uses the full form of an abbreviation the article writes in Latin letters', () => {
    expect(checkPinyinSet([{ id: 'ppp', term: 'PPP', full: '政府和社会资本合作', pinyin: 'zhèngfǔ hé shèhuì zīběn hézuò' }])).toEqual([]);
  });
  it('passes for content/glossary.yaml, which has at least 50 terms', () => {
    const terms = yaml.load(fs.readFileSync(new URL('../../content/glossary.yaml', import.meta.url), 'utf8')) as PinyinEntry[];
    expect(terms.length).toBeGreaterThanOrEqual(50);
    expect(checkPinyinSet(terms)).toEqual([]);
  });
});

describe('finding a term by its pinyin as a reader types it', () => {
  it('drops tone marks and writes ü as v', async () => {
    const { plainLatin } = await import('../../src/scripts/glossary-filter');
    expect(plainLatin('Lǜshù cūnbiān hé')).toBe('lvshu cunbian he');
    expect(plainLatin('dǎng-zhèng tóngzé')).toBe('dang-zheng tongze');
  });
});
