#!/usr/bin/env node
// Subsets Noto Serif SC (Bold and Regular) to the characters the share cards draw.
//
//   npm run font:subset                                   fetch @expo-google-fonts/noto-serif-sc@0.4.3 with `npm pack`
//   node src/tools/subset-font.mjs --tarball noto-serif-sc-0.4.3.tgz   use a tarball you already have
//
// The characters come from the cards themselves: src/lib/share/cards.ts builds every card from
// content/ (chapter titles and deks, the cover's headline and key numbers, the /figures/, /map/
// and /about/ cards) and says which face draws which text; ASCII and common CJK punctuation are
// always kept. Run it again whenever a title, a dek or a key number changes: the unit test
// tests/unit/og-card.test.ts fails, naming the card and the characters, until you do.
//
// Writes, in src/assets/fonts/: NotoSerifSC-Bold.subset.ttf, NotoSerifSC-Regular.subset.ttf (plain
// TrueType: satori, which draws the cards, reads TTF/OTF/WOFF but not WOFF2), OFL.txt (the font's
// licence, from the package) and README.md (provenance and numbers). The font package is fetched
// into a temporary folder and removed; it is never a dependency of the site (68 MB packed).
// Deterministic apart from the date in README.md.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

export const PACKAGE = '@expo-google-fonts/noto-serif-sc';
export const VERSION = '0.4.3';
/** sha1 of the npm tarball, as the registry publishes it (`npm view @expo-google-fonts/noto-serif-sc@0.4.3 dist.shasum`). */
export const TARBALL_SHASUM = '27b80e37282893c78811f866444c9bc425c47e35';
/** The full fonts inside the package, per face. */
export const SOURCES = {
  bold: 'package/700Bold/NotoSerifSC_700Bold.ttf',
  regular: 'package/400Regular/NotoSerifSC_400Regular.ttf',
};

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = join(root, 'src/assets/fonts');
const requireCjs = createRequire(import.meta.url);

/**
 * Loads src/lib/share/cards.ts (and the content reader) by bundling them with esbuild, Astro's own
 * TypeScript compiler, so the cards' words have one definition.
 */
