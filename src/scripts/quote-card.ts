/**
 * The quote card, drawn in the browser: a dialog where the reader picks the whole paragraph, the
 * words selected in it or one of its sentences, sees the card, and downloads it or shares it as a
 * file (Web Share API with files, where the browser has it). Laid out by src/lib/share/quote-card.ts
 * and drawn on a canvas in the page's own fonts; nothing is sent anywhere. Loaded when asked for.
 */
import { CARD_WIDTH, fontString, layoutQuoteCard, quoteCardFileName, sentences, type FontSpec, type QuoteCardLayout } from '../lib/share/quote-card';
import { announce } from './clipboard';
import { fill, pageText } from './text';

export interface QuoteSource {
  paragraph: HTMLElement;
  /** Words the reader selected in the paragraph ('' for none). */
  selected: string;
  /** The paragraph's number. */
  n: string;
  url: string;
  /** 《headline》第三章 */
  cite: string;
  /** What the text is (content/source.yaml about.cite), without the headline (the chapter line has it). */
  source: string;
}

type Colours = { paper: string; ink: string; ink2: string; accent: string; rule: string };

/** The fonts the page sets the article and the editorial words in. */
function pageFonts(p: HTMLElement) {
  const sansHolder = document.querySelector<HTMLElement>('.chapter-dek, [data-editorial], body') ?? document.body;
  return { serif: getComputedStyle(p).fontFamily, sans: getComputedStyle(sansHolder).fontFamily };
}

/** Draws the layout on a canvas (2× for sharp text on phones is not needed: the card is 1080 px wide). */
export function drawCard(layout: QuoteCardLayout, colours: Colours): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = layout.width;
  canvas.height = layout.height;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = colours.paper;
  ctx.fillRect(0, 0, layout.width, layout.height);
  for (const [x, y, w, h, c] of layout.rules) {
    ctx.fillStyle = colours[c];
    ctx.fillRect(x, y, w, h);
  }
  ctx.textBaseline = 'alphabetic';
  for (const l of layout.lines) {
    ctx.font = fontString(l.font);
    ctx.fillStyle = colours[l.colour];
    ctx.fillText(l.text, l.x, l.y);
  }
  return canvas;
}

function measurer() {
  const ctx = document.createElement('canvas').getContext('2d')!;
  return (text: string, font: FontSpec) => {
    ctx.font = fontString(font);
    return ctx.measureText(text).width;
  };
}

let dialog: HTMLDialogElement | null = null;
let objectUrl = '';

/** Opens the quote card dialog for a paragraph. */
export async function openQuoteCard(article: HTMLElement, q: QuoteSource): Promise<void> {
  const w = pageText('card', article);
  const lang = document.documentElement.lang || 'zh-CN';
  const language: 'zh' | 'en' = lang.startsWith('en') ? 'en' : 'zh';
  const colours = JSON.parse(article.dataset.cardColours!) as Colours;
  const whole = (q.paragraph.textContent ?? '').trim();
  const parts = sentences(whole, lang);
  // A card is a quotation, not a slab of text: the reader's selection first, else the first sentence;
  // each sentence, then the whole paragraph, to choose from.
  const choices: { label: string; text: string; sentence?: number }[] = [];
  if (q.selected) choices.push({ label: q.selected.length > 24 ? `${Array.from(q.selected).slice(0, 22).join('')}…` : q.selected, text: q.selected });
  if (parts.length > 1) parts.forEach((s, i) => choices.push({ label: `${fill(w.sentence, { n: i + 1 })}：${Array.from(s).slice(0, 18).join('')}…`, text: s, sentence: i + 1 }));
  choices.push({ label: w.whole, text: whole });

  await document.fonts?.ready;
  const fonts = pageFonts(q.paragraph);
  const measure = measurer();
  const siteName = document.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content ?? document.title;

  dialog?.remove();
  if (objectUrl) URL.revokeObjectURL(objectUrl);
  dialog = document.createElement('dialog');
  dialog.className = 'card-dialog';
  dialog.setAttribute('aria-labelledby', 'card-dialog-title');
  const title = Object.assign(document.createElement('h2'), { id: 'card-dialog-title', textContent: `${w.title} · ${fill(w.paragraph, { n: q.n })}` });
  const fieldset = document.createElement('fieldset');
  const legend = Object.assign(document.createElement('legend'), { textContent: w.pick });
  const select = document.createElement('select');
  select.setAttribute('aria-label', w.pick);
  choices.forEach((c, i) => select.append(Object.assign(document.createElement('option'), { value: String(i), textContent: c.label })));
  fieldset.append(legend, select);
  const wrap = Object.assign(document.createElement('div'), { className: 'card-preview-wrap' });
  const img = Object.assign(document.createElement('img'), { className: 'card-preview', width: CARD_WIDTH, height: CARD_WIDTH });
  wrap.append(img);
  const download = Object.assign(document.createElement('a'), { className: 'button-link primary', textContent: w.download });
  const share = Object.assign(document.createElement('button'), { type: 'button', className: 'button-link', textContent: w.share, hidden: true });
  const close = Object.assign(document.createElement('button'), { type: 'button', className: 'button-link', textContent: w.close });
  close.addEventListener('click', () => dialog?.close());
  const actions = Object.assign(document.createElement('p'), { className: 'report-actions' });
  actions.append(download, share, close);
  const live = Object.assign(document.createElement('p'), { className: 'toast', role: 'status' });
  live.setAttribute('aria-live', 'polite');
  dialog.append(title, fieldset, wrap, actions, live);
  document.body.append(dialog);

  let file: File | null = null;
  const render = async () => {
    const choice = choices[Number(select.value)]!;
    const layout = layoutQuoteCard({
      quote: choice.text,
      language,
      siteName,
      chapterLine: `${q.cite} · ${fill(w.paragraph, { n: q.n })}`,
      sourceLine: q.source.charAt(0).toUpperCase() + q.source.slice(1),
      url: q.url,
      excerptMark: w.excerpt,
    }, fonts, measure);
    const canvas = drawCard(layout, colours);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) { announce(fill(w.failed, { reason: 'canvas' }), dialog); return; }
    const name = quoteCardFileName(article.dataset.chapter ?? 'chapter', q.n, choice.sentence);
    file = new File([blob], name, { type: 'image/png' });
    if (objectUrl) URL.revokeObjectURL(objectUrl);
    objectUrl = URL.createObjectURL(blob);
    img.src = canvas.toDataURL('image/png');
    img.width = layout.width;
    img.height = layout.height;
    img.alt = fill(w.alt, { quote: choice.text });
    download.href = objectUrl;
    download.download = name;
    share.hidden = !(typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] }));
    dialog!.dataset.cardReady = name;
  };
  select.addEventListener('change', () => void render());
  share.addEventListener('click', () => {
    if (file) void navigator.share({ files: [file], title: document.title, text: q.url }).catch(() => undefined);
  });
  dialog.showModal();
  select.focus();
  await render();
}
