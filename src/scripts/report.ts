/**
 * Error reports: a form that composes the report (the page, the paragraph, the passage, the reader's
 * note: src/lib/site/corrections.ts) and sends it to the publisher's channel — a mailto: link or an
 * issue tracker's new-issue page — or, where no channel is set, offers it to copy. On /about/ the
 * form is on the page; from a paragraph's ¶ menu it opens in a dialog, filled in.
 */
import { channelFromAttr, composeReport, reportHref, type Report } from '../lib/site/corrections';
import { announce, copy } from './clipboard';
import { fill, pageText } from './text';

type Field = keyof Report;
const FIELDS: Field[] = ['page', 'paragraph', 'passage', 'note'];

/** Wires a report form: fields named page, paragraph, passage, note; [data-report-send], [data-report-copy]. */
export function initReportForm(form: HTMLFormElement, cite: string, channelAttr: string | undefined) {
  const w = pageText('report', form);
  const share = pageText('share', form);
  const channel = channelFromAttr(channelAttr);
  const value = (name: Field) => (form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | null)?.value ?? '';
  const report = () => composeReport(Object.fromEntries(FIELDS.map((f) => [f, value(f)])) as unknown as Report, w, cite);
  const send = form.querySelector<HTMLAnchorElement>('[data-report-send]');
  const update = () => {
    if (send && channel) send.href = reportHref(channel, report());
  };
  if (send) {
    send.hidden = !channel;
    if (channel) Object.assign(send, { textContent: channel.kind === 'mail' ? w.mail : w.tracker, target: '_blank', rel: 'noopener' });
  }
  form.querySelector<HTMLElement>('[data-report-none]')?.toggleAttribute('hidden', Boolean(channel));
  form.addEventListener('input', update);
  // The form's one submit button copies the report: nothing is ever submitted to a server.
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const r = report();
    const text = `${r.subject}\n\n${r.body}`;
    announce((await copy(text)) ? fill(share.copied, { what: w.copied }) : fill(share.copyFailed, { text }), form);
  });
  update();
  form.hidden = false;
}

let dialog: HTMLDialogElement | null = null;

/** Opens the report dialog for a paragraph, its page, number and passage filled in. */
export function openReportDialog(from: HTMLElement, values: Omit<Report, 'note'>, cite: string, channelAttr: string | undefined) {
  const w = pageText('report', from);
  dialog?.remove();
  dialog = document.createElement('dialog');
  dialog.className = 'report-dialog';
  dialog.setAttribute('aria-labelledby', 'report-dialog-title');
  // The dialog carries the page's words (it sits outside the article that has them).
  for (const part of ['report', 'share'] as const) {
    const holder = from.closest(`[data-text-${part}]`);
    if (holder) dialog.setAttribute(`data-text-${part}`, holder.getAttribute(`data-text-${part}`)!);
  }
  const form = document.createElement('form');
  form.className = 'report-form';
  const el = (tag: string, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElement => {
    const x = Object.assign(document.createElement(tag), props);
    x.append(...children);
    return x;
  };
  const hidden = (name: Field, v: string) => el('input', { type: 'hidden', name, value: v });
  const note = el('textarea', { name: 'note', rows: 4, id: 'report-dialog-note' });
  const send = el('a', { className: 'button-link primary', hidden: true }) as HTMLAnchorElement;
  send.dataset.reportSend = '';
  const copyButton = el('button', { type: 'submit', className: 'button-link' }, w.copy);
  copyButton.dataset.reportCopy = '';
  const close = el('button', { type: 'button', className: 'button-link' }, w.close);
  close.addEventListener('click', () => dialog?.close());
  const none = el('p', { className: 'report-none' }, w.noChannel);
  none.dataset.reportNone = '';
  form.append(
    el('h2', { id: 'report-dialog-title' }, w.title),
    el('dl', {},
      el('dt', {}, w.page), el('dd', { className: 'report-page' }, values.page),
      el('dt', {}, w.paragraph), el('dd', {}, fill(w.paragraphValue, { n: values.paragraph })),
      el('dt', {}, w.passage), el('dd', {}, el('blockquote', { className: 'report-passage' }, values.passage))),
    hidden('page', values.page), hidden('paragraph', values.paragraph), hidden('passage', values.passage),
    el('label', { htmlFor: 'report-dialog-note' }, w.note), note,
    none,
    el('p', { className: 'report-actions' }, send, copyButton, close),
    el('p', { className: 'toast', role: 'status' }),
  );
  form.querySelector('.toast')!.setAttribute('aria-live', 'polite');
  dialog.append(form);
  document.body.append(dialog);
  initReportForm(form, cite, channelAttr);
  dialog.showModal();
  note.focus();
}