async function loadCardLib() {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: {
      contents: "export * from './src/lib/share/cards.ts'; export { loadContent } from './src/plugins/content-files.ts';",
      resolveDir: root,
      sourcefile: 'og-card-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** @param {string} tmp @param {string | undefined} tarball */
function fetchTarball(tmp, tarball) {
  if (tarball) return resolve(tarball);
  const out = execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--json', '--pack-destination', tmp], { cwd: tmp, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const [info] = JSON.parse(out);
  return join(tmp, info.filename);
}

/** The code points in a TrueType font's cmap, and its glyph count. @param {Buffer} buf */
function readFont(buf) {
  const opentype = requireCjs('opentype.js');
  const font = opentype.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
  const map = font.tables.cmap.glyphIndexMap;
  return { codePoints: Object.keys(map).map(Number), glyphs: font.numGlyphs };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** @param {string[]} argv */
export async function main(argv = process.argv.slice(2)) {
  const ti = argv.indexOf('--tarball');
  const tarballArg = ti >= 0 ? argv[ti + 1] : undefined;
  const lib = await loadCardLib();
  const cards = lib.buildCards(lib.cardContent(lib.loadContent(root).model));
  const charset = lib.requiredCharset(cards);

  const tmp = mkdtempSync(join(tmpdir(), 'noto-serif-sc-'));
  try {
    console.log(tarballArg ? `using ${tarballArg}` : `fetching ${PACKAGE}@${VERSION} with npm pack (about 68 MB)…`);
    const tarball = fetchTarball(tmp, tarballArg);
    const sha1 = createHash('sha1').update(readFileSync(tarball)).digest('hex');
    if (sha1 !== TARBALL_SHASUM) throw new Error(`${tarball}: sha1 ${sha1}, expected ${TARBALL_SHASUM} (${PACKAGE}@${VERSION})`);
    execFileSync('tar', ['-xzf', tarball, '-C', tmp, ...Object.values(SOURCES), 'package/LICENSE_FONT', 'package/package.json', 'package/metadata.json'], { stdio: 'inherit' });
    const pkg = JSON.parse(readFileSync(join(tmp, 'package/package.json'), 'utf8'));
    if (pkg.name !== PACKAGE || pkg.version !== VERSION) throw new Error(`package.json says ${pkg.name}@${pkg.version}`);
    const meta = JSON.parse(readFileSync(join(tmp, 'package/metadata.json'), 'utf8'));
    const { default: subsetFont } = await import('subset-font');

    mkdirSync(outDir, { recursive: true });
    const results = [];
    for (const [face, src] of Object.entries(SOURCES)) {
      const full = readFileSync(join(tmp, src));
      const text = charset[face];
      // No OpenType layout features: the cards are set horizontally with default forms, and
      // keeping GSUB would pull in vertical and locale alternates for every kept character.
      const subset = await subsetFont(full, text, { targetFormat: 'sfnt', keepFeatures: [], noLayoutClosure: true });
      const { codePoints, glyphs } = readFont(subset);
      const missing = lib.missingGlyphs(text, codePoints);
      if (missing.length) throw new Error(`Noto Serif SC ${face} has no glyph for ${missing.map((ch) => `"${ch}" ${lib.codePointLabel(ch)}`).join(', ')}: change the text or choose another font`);
      const file = lib.FONT_FILES[face];
      writeFileSync(join(outDir, file), subset);
      results.push({ face, file, src, chars: [...text].length, glyphs, bytes: subset.length, fullBytes: full.length, text });
      console.log(`  ${file.padEnd(32)} ${String([...text].length).padStart(4)} characters, ${String(glyphs).padStart(4)} glyphs, ${kb(subset.length).padStart(9)} (from ${kb(full.length)})`);
    }
    writeFileSync(join(outDir, 'OFL.txt'), readFileSync(join(tmp, 'package/LICENSE_FONT'), 'utf8'));
    writeFileSync(join(outDir, 'README.md'), readme({ results, sha1, date: new Date().toISOString().slice(0, 10), meta, cards: cards.length }));
    console.log(`wrote ${relative(root, outDir)}/ (${cards.length} cards)`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function readme({ results, sha1, date, meta, cards }) {
  const rows = results.map((r) => `| ${r.face} | \`${r.file}\` | \`${r.src.replace(/^package\//, '')}\` | ${r.chars} | ${r.glyphs} | ${r.bytes.toLocaleString('en')} bytes (${kb(r.bytes)}) |`).join('\n');
  const lists = results.map((r) => `${r.face}:\n\n~~~text\n${r.text.replace(/ /g, '')}\n~~~`).join('\n\n');
  return `# Fonts for the share cards

Generated by \`npm run font:subset\` (\`src/tools/subset-font.mjs\`) on ${date}. Do not edit these
files by hand: run the script again whenever a card's text changes (a chapter title or dek, the
headline, a key number, the words of the /figures/, /map/ or /about/ card). The unit test
\`tests/unit/og-card.test.ts\` fails, naming the card and the missing characters, until you do.

**Noto Serif SC** (${meta.family}, Google Fonts ${meta.version}, last modified ${meta.lastModified}), © 2012 Google Inc.,
under the SIL Open Font License 1.1: see \`OFL.txt\` beside this file. The files here are subsets
(a modified version as the OFL allows: only the glyphs below, no OpenType layout features), under
the same licence.

- Source: npm package \`${PACKAGE}\` ${VERSION} (tarball sha1 \`${sha1}\`), fetched with
  \`npm pack\` into a temporary folder; it is not a dependency of the site.
- Subsetter: \`subset-font\` (HarfBuzz's hb-subset compiled to WebAssembly), TrueType output.
- Used at build time only, by \`src/pages/og/[card].png.ts\` (${cards} cards); never sent to readers.

| face | file | from | characters | glyphs | size |
|---|---|---|---|---|---|
${rows}

Characters kept (printable ASCII and common CJK punctuation are always kept):

${lists}
`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
