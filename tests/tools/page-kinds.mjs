// The kind of a page, from its path within its edition: cover, chapter, bilingual (中英对照), or its
// first segment (figures, map, glossary, about, print). Shared by the browser tests and the bench.
/** @param {string} own @returns {string} */
export const kindOf = (own) => (own === '' ? 'cover' : /^chapters\/[^/]+\/$/.test(own) ? 'chapter' : /\/bilingual\/$/.test(own) ? 'bilingual' : own.split('/')[0]);
