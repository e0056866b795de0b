/**
 * A checker of Hanyu Pinyin as the glossary writes it, by the rules of the national orthography
 * (GB/T 16159-2012, Basic rules of the Chinese phonetic alphabet orthography) that a machine can
 * check, applied the same way to every entry. Pure.
 *
 * Rules (each problem names its rule):
 * - `letters`: Latin letters with tone marks, digits, spaces, hyphens, the apostrophe and the
 *   punctuation of a sentence (, . ? !) only.
 * - `syllable`: every syllable is a syllable of Putonghua (the table below).
 * - `tone`: every syllable carries one tone mark (neutral tone only in the particles and suffixes
 *   listed in NEUTRAL), on the vowel the rule says: a or e; the o of ou; else the last vowel.
 * - `apostrophe`: inside a word a syllable that begins with a, o or e follows an apostrophe
 *   (Xī’ān, píng’ān), and an apostrophe stands nowhere else. (A missing apostrophe reads as
 *   other syllables — Xīān as xiān — and shows as a wrong `count`.)
 * - `count`: one syllable for each Chinese character of the term (or of its full form, where the
 *   term is a Latin abbreviation); digits in the term are written as the same digits.
 * - `hyphen`: a hyphen joins the syllables of a coordinated abbreviation, one syllable a part
 *   (dǎng-zhèng 党政, Cháng-Zhū-Tán 长株潭), 第 and its numeral (dì-sān 第三), or the two halves
 *   of a four-character idiom (zhuàngshì-duànwàn 壮士断腕); nothing else.
 * - `word`: words are written as words — a word (or a hyphenated part) has at most four syllables
 *   (longer names are divided by words); the bound suffixes 化 性 者 们 员 are joined to the word
 *   before them (wǎnggéhuà); and the abbreviations and compressed words of the rule set below are
 *   written as the rule set says, wherever they occur.
 * - `capital`: a proper name capitalises each word (and each part of a hyphenated word:
 *   Cháng-Zhū-Tán), and so does a name inside another term (PROPER_WORDS: Guówùyuàn); a sentence
 *   (a line that ends with . ? or !) capitalises its first word; no other capitals.
 * - `consistency` (over the whole glossary, {@link checkPinyinSet}): the same Chinese word is
 *   spelled and divided the same way in every entry.
 */

/** Every syllable of Putonghua without its tone (ü written ü). */
const SYLLABLES = new Set(`
a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu
ca cai can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo
da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo
e ei en eng er fa fan fang fei fen feng fo fou fu
ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo
ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo
ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun
ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo
la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lü lüe
ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu
na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nü nüe
o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu
qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun
ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo
sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo
ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo
wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun
ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun
za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo
`.trim().split(/\s+/));

/** Syllables that may be written without a tone mark (neutral tone): particles and suffixes. */
const NEUTRAL = new Set(['de', 'le', 'zi', 'men', 'ne', 'ma', 'me', 'ba', 'zhe']);

const TONED: Record<string, [string, number]> = {};
for (const [base, marks] of [['a', 'āáǎà'], ['e', 'ēéěè'], ['i', 'īíǐì'], ['o', 'ōóǒò'], ['u', 'ūúǔù'], ['ü', 'ǖǘǚǜ']] as const) {
  [...marks].forEach((m, i) => { TONED[m] = [base, i + 1]; });
}
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'ü']);

/**
 * The rule set: coordinated abbreviations (each syllable a word of its own, joined by hyphens) and
 * compressed words (written as one word), by their characters. Decided once, here, for every entry.
 */
export const COORDINATED = ['党政', '科教', '长株潭', '放管服', '管养', '产学研'] as const;
/** Proper names inside a term that is not itself a name: capitalised wherever they stand (Guówùyuàn tèshū jīntiē). */
export const PROPER_WORDS = ['国务院', '中国', '湖南', '株洲', '长沙', '湘潭', '浙江'] as const;
export const COMPRESSED = ['同责', '共建', '共治', '共享', '综治', '维稳', '双创', '医联体', '两型', '上访', '下访', '公建', '民营', '民办', '公助'] as const;
/** Bound suffixes, joined to the word before them. */
const SUFFIXES = new Set(['化', '性', '者', '们', '员']);

