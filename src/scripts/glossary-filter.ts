/**
 * /glossary/: find a term by its Chinese, pinyin (with or without tone marks), English or
 * explanation, and filter by kind and by chapter. Without JavaScript every entry shows and the two
 * indexes lead to each; this only hides entries.
 */
import { fill, pageText } from './text';

/** Pinyin without tone marks or word division, for matching what a reader types (“liangxing”). */
export const plainLatin = (s: string) => s.replace(/[üǖǘǚǜÜ]/g, 'v').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export function initGlossaryFilter(): void {
  const form = document.querySelector<HTMLElement>('[data-glossary-tools]');
  const entries = [...document.querySelectorAll<HTMLElement>('.glossary .term')];
  if (!form || !entries.length) return;
  const t = pageText('glossary', form);
  const count = form.querySelector<HTMLElement>('.term-count');
  const value = (name: string) => form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!.value;
  const apply = () => {
    const raw = value('q').trim();
    const q = plainLatin(raw).replace(/[\s'’-]+/g, '');
    const kind = value('kind');
    const chapter = value('chapter');
    let shown = 0;
    for (const e of entries) {
      const text = e.dataset.search ?? '';
      const ok = (!raw || text.toLowerCase().includes(raw.toLowerCase()) || (q !== '' && plainLatin(text).replace(/[\s'’-]+/g, '').includes(q)))
        && (!kind || e.dataset.kind === kind)
        && (!chapter || (e.dataset.chapters ?? '').split(' ').includes(chapter));
      e.hidden = !ok;
      if (ok) shown++;
    }
    if (count) count.textContent = fill(t.count, { shown, total: entries.length });
  };
  form.addEventListener('input', apply);
  apply();
}
