#!/usr/bin/env node
// Subsets Noto Serif SC, Noto Serif TC and Noto Serif (Bold and Regular) to the characters the share
// cards draw: SC for the 简体 edition's cards, TC for the 繁體 edition's, Noto Serif for the Latin
// text of the English edition's, SC behind it for any Chinese (src/lib/editions/editions.ts says which).
//
//   npm run font:subset                                   fetch both packages (@expo-google-fonts/noto-serif-sc
//                                                         and -tc, 0.4.3) with `npm pack`
//   node src/tools/subset-font.mjs --tarball sc=noto-serif-sc-0.4.3.tgz --tarball tc=noto-serif-tc-0.4.3.tgz
//                                                         use tarballs you already have
//
// The characters come from the cards themselves: src/lib/share/cards.ts builds every card from
// content/ (chapter titles and deks, the cover's headline and key numbers, the /figures/, /map/
// and /about/ cards) and says which face draws which text; each edition's cards are made from them
// as the site makes them (src/lib/editions/cards.ts: the 繁體 words converted with OpenCC). ASCII
// and common CJK punctuation are always kept. Run it again whenever a title, a dek or a key number changes: the unit test
// tests/unit/og-card.test.ts fails, naming the card and the characters, until you do.
//
// Writes, in src/assets/fonts/: NotoSerif{SC,TC}-{Bold,Regular}.subset.ttf (plain TrueType: satori,
// which draws the cards, reads TTF/OTF/WOFF but not WOFF2), OFL.txt (the fonts' licence, from the
// packages) and README.md (provenance and numbers). The font packages are fetched into a temporary
// folder and removed; they are never dependencies of the site (68 and 47 MB packed).
// Deterministic apart from the date in README.md.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

/**
 * The font packages, per typeface of src/lib/share/cards.ts (CardFont): name, version, the sha1 of
 * the npm tarball as the registry publishes it (`npm view <package>@<version> dist.shasum`), and
 * the full fonts inside it, per face.
 */