export interface PinyinProblem {
  rule: 'letters' | 'syllable' | 'tone' | 'apostrophe' | 'count' | 'hyphen' | 'word' | 'capital' | 'consistency';
  message: string;
}

/** One written word: its text, its hyphenated parts and each part's syllables (toneless, tone). */
interface Word {
  text: string;
  parts: { text: string; syllables: { base: string; tone: number; text: string }[] }[];
  digits: boolean;
  /** The word begins a sentence. */
  sentenceStart: boolean;
  /** The Chinese it spells (filled by alignment). */
  zh: string;
}

/** A syllable's base and tone, or a problem. */
function readSyllable(s: string): { base: string; tone: number; marks: number; at: number } {
  let base = '';
  let tone = 0;
  let marks = 0;
  let at = -1;
  for (const ch of s.toLowerCase()) {
    const t = TONED[ch];
    if (t) { at = base.length; base += t[0]; tone = t[1]; marks++; } else base += ch;
  }
  return { base, tone, marks, at };
}

/** Where the tone mark goes in a toneless syllable: a or e; the o of ou; else the last vowel. */
export function toneVowelIndex(base: string): number {
  const a = base.indexOf('a');
  if (a >= 0) return a;
  const e = base.indexOf('e');
  if (e >= 0) return e;
  const ou = base.indexOf('ou');
  if (ou >= 0) return ou;
  for (let i = base.length - 1; i >= 0; i--) if (VOWELS.has(base[i]!)) return i;
  return -1;
}

/**
 * The syllables of one written part (no hyphen, apostrophes kept): every way of cutting it into
 * syllables of the table, no syllable but the first of a stretch beginning with a, o or e (that
 * needs an apostrophe), every stretch after an apostrophe beginning with one. The first such
 * division, longest syllables first; null if there is none.
 */
