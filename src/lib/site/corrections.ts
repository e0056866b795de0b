/**
 * Readers' error reports: the publisher's channel (content/site.yaml `corrections`: an e-mail
 * address as mailto:, or an issue tracker's "new issue" page) and the report composed for it —
 * the page, the paragraph, the passage and the reader's note. With no channel the report is only
 * composed, for the reader to copy: no address is ever invented. Pure (used at build time and by
 * src/scripts/report.ts in the browser).
 */
import { fill } from './script-text';
import { isPlaceholderHost } from './deploy-config';

export type Channel =
  | { kind: 'mail'; address: string }
  /** An issue tracker's new-issue page: the report goes in its `title` and `body` query parameters (GitHub, Gitea, Forgejo). */
  | { kind: 'tracker'; url: string };

const EMAIL = /^[^\s@<>"(),;:]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/i;

/** Reads the channel; throws with a message saying what is wrong (the schema turns it into a content problem). */
export function parseChannel(raw: string): Channel {
  const s = raw.trim();
  if (/^mailto:/i.test(s)) {
    const address = decodeURIComponent(s.slice('mailto:'.length));
    const m = EMAIL.exec(address);
    if (!m) throw new Error(`"${s}" is not mailto: and one e-mail address, e.g. mailto:jiucuo@news.zhuzhou.cn`);
    if (isPlaceholderHost(m[1]!)) throw new Error(`"${s}" is a placeholder address (${m[1]}): nobody reads it. Give the publisher's real address, or leave corrections unset`);
    return { kind: 'mail', address };
  }
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    throw new Error(`"${s}" is neither mailto:<address> nor the https:// address of an issue tracker's new-issue page`);
  }
  if (url.protocol !== 'https:') throw new Error(`"${s}" must be https:// (or mailto:)`);
  if (isPlaceholderHost(url.hostname)) throw new Error(`"${s}" is on a placeholder host (${url.hostname}): nobody reads it. Give the publisher's real tracker, or leave corrections unset`);
  if (url.hash) throw new Error(`"${s}" must not have a fragment`);
  return { kind: 'tracker', url: url.href };
}

/** The channel for the page's data attribute: 'mailto:<address>' or the tracker's URL. */
export const channelAttr = (c: Channel): string => (c.kind === 'mail' ? `mailto:${c.address}` : c.url);

/** What a report carries. Every part but the page may be empty (a report from /about/). */
export interface Report {
  /** The page's address (with the paragraph's fragment). */
  page: string;
  /** The paragraph's number, as text ('' when not given). */
  paragraph: string;
  /** The passage in question, as the page shows it. */
  passage: string;
  /** The reader's note: what is wrong, what it should be, the evidence. */
  note: string;
}

/** A report's words: a subject and a body template with the blanks {page} {paragraph} {passage} {note}. */
export interface ReportWords {
  subject: string;
  subjectParagraph: string;
  body: string;
  /** What stands in a blank the reader left empty. */
  empty: string;
}

/** The report as text: its subject and body (`blank` stands in an empty part: '' for a template to fill in by hand). */
export function composeReport(r: Report, w: ReportWords, cite: string, blank: string = w.empty): { subject: string; body: string } {
  const or = (s: string) => s.trim() || blank;
  const subject = r.paragraph.trim() ? fill(w.subjectParagraph, { cite, paragraph: r.paragraph.trim() }) : fill(w.subject, { cite });
  const body = fill(w.body, { page: or(r.page), paragraph: or(r.paragraph), passage: or(r.passage), note: or(r.note) });
  return { subject, body };
}

/** Where the report goes: a mailto: link with subject and body, or the tracker's page with title and body. */
export function reportHref(channel: Channel, report: { subject: string; body: string }): string {
  if (channel.kind === 'mail') {
    return `mailto:${channel.address}?subject=${encodeURIComponent(report.subject)}&body=${encodeURIComponent(report.body)}`;
  }
  const url = new URL(channel.url);
  url.searchParams.set('title', report.subject);
  url.searchParams.set('body', report.body);
  return url.href;
}

/** The channel from the page's data attribute (as channelAttr wrote it). */
export const channelFromAttr = (attr: string | undefined): Channel | null => (attr ? parseChannel(attr) : null);