export const FAMILIES = {
  sc: {
    name: 'Noto Serif SC',
    package: '@expo-google-fonts/noto-serif-sc',
    version: '0.4.3',
    shasum: '27b80e37282893c78811f866444c9bc425c47e35',
    sources: { bold: 'package/700Bold/NotoSerifSC_700Bold.ttf', regular: 'package/400Regular/NotoSerifSC_400Regular.ttf' },
  },
  tc: {
    name: 'Noto Serif TC',
    package: '@expo-google-fonts/noto-serif-tc',
    version: '0.4.3',
    shasum: '77af2246db6bb65b7357bb93664ab67424251e62',
    sources: { bold: 'package/700Bold/NotoSerifTC_700Bold.ttf', regular: 'package/400Regular/NotoSerifTC_400Regular.ttf' },
  },
  latin: {
    name: 'Noto Serif',
    package: '@expo-google-fonts/noto-serif',
    version: '0.4.2',
    shasum: 'f98cfc1117dd29a05fde4fe129a069f7263e62f0',
    sources: { bold: 'package/700Bold/NotoSerif_700Bold.ttf', regular: 'package/400Regular/NotoSerif_400Regular.ttf' },
  },
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
      contents: "export * from './src/lib/share/cards.ts'; export { loadContent } from './src/plugins/content-files.ts'; export { EDITIONS } from './src/lib/editions/editions.ts'; export { editionCards } from './src/lib/editions/cards.ts';",
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

/** @param {string} tmp @param {string | undefined} tarball @param {{ package: string, version: string }} family */
function fetchTarball(tmp, tarball, family) {
  if (tarball) return resolve(tarball);
  const out = execFileSync('npm', ['pack', `${family.package}@${family.version}`, '--json', '--pack-destination', tmp], { cwd: tmp, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
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
  /** --tarball sc=file.tgz (repeatable) */
  const tarballs = Object.fromEntries(argv.flatMap((a, i) => (argv[i - 1] === '--tarball' ? [a.split('=')] : [])));
  const lib = await loadCardLib();
  const cards = lib.buildCards(lib.cardContent(lib.loadContent(root).model));

  const tmp = mkdtempSync(join(tmpdir(), 'noto-serif-'));
  try {
    mkdirSync(outDir, { recursive: true });
    const results = [];
    const packages = [];
    let licence = '';
    for (const [font, family] of Object.entries(FAMILIES)) {
      const editions = lib.EDITIONS.filter((e) => e.cardFonts.includes(font));
      if (!editions.length) throw new Error(`no edition draws its cards in ${family.name}`);
      const charset = lib.requiredCharsetFor(font, lib.EDITIONS.map((e) => ({ fonts: e.cardFonts, cards: lib.editionCards(cards, e) })));
      console.log(tarballs[font] ? `using ${tarballs[font]}` : `fetching ${family.package}@${family.version} with npm pack…`);
      const tarball = fetchTarball(tmp, tarballs[font], family);
      const sha1 = createHash('sha1').update(readFileSync(tarball)).digest('hex');
      if (sha1 !== family.shasum) throw new Error(`${tarball}: sha1 ${sha1}, expected ${family.shasum} (${family.package}@${family.version})`);
      const dir = join(tmp, font);
      mkdirSync(dir);
      execFileSync('tar', ['-xzf', tarball, '-C', dir, ...Object.values(family.sources), 'package/LICENSE_FONT', 'package/package.json', 'package/metadata.json'], { stdio: 'inherit' });
      const pkg = JSON.parse(readFileSync(join(dir, 'package/package.json'), 'utf8'));
      if (pkg.name !== family.package || pkg.version !== family.version) throw new Error(`package.json says ${pkg.name}@${pkg.version}`);
      const meta = JSON.parse(readFileSync(join(dir, 'package/metadata.json'), 'utf8'));
      packages.push({ family, sha1, meta, editions: editions.map((e) => e.label) });
      licence = readFileSync(join(dir, 'package/LICENSE_FONT'), 'utf8');
      const { default: subsetFont } = await import('subset-font');
      for (const [face, src] of Object.entries(family.sources)) {
        const full = readFileSync(join(dir, src));
        const text = charset[face];
        // No OpenType layout features: the cards are set horizontally with default forms, and
        // keeping GSUB would pull in vertical and locale alternates for every kept character.
        const subset = await subsetFont(full, text, { targetFormat: 'sfnt', keepFeatures: [], noLayoutClosure: true });
        const { codePoints, glyphs } = readFont(subset);
        const missing = lib.missingGlyphs(text, codePoints);
        if (missing.length) throw new Error(`${family.name} ${face} has no glyph for ${missing.map((ch) => `"${ch}" ${lib.codePointLabel(ch)}`).join(', ')}: change the text or choose another font`);
        const file = lib.FONT_FILES[font][face];
        writeFileSync(join(outDir, file), subset);
        results.push({ family: family.name, face, file, src, chars: [...text].length, glyphs, bytes: subset.length, fullBytes: full.length, text });
        console.log(`  ${file.padEnd(32)} ${String([...text].length).padStart(4)} characters, ${String(glyphs).padStart(4)} glyphs, ${kb(subset.length).padStart(9)} (from ${kb(full.length)})`);
      }
    }
    writeFileSync(join(outDir, 'OFL.txt'), licence);
    writeFileSync(join(outDir, 'README.md'), readme({ results, packages, date: new Date().toISOString().slice(0, 10), cards: cards.length }));
    console.log(`wrote ${relative(root, outDir)}/ (${cards.length} cards in ${lib.EDITIONS.length} editions)`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function readme({ results, packages, date, cards }) {
  const rows = results.map((r) => `| ${r.family} | ${r.face} | \`${r.file}\` | \`${r.src.replace(/^package\//, '')}\` | ${r.chars} | ${r.glyphs} | ${r.bytes.toLocaleString('en')} bytes (${kb(r.bytes)}) |`).join('\n');
  const lists = results.map((r) => `${r.family}, ${r.face}:\n\n~~~text\n${r.text.replace(/ /g, '')}\n~~~`).join('\n\n');
  const sources = packages.map((p) => `- **${p.family.name}** (${p.meta.family}, Google Fonts ${p.meta.version}, last modified ${p.meta.lastModified}) for the cards of the ${p.editions.join(', ')} edition: npm package \`${p.family.package}\` ${p.family.version} (tarball sha1 \`${p.sha1}\`).`).join('\n');
  return `# Fonts for the share cards

Generated by \`npm run font:subset\` (\`src/tools/subset-font.mjs\`) on ${date}. Do not edit these
files by hand: run the script again whenever a card's text changes (a chapter title or dek, the
headline, a key number, the words of the /figures/, /map/ or /about/ card). The unit test
\`tests/unit/og-card.test.ts\` fails, naming the edition, the card and the missing characters, until you do.

Noto Serif SC and Noto Serif TC, © 2012 Google Inc. (Adobe's Source Han Serif), and Noto Serif,
© 2012 Google Inc., all under the SIL Open Font License 1.1: see \`OFL.txt\` beside this file. The files here are subsets (a modified version
as the OFL allows: only the glyphs below, no OpenType layout features), under the same licence.

${sources}

The packages are fetched with \`npm pack\` into a temporary folder; they are not dependencies of
the site. Subsetter: \`subset-font\` (HarfBuzz's hb-subset compiled to WebAssembly), TrueType
output. Used at build time only, by \`src/pages/[...edition]/og/[card].png.ts\` (${cards} cards per
edition); never sent to readers.

| typeface | face | file | from | characters | glyphs | size |
|---|---|---|---|---|---|---|
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
