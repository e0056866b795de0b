/** Chinese inside English text (a quoted 几万, a name): the runs of Han characters and CJK punctuation, so that a page can mark them lang="zh-CN". Pure. */

export interface Run { text: string; zh: boolean }

const HAN = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+/g;

/** The text cut into runs: Chinese (Han characters, CJK punctuation, full-width forms) and the rest. */
export function langRuns(text: string): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const m of text.matchAll(HAN)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index), zh: false });
    runs.push({ text: m[0], zh: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), zh: false });
  return runs;
}
