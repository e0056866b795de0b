declare module 'virtual:zhuzhou/content' {
  /** The checked content (src/lib/guard/model.ts), built once by src/plugins/content-guard.ts. */
  const content: import('./lib/guard/model').SiteContent;
  export default content;
}

declare namespace App {
  interface Locals {
    /** The edition of the page being built (src/middleware.ts, from its URL). */
    edition: import('./lib/editions/editions').EditionId;
    /**
     * Set by a page that carries its own table of every figure (/print/): the id prefix of that
     * table's rows. The numbers in the text then link to their row in the same document instead of
     * each carrying a popover (the row holds the same label, value, quote, period and link).
     */
    figureTable?: string;
    /**
     * Set with figureTable by a page that prints the glossary (/en/print/): the id prefix of its
     * entries. A term's first use then links to its entry in the same document; on a page with
     * figureTable and no glossary of its own, to the glossary page. Either way without a popover.
     */
    termTable?: string;
  }
}

declare module 'linebreak' {
  /** The Unicode line breaking algorithm (UAX #14): each place a line may end. */
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): { position: number; required: boolean } | null;
  }
}
