/**
 * The words the browser scripts write (menus, messages, map popups, counts), kept out of the
 * scripts: a page carries the words its scripts need in a `data-text-<part>` attribute, so every edition's
 * pages carry them in that edition's script or language (the 繁體 pages are converted with the rest
 * of the page). Templates name their blanks: fill('已复制{what}', { what: '链接' }). Pure.
 */
import { nestQuotes } from '../article/text';

export const SCRIPT_TEXT = {
  zh: {
    share: {
      copied: '已复制{what}',
      copyFailed: '无法自动复制，请手动复制：{text}',
      quote: '“{quote}”\n——{cite} · 第{n}段\n来源：{source}\n{url}',
      copyParagraphLink: '复制本段链接',
      paragraphLink: '本段链接',
      copyQuote: '复制引文与链接',
      quoteAndLink: '引文与链接',
      quoteCard: '做成引文卡片（图片）',
      share: '分享…',
      report: '报告这一段的错误',
      link: '链接',
    },
    card: {
      title: '引文卡片',
      whole: '整段',
      sentence: '第{n}句',
      pick: '卡片上的文字',
      paragraph: '第{n}段',
      excerpt: '（节选）',
      download: '下载图片',
      share: '分享图片…',
      close: '关闭',
      alt: '引文卡片：{quote}',
      saved: '已生成图片{file}',
      failed: '无法生成图片：{reason}',
    },
    report: {
      title: '报告错误',
      subject: '勘误：{cite}',
      subjectParagraph: '勘误：{cite} · 第{paragraph}段',
      body: '页面：{page}\n段落：{paragraph}\n原文：{passage}\n\n我的意见（哪里不对、应为什么、依据）：\n{note}\n',
      empty: '（未填）',
      page: '页面',
      paragraph: '段落',
      paragraphValue: '第{n}段',
      passage: '原文',
      note: '你的意见：哪里不对，应为什么，依据（出处）',
      mail: '用邮件发送',
      tracker: '在问题跟踪页提交',
      copy: '复制这份报告',
      copied: '报告',
      noChannel: '本站的发布者没有留下接收勘误的地址，本站也不代为发送。请复制这份报告，通过你得到本站链接的渠道交给发布者。',
      close: '关闭',
    },
    map: {
      region: '{title}（交互示意图：方向键平移，加减号缩放，Tab 键逐个选择地点，Esc 关闭说明）',
      map: '地图',
      zoomIn: '放大',
      zoomOut: '缩小',
      several: '{count}个地点（位置相近，或编者只知其所在区县而标在同一点上）：',
      approximate: '约略位置',
      readParagraph: '读原文：{chapter} 第{n}段',
      cluster: '{name}等{count}处',
      badgeCount: '{count}处',
      nameChars: '14',
      markerApproximate: '（约略位置）',
      marker: '{label}：{names}{approximate}，打开说明',
      listSeparator: '、',
      shown: '{district}显示{count}个地点{none}',
      districtPrefix: '{name}：',
      none: '（文中未提到这里的具体地点）',
      original: '原文：',
    },
    table: {
      count: '显示{shown}项，共{total}项{note}',
      byValue: '（按数值排序只在类别与单位相同的数字之间进行，各组分开并标明；名次与说法不是数量，按原文顺序；原文只以文字给出的量排在组末）',
    },
    glossary: {
      count: '显示{shown}条，共{total}条',
    },
  },
  en: {
    share: {
      copied: 'Copied: {what}',
      copyFailed: 'Could not copy automatically; please copy it by hand: {text}',
      quote: '“{quote}”\n— {cite}, paragraph {n}\nSource: {source}\n{url}',
      copyParagraphLink: 'Copy link to this paragraph',
      paragraphLink: 'link to this paragraph',
      copyQuote: 'Copy quotation and link',
      quoteAndLink: 'quotation and link',
      quoteCard: 'Make a quote card (image)',
      share: 'Share…',
      report: 'Report an error in this paragraph',
      link: 'link',
    },
    card: {
      title: 'Quote card',
      whole: 'Whole paragraph',
      sentence: 'Sentence {n}',
      pick: 'Text on the card',
      paragraph: 'paragraph {n}',
      excerpt: ' (excerpt)',
      download: 'Download image',
      share: 'Share image…',
      close: 'Close',
      alt: 'Quote card: {quote}',
      saved: 'Image made{file}',
      failed: 'Could not make the image: {reason}',
    },
    report: {
      title: 'Report an error',
      subject: 'Correction: {cite}',
      subjectParagraph: 'Correction: {cite}, paragraph {paragraph}',
      body: 'Page: {page}\nParagraph: {paragraph}\nPassage: {passage}\n\nMy note (what is wrong, what it should say, your source):\n{note}\n',
      empty: '(not given)',
      page: 'Page',
      paragraph: 'Paragraph',
      paragraphValue: '{n}',
      passage: 'Passage',
      note: 'Your note: what is wrong, what it should say, your source',
      mail: 'Send by e-mail',
      tracker: 'Open an issue',
      copy: 'Copy this report',
      copied: 'report',
      noChannel: 'The publisher of this site has left no address for corrections, and the site does not send reports itself. Copy this report and give it to the publisher by the way you came to this site.',
      close: 'Close',
    },
    map: {
      region: '{title} (interactive schematic map: arrow keys pan, plus and minus zoom, Tab moves from place to place, Esc closes a note)',
      map: 'Map',
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      several: '{count} places (close together, or known only by their district and drawn at one point):',
      approximate: 'approximate position',
      readParagraph: 'Read: {chapter}, paragraph {n}',
      cluster: '{name} +{others}',
      badgeCount: '×{count}',
      nameChars: '26',
      markerApproximate: ' (approximate position)',
      marker: '{label}: {names}{approximate}, open the note',
      listSeparator: ', ',
      shown: '{district}{count} places shown{none}',
      districtPrefix: '{name}: ',
      none: ' (the text names no particular place here)',
      original: 'The article’s words (Chinese):',
    },
    table: {
      count: 'Showing {shown} of {total}{note}',
      byValue: ' (sorted by value only among figures of one kind and one unit, each group apart and labelled; ranks and claims are not amounts and keep the article’s order; amounts given only in words come last in their group)',
    },
    glossary: {
      count: 'Showing {shown} of {total} terms',
    },
  },
} satisfies Record<'zh' | 'en', unknown>;

export type ScriptLanguage = keyof typeof SCRIPT_TEXT;
/** The parts and keys every language has (the Chinese defines them; English must have the same). */
export type ScriptText = { [P in keyof (typeof SCRIPT_TEXT)['zh']]: Record<keyof (typeof SCRIPT_TEXT)['zh'][P], string> };
const _sameKeys: Record<ScriptLanguage, ScriptText> = SCRIPT_TEXT;
void _sameKeys;
export type ScriptTextPart = keyof ScriptText;

/** A part of the words, as a page's `data-text-<part>` attribute carries it. */
export const scriptTextAttr = (lang: ScriptLanguage, part: ScriptTextPart): string => JSON.stringify(SCRIPT_TEXT[lang][part]);

/**
 * A template with its blanks filled; a blank without a value is an error (it would show as “{name}”).
 * A value set in the template's quotation marks (“{title}”, 「{title}」) has its own quotation marks nested.
 */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/([“「]?)\{(\w+)\}(?=([”」]?))/g, (_, open: string, name: string, close: string) => {
    if (!(name in values)) throw new Error(`fill: no value for {${name}} in “${template}”`);
    const v = String(values[name]);
    return open + (open && close ? nestQuotes(v) : v);
  });
}