function divide(part: string): string[] | null {
  const chunks = part.split(/[’']/);
  const out: string[] = [];
  for (const [k, chunk] of chunks.entries()) {
    const plain = [...chunk].map((c) => TONED[c.toLowerCase()]?.[0] ?? c.toLowerCase()).join('');
    if (k > 0 && !/^[aoe]/.test(plain)) return null;
    const memo = new Map<number, number[] | null>();
    const from = (i: number): number[] | null => {
      if (i === plain.length) return [];
      if (memo.has(i)) return memo.get(i)!;
      let found: number[] | null = null;
      for (let len = Math.min(6, plain.length - i); len >= 1 && !found; len--) {
        const s = plain.slice(i, i + len);
        if (!SYLLABLES.has(s)) continue;
        if (i > 0 && /^[aoe]/.test(s)) continue;
        const rest = from(i + len);
        if (rest) found = [len, ...rest];
      }
      memo.set(i, found);
      return found;
    };
    const lens = from(0);
    if (!lens) return null;
    let at = 0;
    const chars = [...chunk];
    for (const len of lens) { out.push(chars.slice(at, at + len).join('')); at += len; }
  }
  return out;
}

const HAN = /\p{Script=Han}/u;

/** The pinyin of one entry, checked against its Chinese (`zh`: the term, or its full form). */
export function checkPinyin(zh: string, pinyin: string, opts: { proper?: boolean } = {}): { problems: PinyinProblem[]; words: Word[] } {
  const problems: PinyinProblem[] = [];
  const say = (rule: PinyinProblem['rule'], message: string) => problems.push({ rule, message });
  const bad = pinyin.replace(/[a-zA-ZāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüÜ0-9 \-’',.?!]/g, '');
  if (bad) say('letters', `has characters that are not pinyin: “${bad}”`);
  if (/\s{2,}|^\s|\s$|\s[,.?!]|-\s|\s-|--/.test(pinyin)) say('letters', 'has stray spaces or hyphens');
  const sentence = /[.?!]$/.test(pinyin.trim());

  const words: Word[] = [];
  let startNext = true;
  for (const raw of pinyin.trim().split(/\s+/)) {
    const text = raw.replace(/[,.?!]+$/, '');
    const word: Word = { text, parts: [], digits: /^\d+$/.test(text), sentenceStart: startNext, zh: '' };
    startNext = /[.?!]$/.test(raw);
    words.push(word);
    if (word.digits || !text) continue;
    for (const part of text.split('-')) {
      if (/[’'](?![aoeāáǎàēéěèōóǒò])/i.test(part) || /^[’']|[’']$/.test(part)) { say('apostrophe', `“${part}”: an apostrophe stands only before a syllable that begins with a, o or e`); word.parts.push({ text: part, syllables: [] }); continue; }
      const sylls = divide(part);
      if (!sylls) { say('syllable', `“${part}” is not a sequence of pinyin syllables`); word.parts.push({ text: part, syllables: [] }); continue; }
      const out: Word['parts'][number]['syllables'] = [];
      for (const s of sylls) {
        const r = readSyllable(s);
        if (r.marks > 1) say('tone', `“${s}” has ${r.marks} tone marks`);
        else if (r.marks === 0 && !NEUTRAL.has(r.base)) say('tone', `“${s}” has no tone mark`);
        else if (r.marks === 1 && r.at !== toneVowelIndex(r.base)) say('tone', `“${s}”: the tone mark belongs on “${r.base[toneVowelIndex(r.base)]}”`);
        out.push({ base: r.base, tone: r.tone, text: s });
      }
      word.parts.push({ text: part, syllables: out });
    }
  }
  if (problems.some((p) => p.rule === 'letters' || p.rule === 'syllable' || p.rule === 'apostrophe')) return { problems, words };

  // count: align the syllables with the characters
  const units = [...zh].filter((c) => HAN.test(c) || /[0-9A-Za-z]/.test(c));
  const han = units.filter((c) => HAN.test(c)).length;
  const syllables = words.reduce((n, w) => n + w.parts.reduce((m, p) => m + p.syllables.length, 0), 0);
  const digitsZh = zh.match(/\d+/g) ?? [];
  const digitsPy = words.filter((w) => w.digits).map((w) => w.text);
  if (han !== syllables) say('count', `has ${syllables} syllables for ${han} Chinese characters (“${zh}”)`);
  if (digitsZh.join(' ') !== digitsPy.join(' ')) say('count', `writes the digits ${digitsPy.join(' ') || 'none'} where the term has ${digitsZh.join(' ') || 'none'}`);
  if (problems.some((p) => p.rule === 'count')) return { problems, words };
  {
    const chars = [...zh].filter((c) => HAN.test(c) || /\d/.test(c));
    let i = 0;
    for (const w of words) {
      if (w.digits) { w.zh = w.text; i += w.text.length; continue; }
      const n = w.parts.reduce((m, p) => m + p.syllables.length, 0);
      w.zh = chars.slice(i, i + n).join('');
      i += n;
    }
  }

  // hyphen
  for (const w of words) {
    if (w.parts.length < 2) continue;
    const sizes = w.parts.map((p) => p.syllables.length);
    const abbreviation = sizes.every((n) => n === 1);
    const idiom = sizes.length === 2 && sizes[0] === 2 && sizes[1] === 2;
    if (!abbreviation && !idiom) say('hyphen', `“${w.text}”: a hyphen joins one-syllable parts of a coordinated abbreviation or the two halves of a four-character idiom, not parts of ${sizes.join('+')} syllables`);
  }

  // word
  for (const w of words) for (const p of w.parts) if (p.syllables.length > 4) say('word', `“${p.text}” runs ${p.syllables.length} syllables together: divide it into words`);
  const wordAt: { start: number; end: number; w: Word; parts: { start: number; end: number }[] }[] = [];
  {
    let i = 0;
    for (const w of words) {
      const n = w.digits ? w.text.length : w.parts.reduce((m, p) => m + p.syllables.length, 0);
      const parts: { start: number; end: number }[] = [];
      let j = i;
      for (const p of w.parts) { parts.push({ start: j, end: j + p.syllables.length }); j += p.syllables.length; }
      wordAt.push({ start: i, end: i + n, w, parts });
      i += n;
    }
  }
  const flat = words.map((w) => w.zh).join('');
  for (const { start, w } of wordAt) if (!w.digits && start > 0 && SUFFIXES.has(flat[start]!)) say('word', `“${w.text}” begins with the suffix ${flat[start]}, which is joined to the word before it`);
  for (const a of COORDINATED) {
    for (let at = flat.indexOf(a); at >= 0; at = flat.indexOf(a, at + 1)) {
      const inOne = wordAt.find((x) => x.start <= at && at + a.length <= x.end);
      const ok = inOne && inOne.parts.filter((p) => p.start >= at && p.end <= at + a.length).length === a.length;
      if (!ok) say('word', `${a} is a coordinated abbreviation: its syllables are joined by hyphens (${a.length} parts)`);
    }
  }
  for (const c of COMPRESSED) {
    for (let at = flat.indexOf(c); at >= 0; at = flat.indexOf(c, at + 1)) {
      const ok = wordAt.some((x) => x.parts.some((p) => p.start <= at && at + c.length <= p.end));
      if (!ok) say('word', `${c} is one word: its syllables are written together`);
    }
  }

  // capital
  for (const [k, w] of words.entries()) {
    if (w.digits) continue;
    for (const [j, p] of w.parts.entries()) {
      const first = p.text[0] ?? '';
      const upper = first !== first.toLowerCase();
      const inner = [...p.text.slice(1)].some((c) => c !== c.toLowerCase());
      const name = (PROPER_WORDS as readonly string[]).includes(w.zh);
      const wanted = opts.proper || name || (sentence && k === 0 && j === 0) || (w.sentenceStart && j === 0 && sentence);
      if (inner) say('capital', `“${p.text}” has a capital inside a word`);
      if (wanted && !upper) say('capital', `“${p.text}” begins ${opts.proper || name ? 'a word of a proper name' : 'a sentence'}: capitalise it`);
      if (!wanted && upper) say('capital', `“${p.text}” is capitalised, but it neither begins a sentence nor is part of a proper name`);
    }
  }
  return { problems, words };
}

export interface PinyinEntry { id: string; term: string; full?: string | undefined; pinyin: string; proper?: boolean | undefined }

/** Every entry checked, and the whole set for consistency: each problem with the entry's id. */
export function checkPinyinSet(entries: readonly PinyinEntry[]): { id: string; problem: PinyinProblem }[] {
  const out: { id: string; problem: PinyinProblem }[] = [];
  const spelled = new Map<string, { id: string; text: string }>();
  const checked = entries.map((e) => ({ e, r: checkPinyin(e.full ?? e.term, e.pinyin, { proper: e.proper }) }));
  for (const { e, r } of checked) {
    for (const problem of r.problems) out.push({ id: e.id, problem });
    if (r.problems.length) continue;
    for (const w of r.words) {
      if (w.digits || [...w.zh].length < 2) continue;
      const text = w.text.toLowerCase();
      const seen = spelled.get(w.zh);
      if (seen && seen.text !== text) out.push({ id: e.id, problem: { rule: 'consistency', message: `writes ${w.zh} as “${w.text}”, but term "${seen.id}" writes it “${seen.text}”` } });
      else if (!seen) spelled.set(w.zh, { id: e.id, text });
    }
  }
  // A word of one entry must not be split across words in another.
  for (const { e, r } of checked) {
    if (r.problems.length) continue;
    const flat = r.words.map((w) => w.zh).join('');
    const bounds = new Set<number>();
    let i = 0;
    for (const w of r.words) { i += [...w.zh].length; bounds.add(i); }
    for (const [zh, { id }] of spelled) {
      if (id === e.id) continue;
      for (let at = flat.indexOf(zh); at >= 0; at = flat.indexOf(zh, at + 1)) {
        const cut = [...bounds].some((b) => b > at && b < at + zh.length);
        if (cut) out.push({ id: e.id, problem: { rule: 'consistency', message: `splits ${zh} across words, but term "${id}" writes it as one word` } });
      }
    }
  }
  return out;
}
