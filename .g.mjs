// src/schemas/common.ts
import { z } from "astro/zod";
var idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case ASCII words joined by hyphens, e.g. "forest-cover"');
var quoteSchema = z.string().trim().min(2, "must be a verbatim fragment of the article");
var chapterSlugs = ["qingshuitang", "two-oriented-society", "innovation", "social-governance"];
var chapterSlugSchema = z.enum(chapterSlugs);

// src/schemas/figure.ts
import { z as z2 } from "astro/zod";
var qualifierSchema = z2.enum(["exact", "atLeast", "approx", "target", "vague"]);
var derivedSchema = z2.object({
  /** The operation: `divide` reads of[0] ÷ of[1] (a percentage is taken as a share). */
  op: z2.enum(["divide", "multiply", "sum", "subtract"]),
  /** Ids of the figures the arithmetic uses, in order. */
  of: z2.array(idSchema).min(2),
  /** The arithmetic written out for readers, marked as the editors' own. */
  note: z2.string().min(1),
  /** What the arithmetic takes for granted that the article does not say (e.g. that two counts are counted alike). */
  assumption: z2.string().min(8, "must state what the arithmetic assumes that the article does not say")
}).strict();
var figureSchema = z2.object({
  /** Stable ASCII id; used in anchors (#figure-<id>) and chart props. */
  id: idSchema,
  /** Short editorial label in Chinese. */
  label: z2.string().min(1),
  /**
   * The number itself (for 1/3 the decimal value; for 千亿元 1000 with unit 亿元; for 翻番 2 with
   * unit 倍, "to twice the base"). Absent for `vague` amounts, which the article does not give as a number.
   */
  value: z2.number().finite().optional(),
  /** The unit as the article writes it (亿元, 家, %, 平方公里 …); empty for a bare count or rank; 倍 for multipliers (增至N倍). */
  unit: z2.string(),
  /** How the article qualifies the number. */
  qualifier: qualifierSchema,
  /** Why `qualifier` differs from what the quote's words say (rarely needed; the guard asks for it). */
  qualifierNote: z2.string().min(4).optional(),
  /** The date or period the number refers to, as text (e.g. "2013–2016", "2018"). */
  period: z2.string().min(1),
  /** The chapter whose article text states it. */
  chapter: chapterSlugSchema,
  /** The verbatim fragment of the article that states it. */
  quote: quoteSchema,
  /**
   * The number as the article writes it, when that is not the plain decimal: 1/3, 千, 九, 两,
   * 第二, 首, 唯一, Ⅱ, 翻番, and the vague 几万, 上百, 千亿级.
   */
  notation: z2.string().min(1).optional(),
  /** What the number counts, in the article's own word (企业, 污染企业, 总人口); needed by derived figures and their inputs. */
  counts: z2.string().min(1).optional(),
  /** Editorial note (how a relative date was read, what a word was taken to mean). */
  note: z2.string().min(1).optional(),
  /** The chapter's signature number (exactly one a chapter): the cover's number for the chapter and its share card's. */
  key: z2.boolean().optional(),
  /** Present only for numbers the editors computed; then the quote need not contain the value. */
  derived: derivedSchema.optional()
}).strict().superRefine((f, ctx) => {
  if (f.qualifier === "vague") {
    if (f.value !== void 0) ctx.addIssue({ code: "custom", path: ["value"], message: "must be left out for a vague amount: the article gives no number (show its words with notation)" });
    if (!f.notation) ctx.addIssue({ code: "custom", path: ["notation"], message: "is required for a vague amount: the article's own words (\u51E0\u4E07, \u4E0A\u767E, \u5343\u4EBF\u7EA7)" });
  } else if (f.value === void 0) {
    ctx.addIssue({ code: "custom", path: ["value"], message: "is required (expected number)" });
  }
});

// src/schemas/non-figure.ts
import { z as z3 } from "astro/zod";
var nonFigureSchema = z3.object({
  /** The verbatim fragment; every occurrence of it in the article is covered. */
  quote: quoteSchema,
  /** Why it is not a quantitative statement (editorial, for the about page). */
  reason: z3.string().min(4)
}).strict();

// src/schemas/place.ts
import { z as z4 } from "astro/zod";
var placeKindSchema = z4.enum([
  "division",
  "town",
  "village",
  "subdistrict",
  "community",
  "site",
  "enterprise",
  "institution",
  "mountain",
  "river",
  "road",
  "city"
]);
var precisionSchema = z4.enum(["exact", "approximate", "district-centroid"]);
var placeSchema = z4.object({
  /** Stable ASCII id. */
  id: idSchema,
  /** The name as the article writes it (or the official name for divisions). */
  name: z4.string().min(1),
  /** What it is. */
  kind: placeKindSchema,
  /** For divisions: the name the boundary data uses when it differs (渌口区 was 株洲县 until 2018). */
  formerName: z4.string().min(1).optional(),
  /** The id of the division (a place with kind `division`) it lies in; omitted for divisions. */
  district: idSchema.optional(),
  /** For rivers and roads that cross several divisions: their ids. */
  districts: z4.array(idSchema).min(1).optional(),
  /** Longitude (WGS84, degrees east). */
  lon: z4.number().min(-180).max(180),
  /** Latitude (WGS84, degrees north). */
  lat: z4.number().min(-90).max(90),
  /** How the coordinates were obtained; anything but `exact` needs a note. */
  precision: precisionSchema,
  /** Where the coordinates or the record come from, when not from the article. */
  note: z4.string().min(1).optional(),
  /** Whether the article names it (divisions the article does not name are drawn on the map only). */
  named: z4.boolean().default(true),
  /** The chapter whose text names it (required when named). */
  chapter: chapterSlugSchema.optional(),
  /** The verbatim fragment that names it (required when named). */
  quote: quoteSchema.optional()
}).strict().superRefine((p, ctx) => {
  if (p.named && (!p.quote || !p.chapter)) {
    ctx.addIssue({ code: "custom", path: [p.quote ? "chapter" : "quote"], message: "is required for a place the article names (set named: false otherwise)" });
  }
  if (p.precision !== "exact" && !p.note) {
    ctx.addIssue({ code: "custom", path: ["note"], message: `is required when precision is "${p.precision}": say where the coordinates come from` });
  }
  if (p.kind !== "division" && !p.district && !p.districts) {
    ctx.addIssue({ code: "custom", path: ["district"], message: "is required: the id of the division the place lies in" });
  }
});

// src/schemas/site.ts
import { z as z5 } from "astro/zod";
var siteSchema = z5.object({
  /** The site's name, shown in the header and in page titles. */
  name: z5.string().min(1),
  /** One-line description for search engines and share previews. */
  description: z5.string().min(10),
  /** The cover's editorial introduction: a few short paragraphs. */
  intro: z5.array(z5.string().min(1)).min(1),
  /** How readers report an error (editorial text). */
  report: z5.string().min(1)
}).strict();

// src/schemas/source.ts
import { z as z6 } from "astro/zod";
var repairSchema = z6.object({
  /** The damaged text exactly as in seeds/ (white space ignored). */
  seed: z6.string().min(1),
  /** What the site shows instead. */
  text: z6.string(),
  /** Why, for the about page. */
  reason: z6.string().min(1)
}).strict();
var sourceSchema = z6.object({
  /** Path of the article, relative to the project root. */
  file: z6.string().min(1),
  /** The article's headline. */
  headline: z6.string().min(1),
  /** When it was published, as known. */
  published: z6.string().min(1),
  /** Where that knowledge comes from. */
  publishedNote: z6.string().min(1),
  /** The closing headline and photo caption at the end of the extract (after repairs). */
  closing: z6.object({ headline: z6.string(), caption: z6.string(), credit: z6.string() }).strict(),
  /** The only changes made to the article's text. */
  repairs: z6.array(repairSchema)
}).strict();

// src/schemas/timeline.ts
import { z as z7 } from "astro/zod";
var articleDateSchema = z7.string().regex(/^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD (the precision the article gives)").refine((d) => {
  const [y, m, day] = d.split("-").map(Number);
  if (!m || !day) return true;
  return new Date(Date.UTC(y, m - 1, day)).getUTCDate() === day;
}, "is not a calendar date");
var timelineSchema = z7.object({
  /** Stable ASCII id. */
  id: idSchema,
  /** When it happened (or starts). */
  date: articleDateSchema,
  /** The end of a span (2013年至2016年), same format. */
  end: articleDateSchema.optional(),
  /** True where the article says 前后 or similar. */
  approximate: z7.boolean().default(false),
  /** Short editorial label in Chinese. */
  label: z7.string().min(1),
  /** The chapter whose text reports it. */
  chapter: chapterSlugSchema,
  /** The verbatim fragment that reports it. */
  quote: quoteSchema,
  /** Editorial note (e.g. how 今年 was read). */
  note: z7.string().min(1).optional()
}).strict().refine((e) => !e.end || e.end >= e.date, { path: ["end"], message: "must not be before date" });

// src/lib/map/geo.ts
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import { z as z8 } from "astro/zod";
import { geoBounds as d3GeoBounds, geoCentroid, geoMercator, geoPath } from "d3-geo";
import polylabel from "polylabel";

// src/lib/map/area.js
import rewind from "@turf/rewind";
import { geoArea } from "d3-geo";

// src/lib/map/geo.ts
var position = z8.array(z8.number().finite()).min(2).max(3);
var ring = z8.array(position).min(4, "a ring needs at least 4 positions").refine((r) => r[0][0] === r[r.length - 1][0] && r[0][1] === r[r.length - 1][1], "ring is not closed (first and last positions differ)");
var polygon = z8.array(ring).min(1, "a polygon needs an exterior ring");
var areaGeometry = z8.discriminatedUnion("type", [
  z8.object({ type: z8.literal("Polygon"), coordinates: polygon }),
  z8.object({ type: z8.literal("MultiPolygon"), coordinates: z8.array(polygon).min(1, "a MultiPolygon needs a polygon") })
]);
var line = z8.array(position).min(2, "a line needs at least 2 positions");
var lineGeometry = z8.discriminatedUnion("type", [
  z8.object({ type: z8.literal("LineString"), coordinates: line }),
  z8.object({ type: z8.literal("MultiLineString"), coordinates: z8.array(line).min(1, "a MultiLineString needs a line") })
]);
var id = z8.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lower-case ASCII id");
var districtCollectionSchema = z8.object({
  type: z8.literal("FeatureCollection"),
  features: z8.array(z8.object({
    type: z8.literal("Feature"),
    properties: z8.object({ id, name: z8.string().min(1), sourceName: z8.string().min(1), formerName: z8.string().min(1).optional() }),
    geometry: areaGeometry
  })).min(1, "has no features")
}).superRefine((fc, ctx) => {
  const seen = /* @__PURE__ */ new Set();
  fc.features.forEach((f, i) => {
    if (seen.has(f.properties.id)) ctx.addIssue({ code: "custom", path: ["features", i, "properties", "id"], message: `"${f.properties.id}" is used by an earlier feature` });
    seen.add(f.properties.id);
  });
});
var riverCollectionSchema = z8.object({
  type: z8.literal("FeatureCollection"),
  features: z8.array(z8.object({
    type: z8.literal("Feature"),
    properties: z8.object({ id, name: z8.string().min(1), schematic: z8.literal(true), derivedFrom: z8.string().min(1) }),
    geometry: lineGeometry
  })).length(1, "must hold exactly one feature")
});
function parseCollection(what, schema, json) {
  const fc = json;
  if (fc?.type !== "FeatureCollection" || !Array.isArray(fc.features)) throw new Error(`${what}: not a GeoJSON FeatureCollection`);
  const features = fc.features;
  const r = schema.safeParse(json);
  if (r.success) return json;
  const problems2 = r.error.issues.slice(0, 5).map((issue) => {
    const [k, i, ...rest] = issue.path;
    if (k !== "features" || typeof i !== "number") return `${issue.path.join(".") || "(collection)"}: ${issue.message}`;
    const fid = features[i]?.properties?.id;
    return `feature ${i}${typeof fid === "string" ? ` (${fid})` : ""}: ${rest.join(".") || "(feature)"}: ${issue.message}`;
  });
  const more = r.error.issues.length > 5 ? ` (and ${r.error.issues.length - 5} more)` : "";
  throw new Error(`${what}: ${problems2.join("; ")}${more}`);
}
function parseDistricts(json) {
  return parseCollection("districts", districtCollectionSchema, json);
}
function parseRiver(json) {
  return parseCollection("river", riverCollectionSchema, json);
}
function findDistrict(lon, lat, features) {
  return features.find((f) => booleanPointInPolygon([lon, lat], f, { ignoreBoundary: true })) ?? features.find((f) => booleanPointInPolygon([lon, lat], f));
}
var metric = geoMercator().scale(6378137).translate([0, 0]).precision(0);

// src/schemas/geo-source.ts
import { z as z9 } from "astro/zod";
var fileSize = z9.object({ bytes: z9.number().int().positive(), gzipBytes: z9.number().int().positive() }).strict();
var geoSourceSchema = z9.object({
  description: z9.string().min(1),
  /** The npm package the boundaries come from, its version and tarball sha1. */
  package: z9.string().min(1),
  version: z9.string().regex(/^\d+\.\d+\.\d+$/),
  tarballSha1: z9.string().regex(/^[0-9a-f]{40}$/),
  repository: z9.string(),
  /** The file inside the tarball, its size and sha256. */
  sourcePath: z9.string().min(1),
  sourceBytes: z9.number().int().positive(),
  sourceSha256: z9.string().regex(/^[0-9a-f]{64}$/),
  licence: z9.literal("MIT"),
  /** The copyright line of the package's LICENSE. */
  copyright: z9.string().regex(/^Copyright /),
  /** When the extractor ran (YYYY-MM-DD). */
  extracted: z9.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Simplification tolerance, in metres. */
  toleranceM: z9.number().positive(),
  method: z9.string().min(1),
  area: z9.string().min(1),
  /** Per division: positions and area of the ORIGINAL source polygon and of the simplified one. */
  districts: z9.array(z9.object({
    id: z9.string().min(1),
    name: z9.string().min(1),
    sourceName: z9.string().min(1),
    sourcePositions: z9.number().int().positive(),
    positions: z9.number().int().positive(),
    sourceAreaKm2: z9.number().positive(),
    areaKm2: z9.number().positive()
  }).strict()).min(1),
  /** The river line: derived from the shared district border, schematic (示意), not river data. */
  river: z9.object({
    id: z9.string().min(1),
    name: z9.string().min(1),
    file: z9.string().min(1),
    derived: z9.literal(true),
    schematic: z9.literal(true),
    note: z9.string().min(1),
    derivedFrom: z9.string().min(1),
    method: z9.string().min(1),
    westBank: z9.string().min(1),
    eastBank: z9.array(z9.string().min(1)).min(1),
    eastBankNotTouching: z9.array(z9.string().min(1)),
    lines: z9.number().int().positive(),
    positions: z9.number().int().positive()
  }).strict(),
  files: z9.record(z9.string(), fileSize)
}).strict();

// src/lib/article/text.ts
function stripWhitespace(s) {
  return s.replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, "");
}
function applyRepairs(stripped, repairs) {
  let out = stripped;
  for (const r of repairs) out = out.split(stripWhitespace(r.seed)).join(stripWhitespace(r.text));
  return out;
}
function articleText(seed, repairs) {
  return applyRepairs(stripWhitespace(seed), repairs);
}
function firstDifference(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}

// src/lib/article/numbers.ts
var DIGITS = { \u96F6: 0, "\u3007": 0, \u4E00: 1, \u4E8C: 2, \u4E24: 2, \u4E09: 3, \u56DB: 4, \u4E94: 5, \u516D: 6, \u4E03: 7, \u516B: 8, \u4E5D: 9 };
var UNITS = { \u5341: 10, \u767E: 100, \u5343: 1e3, \u4E07: 1e4 };
var ROMAN = { "\u2160": 1, "\u2161": 2, "\u2162": 3, "\u2163": 4, "\u2164": 5, "\u2165": 6, "\u2166": 7, "\u2167": 8, "\u2168": 9, "\u2169": 10 };
var DOUBLINGS = { \u7FFB\u756A: 2, \u7FFB\u4E24\u756A: 4, \u7FFB\u4E09\u756A: 8 };
var VAGUE = /^(?:[几数上][十百千万亿]+|千千万万|[一二三四五六七八九十百千万亿]+级)$/;
function notationKind(notation) {
  const s = notation.trim();
  if (/^\d+(?:\.\d+)?%?$/.test(s)) return "digits";
  if (/^\d+\/\d+$/.test(s)) return "fraction";
  if (s.length === 1 && s in ROMAN) return "roman";
  if (/^第[零〇一二两三四五六七八九十百千万\d]+$/.test(s)) return "rank";
  if (s === "\u9996" || s === "\u552F\u4E00") return "claim";
  if (s in DOUBLINGS || /^增长\d+(?:\.\d+)?倍$|^增至\d+(?:\.\d+)?倍$/.test(s)) return "multiplier";
  if (VAGUE.test(s)) return "vague";
  if (/^[零〇一二两三四五六七八九十百千万]+$/.test(s)) return "chinese";
  return null;
}
function parseChinese(s) {
  let total = 0;
  let section = 0;
  let digit = null;
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else if (ch === "\u4E07") {
      total += (section + (digit ?? 0) || 1) * 1e4;
      section = 0;
      digit = null;
    } else {
      section += (digit ?? 1) * UNITS[ch];
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}
function parseArticleNumber(notation) {
  const s = notation.trim();
  switch (notationKind(s)) {
    case "digits":
      return Number(s.replace(/%$/, ""));
    case "fraction": {
      const [a, b] = s.split("/").map(Number);
      return a / b;
    }
    case "roman":
      return ROMAN[s];
    case "claim":
      return 1;
    case "multiplier":
      return multiplierFactor(s);
    case "rank": {
      const n = s.slice(1);
      return /^\d+$/.test(n) ? Number(n) : parseChinese(n);
    }
    case "chinese":
      return parseChinese(s);
    default:
      return null;
  }
}
function multiplierFactor(text3) {
  const s = text3.trim();
  if (s in DOUBLINGS) return DOUBLINGS[s];
  const grow = /^增长(\d+(?:\.\d+)?)倍$/.exec(s);
  if (grow) return Number(grow[1]) + 1;
  const to = /^增至(\d+(?:\.\d+)?)倍$/.exec(s);
  return to ? Number(to[1]) : null;
}
function findMultipliers(text3) {
  const out = [];
  for (const m of text3.matchAll(/翻[两三]番|翻番|增长\d+(?:\.\d+)?倍|增至\d+(?:\.\d+)?倍/g)) out.push({ at: m.index, text: m[0], factor: multiplierFactor(m[0]) });
  return out;
}
function plainNumber(value) {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
}
var escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
function locateNumber(quote, notation) {
  const esc = escapeRe(notation);
  const re = /^[\d./]+$/.test(notation) ? new RegExp(`(?<![\\d.])${esc}(?![\\d]|\\.\\d)`) : new RegExp(esc);
  const m = re.exec(quote);
  return m ? { at: m.index, length: m[0].length } : null;
}
var BEFORE = {
  atLeast: ["\u8D85\u8FC7", "\u903E", "\u7A81\u7834", "\u9AD8\u4E8E", "\u591A\u4E8E", "\u4E0D\u6B62"],
  approx: ["\u5C06\u8FD1", "\u63A5\u8FD1", "\u8FD1", "\u7EA6", "\u5927\u7EA6", "\u5927\u6982"],
  target: ["\u5C06\u8FBE\u5230", "\u5C06\u8FBE", "\u5C06", "\u9884\u8BA1", "\u529B\u4E89", "\u4E89\u53D6", "\u76EE\u6807"]
};
var AFTER = {
  atLeast: ["\u4EE5\u4E0A", "\u6709\u4F59", "\u591A", "\u4F59"],
  approx: ["\u5DE6\u53F3", "\u4E0A\u4E0B", "\u6765"]
};
var AFTER_UNIT = {
  atLeast: ["\u4EE5\u4E0A", "\u6709\u4F59", "\u591A"],
  approx: ["\u5DE6\u53F3", "\u4E0A\u4E0B"]
};
var PLAN_WORDS = ["\u5C06", "\u9884\u8BA1", "\u529B\u4E89", "\u76EE\u6807", "\u8BA1\u5212", "\u89C4\u5212", "\u62DF", "\u63D0\u51FA"];
function qualifierEvidence(quote, notation, unit) {
  const at = locateNumber(quote, notation);
  if (!at) return null;
  const before = quote.slice(0, at.at);
  const ends = (words) => words.find((w) => before.endsWith(w)) ?? null;
  let end = at.at + at.length;
  const afterNumber = ["atLeast", "approx"].map((k) => [k, AFTER[k].find((w) => quote.startsWith(w, end)) ?? null]).find(([, w]) => w);
  if (afterNumber) end += afterNumber[1].length;
  const hasUnit = unit !== "" && unit !== "\u500D" && quote.startsWith(unit, end);
  if (hasUnit) end += unit.length;
  const afterUnit = hasUnit ? ["atLeast", "approx"].map((k) => [k, AFTER_UNIT[k].find((w) => quote.startsWith(w, end)) ?? null]).find(([, w]) => w) : void 0;
  if (afterUnit) end += afterUnit[1].length;
  const after = (k) => afterNumber?.[0] === k ? afterNumber[1] : afterUnit?.[0] === k ? afterUnit[1] : null;
  const atLeast = ends(BEFORE.atLeast) ?? after("atLeast");
  const approx = ends(BEFORE.approx) ?? after("approx");
  const targetNear = ends(BEFORE.target);
  const beforeWord = [ends(BEFORE.atLeast), ends(BEFORE.approx), targetNear].find(Boolean);
  const multiplier = findMultipliers(quote).find((m) => m.at <= at.at + at.length && m.at + m.text.length >= at.at) ?? null;
  return {
    atLeast,
    approx,
    targetNear,
    plan: PLAN_WORDS.find((w) => quote.includes(w)) ?? null,
    vague: notationKind(notation) === "vague",
    multiplier: multiplier ? { text: multiplier.text, factor: multiplier.factor } : null,
    span: { start: at.at - (beforeWord?.length ?? 0), end }
  };
}
var SHOWN_AS_WRITTEN = /* @__PURE__ */ new Set(["fraction", "roman", "rank", "claim", "multiplier", "vague"]);
function displayNumber(f) {
  const kind = f.notation ? notationKind(f.notation) : null;
  if (f.notation && (kind && SHOWN_AS_WRITTEN.has(kind) || f.qualifier === "vague" || f.value === void 0)) return f.notation;
  return plainNumber(f.value);
}
function isPlottable(f) {
  if (f.qualifier === "vague" || f.value === void 0) return false;
  const kind = f.notation ? notationKind(f.notation) : "digits";
  return kind === "digits" || kind === "fraction" || kind === "chinese";
}

// src/lib/charts/config.ts
var CHART_KINDS = ["bar", "stacked"];
function chartProblems(kind, figures) {
  const problems2 = [];
  if (figures.length === 0) return ["is empty: a chart needs at least one figure"];
  const unplottable = figures.filter((f) => !isPlottable(f));
  if (unplottable.length) return unplottable.map((f) => `shows "${f.id}", which the article gives in words (\u201C${f.notation ?? ""}\u201D), not as a quantity: a vague amount, a rank or a claim is never plotted on a value axis`);
  const units = [...new Set(figures.map((f) => f.unit))];
  if (units.length > 1) problems2.push(`mixes units on one axis (${units.map((u) => `"${u}"`).join(", ")}): chart figures of one unit together, or use key-number cards`);
  if (kind === "bar" && figures.length < 2) problems2.push("has one figure: a single number is better as a key-number card");
  if (kind === "stacked") {
    if (figures.length < 3) problems2.push("needs at least two parts and the whole (the last figure)");
    const parts = figures.slice(0, -1);
    const whole = figures[figures.length - 1];
    const sum = parts.reduce((a, f) => a + f.value, 0);
    if (parts.some((f) => f.qualifier === "atLeast" || f.qualifier === "approx")) problems2.push("has a part that is a lower bound or approximate: parts of a whole must be exact or planned");
    if (Math.abs(sum - whole.value) > 1e-9) problems2.push(`has parts that add up to ${sum}, not to the whole "${whole.id}" (${whole.value}): shares that do not add up must not be stacked`);
  }
  if (figures.some((f) => f.value < 0)) problems2.push("has a negative value: bars start at zero");
  return problems2;
}

// src/lib/guard/components.ts
function unitProblems(figures) {
  const problems2 = chartProblems("stacked", figures);
  const big = figures.filter((f) => !Number.isInteger(f.value) || f.value > 400);
  if (big.length) problems2.push(`draws one square per unit, so its figures must be whole numbers up to 400 (${big.map((f) => f.id).join(", ")})`);
  return problems2;
}
var COMPONENT_RULES = {
  /** A Chart.js chart of figures of one unit (bars, or parts of a whole stacked). */
  Chart: {
    required: ["id", "kind", "title"],
    optional: ["note"],
    list: "figures",
    graphic: true,
    check: (figures, props) => CHART_KINDS.includes(props.kind) ? chartProblems(props.kind, figures) : []
  },
  /** Shares of a whole, each on its own 0–100 % track (never stacked as if they added up). */
  Shares: {
    required: ["id", "title"],
    optional: ["note"],
    list: "figures",
    graphic: true,
    check: (figures) => figures.filter((f) => !isPlottable(f) || !(f.unit === "%" || f.unit === "" && f.value > 0 && f.value <= 1)).map((f) => `"${f.id}" is not a share (unit "%" or a fraction of one)`)
  },
  /** Parts of a whole, one square per unit (147 closed of 153). */
  Units: { required: ["id", "title"], optional: ["note"], list: "figures", graphic: true, check: unitProblems },
  /** Dated events of the chapter on a time line. */
  Timeline: { required: ["id", "title"], optional: ["note"], list: "events", graphic: true },
  /** The chapter's places on the district map. */
  PlaceMap: { required: ["id", "title"], optional: [], list: "places", graphic: false }
};
var MAX_GRAPHICS = 3;
var ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
function readIdList(source) {
  try {
    const v = JSON.parse(source);
    return Array.isArray(v) && v.every((x) => typeof x === "string") ? v : null;
  } catch {
    return null;
  }
}
var SINGULAR = { figures: "figure", events: "event", places: "place" };
function checkComponents(components, refs, reservedIds) {
  const problems2 = [];
  const checked = [];
  const seen = /* @__PURE__ */ new Set();
  for (const c of components) {
    const idAttr = c.attributes.id?.value;
    const entry = `<${c.name}${idAttr ? ` id="${idAttr}"` : ""}>${c.line ? ` (line ${c.line})` : ""}`;
    const rule = COMPONENT_RULES[c.name];
    if (!rule) {
      problems2.push({ entry, field: "component", message: `is not a known component (known: ${Object.keys(COMPONENT_RULES).join(", ")})` });
      continue;
    }
    const props = {};
    for (const name of [...rule.required, rule.list]) if (!c.attributes[name]) problems2.push({ entry, field: name, message: "is required" });
    for (const [name, a] of Object.entries(c.attributes)) {
      if (![...rule.required, ...rule.optional, rule.list].includes(name)) problems2.push({ entry, field: name, message: `is not a prop of <${c.name}>` });
      else if (name === rule.list !== a.expression) problems2.push({ entry, field: name, message: name === rule.list ? `must be an expression, e.g. ${name}={["id-1", "id-2"]}` : `must be a string, e.g. ${name}="\u2026"` });
      else props[name] = a.value;
    }
    if (props.id !== void 0) {
      if (!ID.test(props.id)) problems2.push({ entry, field: "id", message: "must be lower-case ASCII words joined by hyphens" });
      else if (seen.has(props.id) || reservedIds.has(props.id)) problems2.push({ entry, field: "id", message: `"${props.id}" is already used in this chapter` });
      seen.add(props.id);
    }
    if (c.name === "Chart" && props.kind !== void 0 && !CHART_KINDS.includes(props.kind)) {
      problems2.push({ entry, field: "kind", message: `must be one of ${CHART_KINDS.map((k) => `"${k}"`).join(", ")}, found "${props.kind}"` });
    }
    const source = props[rule.list];
    if (source === void 0) continue;
    const ids = readIdList(source);
    if (!ids) {
      problems2.push({ entry, field: rule.list, message: `must be a list of ${SINGULAR[rule.list]} ids, e.g. ${rule.list}={["id-1"]}` });
      continue;
    }
    if (ids.length === 0) problems2.push({ entry, field: rule.list, message: `is empty: give the ids of the ${rule.list} to show` });
    for (const id2 of ids) {
      if (!refs.known[rule.list](id2)) problems2.push({ entry, field: rule.list, message: `refers to unknown ${SINGULAR[rule.list]} "${id2}"` });
    }
    if (rule.list === "figures") {
      for (const id2 of ids) {
        const f = refs.figures.get(id2);
        if (f && f.chapter !== refs.chapter) problems2.push({ entry, field: "figures", message: `shows "${id2}", which the article states in chapter "${f.chapter}": show a figure in its own chapter` });
      }
      if (ids.length > 0 && ids.every((id2) => refs.figures.has(id2)) && rule.check) {
        for (const m of rule.check(ids.map((id2) => refs.figures.get(id2)), props)) problems2.push({ entry, field: "figures", message: m });
      }
    }
    if (rule.list === "events") {
      for (const id2 of ids) {
        const ch = refs.events.get(id2);
        if (ch && ch !== refs.chapter) problems2.push({ entry, field: "events", message: `shows "${id2}", which the article reports in chapter "${ch}": show an event in its own chapter` });
      }
    }
    checked.push({ name: c.name, line: c.line, id: props.id ?? "", list: rule.list, ids });
  }
  const graphics = checked.filter((k) => COMPONENT_RULES[k.name].graphic);
  if (graphics.length < 1 || graphics.length > MAX_GRAPHICS) {
    problems2.push({ entry: "(chapter)", field: "graphics", message: `has ${graphics.length} signature graphic${graphics.length === 1 ? "" : "s"}${graphics.length ? ` (${graphics.map((k) => `${k.name} "${k.id}"`).join(", ")})` : ""}: a chapter has one to ${MAX_GRAPHICS}, each showing what a sentence cannot` });
  }
  const maps = checked.filter((k) => k.name === "PlaceMap");
  if (maps.length > 1) problems2.push({ entry: `<PlaceMap id="${maps[1].id}">`, field: "component", message: "is a second map: a chapter has at most one map excerpt" });
  return { problems: problems2, checked };
}

// src/lib/guard/chapters.ts
function checkChapterSet(chapters, problems2) {
  const bySlug = /* @__PURE__ */ new Map();
  for (const c of chapters) {
    if (bySlug.has(c.slug)) problems2.push({ file: c.file, entry: "(file name)", field: "slug", message: `"${c.slug}" is also used by ${bySlug.get(c.slug).file}` });
    bySlug.set(c.slug, c);
  }
  chapterSlugs.forEach((slug, i) => {
    if (!bySlug.has(slug)) problems2.push({ file: `content/chapters/${String(i + 1).padStart(2, "0")}-${slug}.mdx`, entry: "(file)", field: "slug", message: "is missing: the documentary has four chapters" });
  });
  chapters.sort((a, b) => a.data.order - b.data.order);
  return bySlug;
}
function checkChapterComponents(chapters, refs, problems2) {
  const chartIds = /* @__PURE__ */ new Map();
  const all = [];
  for (const c of chapters) {
    const reserved = /* @__PURE__ */ new Set([...c.blocks.headings.map((h) => h.id ?? ""), ...c.blocks.paragraphs.map((p) => p.id)]);
    const { problems: cp, checked } = checkComponents(c.blocks.components, { ...refs, chapter: c.slug }, reserved);
    for (const p of cp) problems2.push({ file: c.file, ...p });
    for (const k of checked) {
      if (k.name === "Chart" && k.id) {
        if (chartIds.has(k.id)) problems2.push({ file: c.file, entry: `<Chart id="${k.id}">${k.line ? ` (line ${k.line})` : ""}`, field: "id", message: `is also a chart in ${chartIds.get(k.id)}: chart ids name their data downloads and must be unique across chapters` });
        chartIds.set(k.id, c.file);
      }
    }
    all.push(...checked);
  }
  return all;
}
function checkFidelity(article, seedPath, chapters, source, sourceFile, problems2) {
  const pieces = [];
  for (const c of chapters) {
    if (c.data.titleSource === "article") pieces.push({ file: c.file, entry: "frontmatter", field: "title", text: stripWhitespace(c.data.title) });
    for (const p of c.blocks.paragraphs) pieces.push({ file: c.file, entry: `paragraph ${p.id}`, field: "text", text: stripWhitespace(p.text) });
  }
  for (const k of ["headline", "caption", "credit"]) pieces.push({ file: sourceFile, entry: "closing", field: k, text: stripWhitespace(source.closing[k]) });
  const actual = pieces.map((p) => p.text).join("");
  const d = firstDifference(article, actual);
  if (d < 0) return;
  let offset = 0;
  let at = pieces[pieces.length - 1];
  for (const p of pieces) {
    if (d < offset + p.text.length) {
      at = p;
      break;
    }
    offset += p.text.length;
  }
  const expected = article.slice(d, d + 16) || "(end of article)";
  const found = actual.slice(d, d + 16) || "(end of text)";
  problems2.push({ file: at.file, entry: at.entry, field: at.field, message: `does not follow the article (${seedPath}): after \u201C${article.slice(Math.max(0, d - 10), d)}\u201D the article has \u201C${expected}\u201D but the site has \u201C${found}\u201D` });
}

// src/lib/guard/coverage.ts
var NUMBER_LIKE = /\d+(?:\.\d+)?(?:\/\d+)?|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|首|唯一|第[零〇一二两三四五六七八九十百千万]+|翻[两三]?番|增长\d+倍|增至\d+倍|[几数上][十百千万亿]+|千千万万|[一二三四五六七八九十百千万]+亿级/g;
var DATE_PART = /^\d+$/;
var DATE_NEXT = /^[年月日]/;
function occurrences(text3, quote) {
  const out = [];
  if (!quote) return out;
  for (let i = text3.indexOf(quote); i >= 0; i = text3.indexOf(quote, i + 1)) out.push({ start: i, end: i + quote.length });
  return out;
}
var inside = (s, at, length) => s.start <= at && at + length <= s.end;
function checkCoverage(input, problems2) {
  const nonFigureQuotes = input.nonFigures.map((n) => stripWhitespace(n.quote));
  const eventQuotes = input.events.map((e) => ({ chapter: e.chapter, quote: stripWhitespace(e.quote) }));
  for (const c of input.chapters) {
    for (const p of c.blocks.paragraphs) {
      const text3 = stripWhitespace(p.text);
      const figureSpans = [...input.marks.values()].filter((m) => m.chapter === c.slug && m.paragraph === p.id);
      const eventSpans = eventQuotes.filter((e) => e.chapter === c.slug).flatMap((e) => occurrences(text3, e.quote));
      const nonFigureSpans = nonFigureQuotes.flatMap((q) => occurrences(text3, q));
      for (const m of text3.matchAll(NUMBER_LIKE)) {
        const at = m.index;
        const len = m[0].length;
        if (figureSpans.some((s) => inside(s, at, len))) continue;
        if (DATE_PART.test(m[0]) && DATE_NEXT.test(text3.slice(at + len)) && eventSpans.some((s) => inside(s, at, len))) continue;
        if (nonFigureSpans.some((s) => inside(s, at, len))) continue;
        const context = text3.slice(Math.max(0, at - 10), Math.min(text3.length, at + len + 8));
        problems2.push({
          file: input.file,
          entry: `${c.file} paragraph ${p.id}`,
          field: "quote",
          message: `the article states \u201C${m[0]}\u201D (\u201C\u2026${context}\u2026\u201D) but no figure marks it, no dated event contains it as a date, and ${input.nonFiguresFile} does not explain it: add a figure record, or a non-figure entry with the reason`
        });
      }
    }
  }
}

// src/lib/guard/editorial.ts
var CN = "\u96F6\u3007\u4E00\u4E8C\u4E24\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u767E\u5343\u4E07\u4EBF";
var NUMBER = new RegExp(`\\d+(?:\\.\\d+)?|\u7B2C[${CN}]+|[${CN}]+(?=[\u4E2A\u5E74\u9879\u5927\u5BB6\u540D\u4F4D\u79CD\u6B21\u6761\u53F0\u6B3E\u7AE0\u6BB5\u5904\u5EA7\u6279\u7C7B\u500D\u6210\u5C4A\u7EA7\u6240\u90E8\u5957\u4EFD\u5929\u6708\u65E5\u5C81\u4EBA\u5143\u5F3A])`, "g");
function statementsOf(figures) {
  return figures.flatMap((f) => f.value === void 0 && !f.notation ? [] : [`${displayNumber(f)}${f.unit}`, ...f.value !== void 0 ? [`${plainNumber(f.value)}${f.unit}`] : [], ...f.notation ? [`${f.notation}${f.unit}`] : []]);
}
function strayNumbers(text3, allow, statements = statementsOf(allow.figures)) {
  const t = stripWhitespace(text3);
  const stray = [];
  for (const m of t.matchAll(NUMBER)) {
    const tok = m[0];
    const rest = t.slice(m.index);
    const next2 = t.slice(m.index, m.index + tok.length + 2);
    const next1 = t.slice(m.index, m.index + tok.length + 1);
    if (allow.article.includes(next2) || next1.length > tok.length && allow.article.includes(next1) && /^\d/.test(tok)) continue;
    if (/^(19|20)\d\d$/.test(tok) && allow.article.includes(`${tok}\u5E74`)) continue;
    if (/^\d/.test(tok) && statements.some((s) => s && s.length >= tok.length && rest.startsWith(s) && s.slice(0, tok.length) === tok)) continue;
    if (/^\d+$/.test(tok) && allow.siteCounts?.includes(Number(tok))) continue;
    stray.push(tok);
  }
  return stray;
}
function checkEditorialNumbers(texts, allow, problems2) {
  const statements = statementsOf(allow.figures);
  for (const e of texts) {
    const stray = strayNumbers(e.text, allow, statements);
    if (stray.length) {
      problems2.push({ file: e.file, entry: e.entry, field: e.field, message: `states ${stray.map((s) => `\u201C${s}\u201D`).join(", ")}, which is neither a figure record's number nor the article's own wording: editorial text may not add numbers (\u201C${e.text}\u201D)` });
    }
  }
}

// src/lib/guard/figures.ts
var WORDS = {
  atLeast: "\u8D85\u8FC7 / \u903E / \u7A81\u7834 / \u4EE5\u4E0A / \u591A / \u4F59",
  approx: "\u8FD1 / \u7EA6 / \u5DE6\u53F3",
  target: "\u5C06 / \u9884\u8BA1 / \u529B\u4E89 / \u76EE\u6807 / \u63D0\u51FA",
  vague: "\u51E0\u4E07 / \u4E0A\u767E / \u6570\u5343 / \u5343\u4EBF\u7EA7"
};
function qualifierProblems(f, ev) {
  if (f.qualifierNote) return [];
  const out = [];
  const near = ev.atLeast ?? ev.approx ?? ev.targetNear;
  switch (f.qualifier) {
    case "exact":
      if (near) out.push({ field: "qualifier", message: `is "exact" but the quote qualifies the number with \u201C${near}\u201D: use ${ev.atLeast ? "atLeast" : ev.approx ? "approx" : "target"} (or explain in qualifierNote)` });
      else if (ev.vague) out.push({ field: "qualifier", message: `is "exact" but \u201C${f.notation}\u201D is a vague amount: use vague (or explain in qualifierNote)` });
      break;
    case "atLeast":
      if (!ev.atLeast) out.push({ field: "qualifier", message: `is "atLeast" but the quote has no word of a lower bound (${WORDS.atLeast}) next to the number (or explain in qualifierNote)` });
      break;
    case "approx":
      if (!ev.approx) out.push({ field: "qualifier", message: `is "approx" but the quote has no word of an approximation (${WORDS.approx}) next to the number (or explain in qualifierNote)` });
      break;
    case "target":
      if (!ev.plan) out.push({ field: "qualifier", message: `is "target" but the quote has no word of a plan or an expectation (${WORDS.target}) (or explain in qualifierNote)` });
      break;
    case "vague":
      if (!ev.vague) out.push({ field: "qualifier", message: `is "vague" but \u201C${f.notation}\u201D is not a vague amount (${WORDS.vague}) (or explain in qualifierNote)` });
      break;
  }
  if (f.qualifier !== "vague" && f.qualifier !== "exact" && ev.vague) out.push({ field: "qualifier", message: `is "${f.qualifier}" but \u201C${f.notation}\u201D is a vague amount: use vague` });
  return out;
}
function multiplierProblems(f, ev) {
  if (ev.multiplier) {
    if (f.unit !== "\u500D") return [{ field: "unit", message: `is "${f.unit}" but the quote says \u201C${ev.multiplier.text}\u201D, a multiplier: use unit \u500D with the value it multiplies to (${plainNumber(ev.multiplier.factor)})` }];
    if (f.value !== ev.multiplier.factor) return [{ field: "value", message: `is ${f.value} but \u201C${ev.multiplier.text}\u201D multiplies to ${plainNumber(ev.multiplier.factor)} (\u7FFB\u756A is \xD72, \u7FFB\u4E24\u756A \xD74, \u589E\u957FN\u500D is \xD7(N+1), \u589E\u81F3N\u500D is \xD7N)` }];
    return [];
  }
  if (f.unit === "\u500D") return [{ field: "unit", message: "is \u500D but the quote has no multiplier (\u7FFB\u756A, \u7FFB\u4E24\u756A, \u589E\u957FN\u500D, \u589E\u81F3N\u500D) at the number" }];
  return [];
}
function checkFigureNumber(file, f, at, problems2) {
  const entry = `figure "${f.id}"`;
  const notation = f.notation ?? (f.value !== void 0 ? plainNumber(f.value) : "");
  const quote = stripWhitespace(f.quote);
  const ev = notation ? qualifierEvidence(quote, notation, f.unit) : null;
  if (!ev) {
    problems2.push({ file, entry, field: "quote", message: `does not contain the figure's number "${notation}"${f.notation ? "" : ` (value ${f.value}; if the article writes it differently, e.g. 1/3 or \u4E5D, set notation)`}` });
    return null;
  }
  if (f.notation) {
    const kind = notationKind(f.notation);
    const parsed2 = parseArticleNumber(f.notation);
    if (kind === null) problems2.push({ file, entry, field: "notation", message: `"${f.notation}" is not a number the site can read (digits, a fraction, Chinese or Roman numerals, \u7B2C\u2026, \u9996, \u552F\u4E00, \u7FFB\u756A, or a vague amount)` });
    else if (parsed2 !== null && f.value !== void 0 && Math.abs(parsed2 - f.value) > 1e-3 * Math.max(1, Math.abs(f.value))) problems2.push({ file, entry, field: "value", message: `is ${f.value} but the notation "${f.notation}" reads as ${plainNumber(parsed2)}` });
  }
  for (const p of [...qualifierProblems(f, ev), ...multiplierProblems(f, ev)]) problems2.push({ file, entry, ...p });
  if (!at) return null;
  const start = at.offset + ev.span.start;
  const end = at.offset + ev.span.end;
  return { paragraph: at.paragraph.id, start, end, text: quote.slice(ev.span.start, ev.span.end) };
}
function checkDerived(file, f, byId, known, problems2) {
  const d = f.derived;
  const entry = `figure "${f.id}"`;
  d.of.forEach((id2) => {
    if (!known(id2)) problems2.push({ file, entry, field: "derived.of", message: `refers to unknown figure "${id2}"` });
  });
  const inputs = d.of.map((id2) => byId.get(id2));
  if (!inputs.every(Boolean)) return;
  const ins = inputs;
  const unvalued = ins.filter((x) => x.value === void 0);
  if (unvalued.length) {
    problems2.push({ file, entry, field: "derived.of", message: `uses ${unvalued.map((x) => `"${x.id}"`).join(", ")}, which the article gives only in words: no arithmetic can be done with a vague amount` });
    return;
  }
  if (f.value !== void 0) {
    const vals = ins.map((x) => x.unit === "%" ? x.value / 100 : x.value);
    const computed = d.op === "divide" ? vals.reduce((a, b) => a / b) : d.op === "multiply" ? vals.reduce((a, b) => a * b) : d.op === "sum" ? vals.reduce((a, b) => a + b) : vals.reduce((a, b) => a - b);
    const decimals = (String(f.value).split(".")[1] ?? "").length;
    if (Math.abs(computed - f.value) > 0.5 * 10 ** -decimals + 1e-9) {
      problems2.push({ file, entry, field: "value", message: `is ${f.value} but ${d.op} of ${d.of.join(", ")} gives ${Number(computed.toFixed(decimals + 2))}` });
    }
  }
  if (!f.counts) {
    problems2.push({ file, entry, field: "counts", message: "is required for a derived figure: what it counts, in the article's word (\u4F01\u4E1A, \u603B\u4EBA\u53E3)" });
    return;
  }
  if (!f.label.includes(f.counts)) problems2.push({ file, entry, field: "label", message: `must name what the figure counts (\u201C${f.counts}\u201D)` });
  const mustCount = d.op === "divide" ? ins.slice(1) : d.op === "multiply" ? ins.slice(0, 1) : ins;
  for (const x of mustCount) {
    if (!x.counts) problems2.push({ file, entry, field: "counts", message: `is \u201C${f.counts}\u201D but input "${x.id}" does not say what it counts (give it counts, in the article's word)` });
    else if (x.counts !== f.counts) problems2.push({ file, entry, field: "counts", message: `is \u201C${f.counts}\u201D but input "${x.id}" counts \u201C${x.counts}\u201D: a derived figure cannot be labelled as a category the article does not give its inputs in` });
  }
}
function checkCounts(file, f, problems2) {
  if (f.counts && !f.derived && !stripWhitespace(f.quote).includes(f.counts)) {
    problems2.push({ file, entry: `figure "${f.id}"`, field: "counts", message: `is \u201C${f.counts}\u201D but the quote does not say \u201C${f.counts}\u201D: what a figure counts is the article's own word` });
  }
}
function checkFigures(file, figures, provenance, known, problems2) {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const marks = /* @__PURE__ */ new Map();
  for (const f of figures) {
    const at = provenance.check(file, `figure "${f.id}"`, f.quote, f.chapter, problems2);
    checkCounts(file, f, problems2);
    if (f.derived) {
      checkDerived(file, f, byId, known, problems2);
      continue;
    }
    const mark = checkFigureNumber(file, f, at, problems2);
    if (mark) marks.set(f.id, mark);
  }
  checkMarkOverlaps(file, figures, marks, problems2);
  return marks;
}
function checkSignatures(file, figures, chapters, problems2) {
  for (const slug of chapters) {
    const keys = figures.filter((f) => f.key && f.chapter === slug);
    if (keys.length !== 1) problems2.push({ file, entry: `chapter "${slug}"`, field: "key", message: `has ${keys.length} figures with key: true${keys.length ? ` (${keys.map((f) => f.id).join(", ")})` : ""}: mark exactly one, the chapter's signature number` });
  }
  for (const f of figures) {
    if (f.key && (f.derived || f.qualifier === "vague")) problems2.push({ file, entry: `figure "${f.id}"`, field: "key", message: "marks a signature number that the article does not state as a number (derived or vague)" });
  }
}
function checkMarkOverlaps(file, figures, marks, problems2) {
  const placed = figures.filter((f) => marks.has(f.id)).map((f) => ({ f, m: marks.get(f.id) }));
  for (const [i, a] of placed.entries()) {
    for (const b of placed.slice(i + 1)) {
      if (a.f.chapter === b.f.chapter && a.m.paragraph === b.m.paragraph && a.m.start < b.m.end && b.m.start < a.m.end) {
        problems2.push({ file, entry: `figure "${b.f.id}"`, field: "quote", message: `marks \u201C${b.m.text}\u201D in ${a.m.paragraph}, which overlaps \u201C${a.m.text}\u201D of figure "${a.f.id}": each number in the text opens one figure` });
      }
    }
  }
}

// src/lib/editions/hant.ts
import OpenCC from "opencc-js";
var CONVERSION = { package: "opencc-js", version: "1.4.2", to: { from: "cn", to: "tw" }, back: { from: "tw", to: "cn" } };
var toTw = OpenCC.Converter(CONVERSION.to);
var toCn = OpenCC.Converter(CONVERSION.back);
var memo = /* @__PURE__ */ new Map();
var memoBack = /* @__PURE__ */ new Map();
function toHant(s) {
  let v = memo.get(s);
  if (v === void 0) {
    v = toTw(s);
    if (memo.size > 2e4) memo.clear();
    memo.set(s, v);
  }
  return v;
}
function fromHant(s) {
  let v = memoBack.get(s);
  if (v === void 0) {
    v = toCn(s);
    if (memoBack.size > 2e4) memoBack.clear();
    memoBack.set(s, v);
  }
  return v;
}
function roundTripDifference(s) {
  const hant = toHant(s);
  const back = fromHant(hant);
  if (back === s) return null;
  let i = 0;
  while (i < s.length && s[i] === back[i]) i++;
  return { at: i, was: s.slice(i, i + 4), back: back.slice(i, i + 4), hant: hant.slice(i, i + 4) };
}

// src/lib/guard/editions.ts
function stringsOf(value, path = "") {
  if (typeof value === "string") return [{ field: path || "(value)", text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsOf(v, `${path}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => stringsOf(v, path ? `${path}.${k}` : k));
  return [];
}
function checkHantRoundTrip(sources, problems2) {
  for (const s of sources) {
    for (const { field, text: text3 } of stringsOf(s.record)) {
      if (!/[\u3400-\u9fff]/.test(text3)) continue;
      const d = roundTripDifference(text3);
      if (d) problems2.push({ file: s.file, entry: s.entry, field, message: `does not survive the \u7E41\u9AD4 conversion: \u201C${d.was}\u201D becomes \u201C${d.hant}\u201D and comes back as \u201C${d.back}\u201D (the \u7E41\u9AD4 edition is generated from this text with OpenCC: write it in \u7B80\u4F53, and where a word does not come back, as \u5750\u6807 \u2192 \u5EA7\u6A19 \u2192 \u5EA7\u6807, choose another word)` });
    }
  }
}

// src/schemas/english.ts
import { z as z10 } from "astro/zod";
var text = z10.string().trim().min(1);
var paragraphId = z10.string().regex(/^p[1-9]\d*$/, "must be a paragraph id: p1, p2, \u2026");
var englishChapterSchema = z10.object({
  /** The chapter's title (the first chapter's is editorial, as in Chinese). */
  title: text,
  /** Its short name, for the chapter switcher and cards (2–3 words). */
  short: text,
  dek: text,
  /** Each editorial subhead, by its id. */
  subheads: z10.record(idSchema, text),
  /** Each graphic's title (and note), by its id. */
  graphics: z10.record(idSchema, z10.object({ title: text, note: text.optional() }).strict()),
  /** The translation, paragraph by paragraph. */
  paragraphs: z10.record(paragraphId, text)
}).strict();
var englishArticleSchema = z10.object({
  headline: text,
  closing: z10.object({ headline: text, caption: text, credit: text }).strict(),
  chapters: z10.object(Object.fromEntries(chapterSlugs.map((s) => [s, englishChapterSchema]))).strict()
}).strict();
var englishFigureSchema = z10.object({
  label: text,
  /**
   * What the number counts, as the translation says it right after the number (enterprises,
   * staff, days). Required where the Chinese unit is a counter word (家, 个, 名 …) or empty;
   * otherwise it replaces the unit's usual English (yuan, square kilometres, %, years).
   */
  noun: text.optional(),
  /**
   * The whole rendering, only for numbers the article does not write as a quantity: a rank or
   * claim (first, the only), a Roman numeral (Class II), a multiplier (doubled) or a vague amount
   * (tens of thousands). A plain number's rendering is computed, never typed.
   */
  rendering: text.optional(),
  note: text.optional(),
  qualifierNote: text.optional(),
  derived: z10.object({ note: text, assumption: text }).strict().optional()
}).strict();
var englishRecordsSchema = z10.object({
  site: z10.object({ name: text, description: text, intro: z10.array(text).min(1), report: text }).strict(),
  source: z10.object({ published: text, publishedNote: text, repairs: z10.record(z10.string(), text) }).strict(),
  /** The figures' periods: each Chinese period string, in English. */
  periods: z10.record(z10.string(), text),
  figures: z10.record(idSchema, englishFigureSchema),
  places: z10.record(idSchema, z10.object({ name: text, note: text.optional(), formerName: text.optional() }).strict()),
  timeline: z10.record(idSchema, text),
  /** Non-figures (content/non-figures.yaml, by their Chinese quote): the English the translation uses for them, where it has digits. */
  nonFigures: z10.record(z10.string(), z10.array(text)).default({})
}).strict();

// src/lib/editions/english.ts
var SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
var FRACTIONS = { "1/2": "half", "1/3": "one third", "2/3": "two thirds", "1/4": "one quarter", "3/4": "three quarters" };
var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
var UNIT_WORDS = {
  "%": { scale: 1, word: "%", attach: true, measure: true },
  \u5E73\u65B9\u516C\u91CC: { scale: 1, word: "square kilometres", measure: true },
  \u4EBF\u5143: { scale: 1e8, word: "yuan", measure: true },
  \u4E07\u5143: { scale: 1e4, word: "yuan", measure: true },
  \u5143: { scale: 1, word: "yuan", measure: true },
  \u4E07\u4EBA: { scale: 1e4, word: "people", measure: false },
  \u4EBA: { scale: 1, word: "people", measure: false },
  \u5E74: { scale: 1, word: "years", measure: false },
  \u5929: { scale: 1, word: "days", measure: false },
  \u6B21: { scale: 1, word: "times", measure: false },
  \u82F1\u5BF8: { scale: 1, word: "inch", measure: true }
};
var WORDED = ["rank", "claim", "roman", "multiplier", "vague"];
function needsWrittenRendering(f) {
  if (f.qualifier === "vague") return true;
  const kind = f.notation ? notationKind(f.notation) : "digits";
  return kind !== null && WORDED.includes(kind);
}
var needsNoun = (unit) => !(unit in UNIT_WORDS);
function englishDigits(n) {
  return n.toLocaleString("en-GB", { maximumFractionDigits: 4 });
}
function englishAmount(n) {
  if (n >= 1e9 && Number.isInteger(Math.round(n / 1e7))) return `${englishDigits(n / 1e9)} billion`;
  if (n >= 1e6) return `${englishDigits(n / 1e6)} million`;
  return englishDigits(n);
}
function englishQualifier(f) {
  if (f.qualifier === "atLeast") return "more than";
  if (f.qualifier !== "approx") return "";
  const ev = qualifierEvidence(f.quote, f.notation ?? String(f.value ?? ""), f.unit);
  return ev?.approx && /近|接近/.test(ev.approx) ? "nearly" : "about";
}
function renderEnglish(f) {
  if (needsWrittenRendering(f)) {
    if (!f.en.rendering) throw new Error(`figure "${f.id}": its notation \u201C${f.notation ?? ""}\u201D is no quantity; the English record must give a rendering`);
    return f.en.rendering;
  }
  if (f.value === void 0) throw new Error(`figure "${f.id}" has no value`);
  const unit = UNIT_WORDS[f.unit];
  const noun = f.en.noun ?? unit?.word ?? null;
  if (!noun && needsNoun(f.unit) && f.unit !== "") throw new Error(`figure "${f.id}": the unit \u201C${f.unit}\u201D is a counter word; the English record must give a noun`);
  const n = f.value * (unit?.scale ?? 1);
  let num;
  if (f.notation && f.notation in FRACTIONS) num = FRACTIONS[f.notation];
  else if (!unit?.measure && Number.isInteger(n) && n >= 0 && n < 10) num = SMALL[n];
  else num = englishAmount(n);
  const q = englishQualifier(f);
  const body = !noun ? num : unit?.attach && !f.en.noun ? `${num}${noun}` : `${num} ${noun}`;
  return q ? `${q} ${body}` : body;
}
function englishDate(date) {
  const [y, m, d] = date.split("-");
  if (d) return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
  return y;
}
function findPhrase(text3, phrase) {
  const esc = phrase.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  const m = new RegExp(`(?<![\\w.,])${esc}(?![\\w]|[.,]\\d)`, "i").exec(text3);
  return m ? { at: m.index, length: m[0].length } : null;
}
function strayNumbers2(text3, allowed) {
  let rest = text3;
  for (const a of [...allowed].sort((x, y) => y.length - x.length)) {
    for (; ; ) {
      const hit = findPhrase(rest, a);
      if (!hit) break;
      rest = `${rest.slice(0, hit.at)} ${rest.slice(hit.at + hit.length)}`;
    }
  }
  return [...rest.matchAll(/\d[\d,.]*\d|\d/g)].map((m) => m[0]);
}

// src/lib/guard/load.ts
import yaml from "js-yaml";

// src/schemas/chapter.ts
import { z as z11 } from "astro/zod";
var chapterSchema = z11.object({
  /** The chapter title: the article's own head, or an editorial title where the article has none. */
  title: z11.string().min(1),
  /** Whether the title is the article's (`article`) or the editors' (`editorial`). */
  titleSource: z11.enum(["article", "editorial"]),
  /** Position in the documentary, 1–4, matching the NN- prefix of the file name. */
  order: z11.number().int().min(1).max(4),
  /** Editorial standfirst: one or two sentences, never article text. */
  dek: z11.string().min(10).max(120),
  /** A short editorial name for the chapter switcher and the cover (清水塘, 两型社会). */
  short: z11.string().min(2).max(6)
}).strict();

// src/lib/article/blocks.ts
import { toString } from "mdast-util-to-string";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
var ID_COMMENT = /^\s*\/\*\s*#([a-z0-9]+(?:-[a-z0-9]+)*)\s*\*\/\s*$/;
var EDITORIAL_BLOCKS = /* @__PURE__ */ new Set(["mdxJsxFlowElement", "mdxjsEsm", "mdxFlowExpression", "yaml"]);
function paragraphId2(index) {
  return `p${index}`;
}
function classifyBlocks(root, lineOffset = 0) {
  const paragraphs = [];
  const headings = [];
  const components = [];
  const sequence = [];
  const problems2 = [];
  const seenIds = /* @__PURE__ */ new Set();
  root.children.forEach((node) => {
    const line2 = node.position ? node.position.start.line + lineOffset : void 0;
    if (node.type === "paragraph") {
      const index = paragraphs.length + 1;
      paragraphs.push({ kind: "paragraph", id: paragraphId2(index), index, text: toString(node), node });
      sequence.push(paragraphs[paragraphs.length - 1]);
    } else if (node.type === "heading") {
      const last = node.children[node.children.length - 1];
      let id2 = null;
      if (last && last.type === "mdxTextExpression") {
        const m = ID_COMMENT.exec(last.value);
        if (m) id2 = m[1];
      }
      const text3 = toString({ ...node, children: id2 ? node.children.slice(0, -1) : node.children }).trim();
      if (!id2) {
        problems2.push({ entry: `heading "${text3}"${line2 ? ` (line ${line2})` : ""}`, field: "id", message: "is missing: write the heading as `## \u6807\u9898 {/*#ascii-id*/}`" });
      } else if (seenIds.has(id2)) {
        problems2.push({ entry: `heading "${text3}"`, field: "id", message: `"${id2}" is used twice in this chapter` });
      } else if (/^p\d+$/.test(id2)) {
        problems2.push({ entry: `heading "${text3}"`, field: "id", message: `"${id2}" is reserved for article paragraphs` });
      }
      if (id2) seenIds.add(id2);
      if (node.depth < 2 || node.depth > 3) {
        problems2.push({ entry: `heading "${text3}"`, field: "depth", message: `must be ## or ### (the chapter title is the page's only h1), found ${"#".repeat(node.depth)}` });
      }
      headings.push({ kind: "heading", id: id2, depth: node.depth, text: text3, node });
      sequence.push(headings[headings.length - 1]);
    } else if (node.type === "mdxJsxFlowElement") {
      const attributes = {};
      for (const a of node.attributes) {
        if (a.type !== "mdxJsxAttribute") continue;
        if (typeof a.value === "string") attributes[a.name] = { expression: false, value: a.value };
        else if (a.value && typeof a.value === "object") attributes[a.name] = { expression: true, value: a.value.value };
        else attributes[a.name] = { expression: false, value: "true" };
      }
      components.push({ kind: "component", name: node.name ?? "", line: line2, attributes });
      sequence.push(components[components.length - 1]);
    } else if (!EDITORIAL_BLOCKS.has(node.type)) {
      problems2.push({ entry: `line ${line2 ?? "?"}`, field: node.type, message: "is not allowed in a chapter body: article text must be plain paragraphs; editorial matter, headings or components" });
    }
  });
  return { paragraphs, headings, components, sequence, problems: problems2 };
}
var parser = unified().use(remarkParse).use(remarkMdx);
function splitFrontmatter(source) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!m) return { frontmatter: null, body: source, bodyLine: 1 };
  return { frontmatter: m[1], body: source.slice(m[0].length), bodyLine: m[0].split("\n").length };
}
function parseChapterBody(body, lineOffset = 0) {
  const key = `${lineOffset}
${body}`;
  const hit = parsed.get(key);
  if (hit) return hit;
  const blocks = classifyBlocks(parser.parse(body), lineOffset);
  if (parsed.size > 32) parsed.clear();
  parsed.set(key, blocks);
  return blocks;
}
var parsed = /* @__PURE__ */ new Map();
function chapterArticleText(blocks) {
  return blocks.paragraphs.map((p) => p.text).join("");
}

// src/lib/guard/problems.ts
function formatProblem(p) {
  return `${p.file} \u203A ${p.entry} \u203A ${p.field}: ${p.message}`;
}
function zodProblems(file, entry, error, problems2) {
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join(".") : "(record)";
    let message = issue.message;
    if (issue.code === "invalid_type") message = issue.received === "undefined" ? `is required (expected ${issue.expected})` : `must be ${issue.expected}, found ${issue.received}`;
    if (issue.code === "unrecognized_keys") message = `has unknown field(s): ${issue.keys.join(", ")}`;
    if (issue.code === "invalid_enum_value") message = `must be one of ${issue.options.map((o) => `"${String(o)}"`).join(", ")}, found "${String(issue.received)}"`;
    problems2.push({ file, entry, field, message });
  }
}

// src/lib/guard/load.ts
function loadYaml(file, problems2) {
  try {
    return yaml.load(file.text);
  } catch (e) {
    const err = e;
    const where = err.mark ? ` at line ${err.mark.line + 1}, column ${err.mark.column + 1}` : "";
    problems2.push({ file: file.path, entry: "(whole file)", field: "YAML", message: `is malformed${where}: ${err.reason ?? err.message}` });
    return void 0;
  }
}
function loadRecord(file, entry, schema, problems2) {
  const raw = loadYaml(file, problems2);
  if (raw === void 0) return null;
  const r = schema.safeParse(raw);
  if (!r.success) zodProblems(file.path, entry, r.error, problems2);
  return r.success ? r.data : null;
}
function entryName(kind, raw, index) {
  const id2 = raw && typeof raw === "object" && "id" in raw ? raw.id : void 0;
  return typeof id2 === "string" && id2 ? `${kind} "${id2}"` : `${kind} #${index + 1}`;
}
function loadList(file, kind, schema, problems2, present = { ids: null }) {
  const raw = loadYaml(file, problems2);
  if (raw === void 0) return [];
  if (!Array.isArray(raw)) {
    problems2.push({ file: file.path, entry: "(whole file)", field: "(top level)", message: `must be a list of ${kind} records` });
    return [];
  }
  present.ids = /* @__PURE__ */ new Set();
  const out = [];
  const seen = /* @__PURE__ */ new Map();
  raw.forEach((item, i) => {
    const entry = entryName(kind, item, i);
    const r = schema.safeParse(item);
    const id2 = item && typeof item === "object" ? item.id : void 0;
    const dup = typeof id2 === "string" && seen.has(id2);
    if (!r.success) zodProblems(file.path, entry, r.error, problems2);
    else if (!dup) out.push(r.data);
    if (typeof id2 === "string") {
      present.ids.add(id2);
      if (dup) problems2.push({ file: file.path, entry, field: "id", message: `is a duplicate: "${id2}" is already used by record #${seen.get(id2) + 1}` });
      else seen.set(id2, i);
    }
  });
  return out;
}
var CHAPTER_FILE = /(?:^|\/)(\d\d)-([a-z0-9-]+)\.mdx$/;
function loadChapter(file, problems2) {
  const m = CHAPTER_FILE.exec(file.path);
  const slug = m?.[2];
  if (!m || !slug || !chapterSlugs.includes(slug)) {
    problems2.push({ file: file.path, entry: "(file name)", field: "slug", message: `must be NN-<slug>.mdx with a slug among ${chapterSlugs.join(", ")}` });
    return null;
  }
  const { frontmatter, body, bodyLine } = splitFrontmatter(file.text);
  if (frontmatter === null) {
    problems2.push({ file: file.path, entry: "frontmatter", field: "(block)", message: "is missing: start the file with --- YAML frontmatter ---" });
    return null;
  }
  const data = loadRecord({ path: file.path, text: frontmatter }, "frontmatter", chapterSchema, problems2);
  let blocks;
  try {
    blocks = parseChapterBody(body, bodyLine - 1);
  } catch (e) {
    const err = e;
    problems2.push({ file: file.path, entry: `body${err.line ? ` line ${err.line + bodyLine - 1}` : ""}`, field: "MDX", message: `does not parse: ${err.message}` });
    return null;
  }
  for (const p of blocks.problems) problems2.push({ file: file.path, ...p });
  if (!data) return null;
  if (data.order !== Number(m[1])) {
    problems2.push({ file: file.path, entry: "frontmatter", field: "order", message: `is ${data.order} but the file name says ${Number(m[1])}` });
  }
  return { file: file.path, slug, data, blocks, text: stripWhitespace(chapterArticleText(blocks)) };
}

// src/lib/guard/english.ts
var keysOf = (o) => new Set(Object.keys(o));
function checkEnglish(files, ctx, problems2) {
  for (const f of [files.article, files.records]) if (!f.text.trim()) problems2.push({ file: f.path, entry: "(whole file)", field: "(file)", message: "is missing or empty: the English edition is made from it" });
  const article = loadRecord(files.article, "translation", englishArticleSchema, problems2);
  const records = loadRecord(files.records, "records", englishRecordsSchema, problems2);
  if (!article || !records) return null;
  const before = problems2.length;
  const A = files.article.path;
  const R = files.records.path;
  const complete = (file, entry, field, want, have, what) => {
    const wanted = new Set(want);
    for (const id2 of wanted) if (!have.has(id2)) problems2.push({ file, entry, field: `${field}.${id2}`, message: `is missing: the ${what} \u201C${id2}\u201D has no English` });
    for (const id2 of have) if (!wanted.has(id2)) problems2.push({ file, entry, field: `${field}.${id2}`, message: `is not a ${what} of the Chinese (unknown id)` });
  };
  const figureIds = new Set(ctx.figures.map((f) => f.id));
  complete(R, "figures", "figures", figureIds, keysOf(records.figures), "figure");
  complete(R, "places", "places", ctx.places.map((p) => p.id), keysOf(records.places), "place");
  complete(R, "timeline", "timeline", ctx.timeline.map((e) => e.id), keysOf(records.timeline), "event");
  complete(R, "periods", "periods", ctx.figures.map((f) => f.period), keysOf(records.periods), "period");
  if (ctx.source) complete(R, "source", "repairs", ctx.source.repairs.map((r) => r.seed), keysOf(records.source.repairs), "repair");
  for (const k of Object.keys(records.nonFigures)) if (!ctx.nonFigures.some((n) => n.quote === k)) problems2.push({ file: R, entry: "nonFigures", field: k, message: "is not the quote of any record in content/non-figures.yaml" });
  const renderings = /* @__PURE__ */ new Map();
  for (const f of ctx.figures) {
    const en = records.figures[f.id];
    if (!en) continue;
    const entry = `figure "${f.id}"`;
    const written = needsWrittenRendering(f);
    if (written && !en.rendering) problems2.push({ file: R, entry, field: "rendering", message: `is required: the article writes this number as \u201C${f.notation ?? ""}\u201D, which is no quantity; give its English (first, the only, doubled, tens of thousands)` });
    if (!written && en.rendering) problems2.push({ file: R, entry, field: "rendering", message: `must be left out: the English of ${f.value}${f.unit} is computed from the record (never typed twice); give the noun only` });
    if (!written && needsNoun(f.unit) && f.unit !== "" && !en.noun) problems2.push({ file: R, entry, field: "noun", message: `is required: \u201C${f.unit}\u201D is a counter word; say what is counted, as the translation does (enterprises, staff)` });
    for (const [zh, field] of [[f.note, "note"], [f.qualifierNote, "qualifierNote"], [f.derived, "derived"]]) {
      if (zh && !en[field]) problems2.push({ file: R, entry, field, message: "is missing: the Chinese record has one" });
      if (!zh && en[field]) problems2.push({ file: R, entry, field, message: "has no Chinese counterpart: the Chinese record has none" });
    }
    try {
      renderings.set(f.id, renderEnglish({ ...f, en }));
    } catch {
    }
  }
  for (const p of ctx.places) {
    const en = records.places[p.id];
    if (!en) continue;
    if (p.note && !en.note) problems2.push({ file: R, entry: `place "${p.id}"`, field: "note", message: "is missing: the Chinese record has one" });
    if (p.formerName && !en.formerName) problems2.push({ file: R, entry: `place "${p.id}"`, field: "formerName", message: "is missing: the Chinese record has one" });
  }
  const marks = /* @__PURE__ */ new Map();
  for (const c of ctx.chapters) {
    const en = article.chapters[c.slug];
    const entry = `chapter "${c.slug}"`;
    complete(A, entry, "paragraphs", c.blocks.paragraphs.map((p) => p.id), keysOf(en.paragraphs), "paragraph");
    complete(A, entry, "subheads", c.blocks.headings.map((h) => h.id), keysOf(en.subheads), "subhead");
    const graphics = c.blocks.components.filter((k) => k.attributes.id && !k.attributes.id.expression);
    complete(A, entry, "graphics", graphics.map((k) => k.attributes.id.value), keysOf(en.graphics), "graphic");
    for (const k of graphics) {
      const g = en.graphics[k.attributes.id.value];
      if (g && k.attributes.note && !g.note) problems2.push({ file: A, entry, field: `graphics.${k.attributes.id.value}.note`, message: "is missing: the Chinese graphic has a note" });
    }
    const chapterAllowed = [];
    for (const p of c.blocks.paragraphs) {
      const text3 = en.paragraphs[p.id];
      if (text3 === void 0) continue;
      const zh = stripWhitespace(p.text);
      const allowed = [];
      for (const f of ctx.figures) {
        const m = ctx.marks.get(f.id);
        if (f.chapter !== c.slug || f.derived || !m || m.paragraph !== p.id) continue;
        const r = renderings.get(f.id);
        if (!r) continue;
        allowed.push(r);
        const hit = findPhrase(text3, r);
        if (hit) marks.set(f.id, { paragraph: p.id, start: hit.at, end: hit.at + hit.length });
        else problems2.push({ file: A, entry: `${entry} \u203A ${p.id}`, field: `figure "${f.id}"`, message: `the translation does not contain the figure's English \u201C${r}\u201D (computed from ${f.value ?? f.notation}${f.unit}, ${f.qualifier}; the quote is \u201C${f.quote}\u201D)` });
      }
      for (const e of ctx.timeline) {
        if (e.chapter !== c.slug || !zh.includes(stripWhitespace(e.quote))) continue;
        for (const d of [e.date, ...e.end ? [e.end] : []]) {
          allowed.push(englishDate(d), d.slice(0, 4));
          if (d.length === 10) allowed.push(englishDate(d).replace(/ \d{4}$/, ""));
        }
      }
      for (const n of ctx.nonFigures) if (zh.includes(stripWhitespace(n.quote))) allowed.push(...records.nonFigures[n.quote] ?? []);
      chapterAllowed.push(...allowed);
      for (const s of strayNumbers2(text3, allowed)) problems2.push({ file: A, entry: `${entry} \u203A ${p.id}`, field: "number", message: `contains \u201C${s}\u201D, which is no figure's English in this paragraph, no date of the timeline and no non-figure's English (content/en/records.yaml nonFigures)` });
    }
    const editorial = [["title", en.title], ["dek", en.dek], ...Object.entries(en.subheads).map(([k, v]) => [`subheads.${k}`, v]), ...Object.entries(en.graphics).flatMap(([k, g]) => [[`graphics.${k}.title`, g.title], ...g.note ? [[`graphics.${k}.note`, g.note]] : []])];
    for (const [field, t] of editorial) for (const s of strayNumbers2(t, chapterAllowed)) problems2.push({ file: A, entry, field, message: `contains \u201C${s}\u201D, which is no number of this chapter's text` });
  }
  return problems2.length > before ? null : { article, records, renderings, marks };
}

// src/schemas/glossary.ts
import { z as z12 } from "astro/zod";
var text2 = z12.string().trim().min(1);
var glossaryTermSchema = z12.object({
  id: idSchema,
  /** The term exactly as the article writes it (simplified characters). */
  term: z12.string().trim().min(2),
  /** Hanyu Pinyin with tone marks. */
  pinyin: z12.string().trim().regex(/^[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü’'\s-]+$/, "must be Hanyu Pinyin with tone marks (Latin letters only)"),
  /** The English rendering the translation uses. */
  en: text2,
  /** Other forms of the English the translation uses (plural, with or without quotation marks). */
  match: z12.array(text2).optional(),
  /** What it means and where it comes from, in Chinese (one or two sentences; editorial). */
  zh: z12.string().trim().min(12, "must explain the term in one or two sentences"),
  /** The same in English. */
  explanation: z12.string().trim().min(40, "must explain the term in one or two sentences"),
  /** Where the explanation comes from. */
  source: z12.literal("general knowledge"),
  /** A note for the editors (not shown). */
  note: text2.optional()
}).strict();

// src/lib/guard/glossary.ts
function checkGlossary(file, chapters, figureMarks, english, problems2) {
  if (!file.text.trim()) problems2.push({ file: file.path, entry: "(whole file)", field: "(file)", message: "is missing or empty: /glossary/ is made from it" });
  const present = { ids: null };
  const terms = loadList(file, "term", glossaryTermSchema, problems2, present);
  const seen = /* @__PURE__ */ new Map();
  const out = [];
  for (const t of terms) {
    const entry = `term "${t.id}"`;
    if (seen.has(t.term)) problems2.push({ file: file.path, entry, field: "term", message: `is a duplicate: \u201C${t.term}\u201D is already term "${seen.get(t.term)}"` });
    seen.set(t.term, t.id);
    const uses = [];
    const first = [];
    for (const c of chapters) {
      let firstInChapter = true;
      for (const p of c.blocks.paragraphs) {
        const zh = stripWhitespace(p.text);
        const at = zh.indexOf(t.term);
        if (at < 0) continue;
        uses.push({ chapter: c.slug, paragraph: p.id, index: p.index });
        if (!firstInChapter) continue;
        firstInChapter = false;
        const end = at + t.term.length;
        for (const [fid, m] of figureMarks) if (m.chapter === c.slug && m.paragraph === p.id && m.start < end && at < m.end) problems2.push({ file: file.path, entry, field: "term", message: `overlaps the number \u201C${m.text}\u201D of figure "${fid}" in ${c.slug} ${p.id}: a stretch of text opens one thing` });
        let en = null;
        const translated = english?.chapters[c.slug]?.paragraphs[p.id];
        if (english && translated !== void 0) {
          const hit = [t.en, ...t.match ?? []].map((f) => findPhrase(translated, f)).filter((h) => h !== null).sort((a, b) => a.at - b.at)[0];
          if (hit) en = { start: hit.at, end: hit.at + hit.length };
          else problems2.push({ file: file.path, entry, field: "en", message: `the translation of ${c.slug} ${p.id}, where the term is first used in the chapter, has neither \u201C${t.en}\u201D nor a form in match${t.match ? ` (${t.match.join(", ")})` : ""}` });
        }
        first.push({ chapter: c.slug, paragraph: p.id, start: at, end, en });
      }
    }
    if (!uses.length) problems2.push({ file: file.path, entry, field: "term", message: `\u201C${t.term}\u201D does not occur in the article` });
    out.push({ ...t, uses, first });
  }
  return out;
}

// src/lib/guard/places.ts
function checkPlaceRefs(file, places, known, problems2) {
  const byId = new Map(places.map((p) => [p.id, p]));
  for (const p of places) {
    for (const d of [...p.district ? [p.district] : [], ...p.districts ?? []]) {
      const div = byId.get(d);
      if (!known(d) || div && div.kind !== "division") problems2.push({ file, entry: `place "${p.id}"`, field: p.district === d ? "district" : "districts", message: `refers to unknown district "${d}" (expected the id of a place with kind: division)` });
    }
  }
}
var lastDistricts = null;
function loadDistricts(geo, problems2) {
  if (lastDistricts?.text === geo.text) return lastDistricts.value;
  try {
    const value = parseDistricts(JSON.parse(geo.text));
    lastDistricts = { text: geo.text, value };
    return value;
  } catch (e) {
    problems2.push({ file: geo.path, entry: "(whole file)", field: "GeoJSON", message: `is not valid: ${e.message} (regenerate it with npm run geo:extract)` });
    return null;
  }
}
function checkPlaceGeometry(file, geoPath2, places, districts, placeKnown, problems2) {
  const byId = new Map(districts.features.map((f) => [f.properties.id, f]));
  const placeById = new Map(places.map((p) => [p.id, p]));
  for (const f of districts.features) {
    const p = placeById.get(f.properties.id);
    if (!placeKnown(f.properties.id) || p && p.kind !== "division") problems2.push({ file: geoPath2, entry: `feature "${f.properties.id}"`, field: "properties.id", message: `is not the id of a place with kind: division in ${file} (regenerate the file with npm run geo:extract)` });
  }
  for (const p of places) {
    const entry = `place "${p.id}"`;
    if (p.kind === "division") {
      if (!byId.has(p.id)) problems2.push({ file, entry, field: "id", message: `is a division with no geometry in ${geoPath2} (features: ${[...byId.keys()].join(", ")})` });
      else if (!findDistrict(p.lon, p.lat, [byId.get(p.id)])) problems2.push({ file, entry, field: "lon/lat", message: `(${p.lon}, ${p.lat}) is outside the division's own boundary` });
      continue;
    }
    const inside2 = findDistrict(p.lon, p.lat, districts.features);
    if (!inside2) {
      problems2.push({ file, entry, field: "lon/lat", message: `(${p.lon}, ${p.lat}) is outside Zhuzhou's boundaries (${geoPath2})` });
      continue;
    }
    const expected = p.district ? [p.district] : p.districts ?? [];
    if (expected.length && !expected.includes(inside2.properties.id)) {
      problems2.push({ file, entry, field: "lon/lat", message: `(${p.lon}, ${p.lat}) lies in ${inside2.properties.name} (${inside2.properties.id}), not in ${expected.join(" / ")}` });
    }
  }
}

// src/lib/guard/provenance.ts
var Provenance = class {
  constructor(article, seedPath, chapters) {
    this.article = article;
    this.seedPath = seedPath;
    this.bySlug = new Map(chapters.map((c) => [c.slug, c]));
    this.stripped = new Map(chapters.map((c) => [c.slug, c.blocks.paragraphs.map((p) => ({ p, text: stripWhitespace(p.text) }))]));
  }
  article;
  seedPath;
  bySlug;
  /** Each chapter's paragraphs with their text white space removed (computed once). */
  stripped;
  /** The quote's paragraph in its chapter (first occurrence), or null. */
  locate(quote, chapter) {
    const c = chapter ? this.bySlug.get(chapter) : void 0;
    if (!c) return null;
    const q = stripWhitespace(quote);
    for (const { p, text: text3 } of this.stripped.get(c.slug) ?? []) {
      const offset = text3.indexOf(q);
      if (offset >= 0) return { chapter: c, paragraph: p, offset };
    }
    return null;
  }
  /** Checks one record's quote; returns its location when it has one. */
  check(file, entry, quote, chapter, problems2) {
    if (!this.article) return null;
    const q = stripWhitespace(quote);
    if (!this.article.includes(q)) {
      problems2.push({ file, entry, field: "quote", message: `"${quote}" is not in the article (${this.seedPath}, compared without white space)` });
      return null;
    }
    const c = chapter ? this.bySlug.get(chapter) : void 0;
    if (!c) return null;
    if (!c.text.includes(q)) {
      problems2.push({ file, entry, field: "chapter", message: `is "${chapter}" but the quote is not in that chapter's article text` });
      return null;
    }
    const at = this.locate(quote, chapter);
    if (!at) problems2.push({ file, entry, field: "quote", message: `runs across a paragraph break in ${c.file}: a quote must lie within one paragraph (it links to it)` });
    return at;
  }
};

// src/lib/guard/index.ts
function loadJson(file, entry, parse, problems2) {
  try {
    return parse(JSON.parse(file.text));
  } catch (e) {
    const message = e instanceof Error && "issues" in e ? e.issues.map((i) => `${i.path.join(".") || "(file)"} ${i.message}`).join("; ") : e.message;
    problems2.push({ file: file.path, entry, field: "(whole file)", message: `is not valid: ${message} (regenerate it with npm run geo:extract)` });
    return null;
  }
}
function checkRepairs(source, sourceFile, seed, problems2) {
  const stripped = stripWhitespace(seed.text);
  source.repairs.forEach((r, i) => {
    if (!stripped.includes(stripWhitespace(r.seed))) problems2.push({ file: sourceFile, entry: `repair #${i + 1}`, field: "seed", message: `"${r.seed}" does not occur in ${seed.path}` });
  });
}
function editorialTexts(files, site, chapters, figures, timeline) {
  const out = [];
  if (site) {
    out.push({ file: files.site.path, entry: "site", field: "description", text: site.description });
    site.intro.forEach((text3, i) => out.push({ file: files.site.path, entry: "site", field: `intro[${i}]`, text: text3 }));
  }
  for (const c of chapters) {
    if (c.data.titleSource === "editorial") out.push({ file: c.file, entry: "frontmatter", field: "title", text: c.data.title });
    out.push({ file: c.file, entry: "frontmatter", field: "dek", text: c.data.dek });
    for (const h of c.blocks.headings) out.push({ file: c.file, entry: `heading "${h.text}"`, field: "text", text: h.text });
    for (const k of c.blocks.components) {
      for (const prop of ["title", "note"]) {
        const a = k.attributes[prop];
        if (a && !a.expression) out.push({ file: c.file, entry: `<${k.name}${k.attributes.id ? ` id="${k.attributes.id.value}"` : ""}>`, field: prop, text: a.value });
      }
    }
  }
  for (const f of figures) out.push({ file: files.figures.path, entry: `figure "${f.id}"`, field: "label", text: f.label });
  for (const e of timeline) out.push({ file: files.timeline.path, entry: `event "${e.id}"`, field: "label", text: e.label });
  return out;
}
function validateContent(files) {
  const problems2 = [];
  const source = loadRecord(files.source, "source", sourceSchema, problems2);
  const site = loadRecord(files.site, "site", siteSchema, problems2);
  if (!files.seed) problems2.push({ file: source?.file ?? "seeds/", entry: "article", field: "file", message: "is missing: the article must be in seeds/ (see content/source.yaml)" });
  const article = files.seed && source ? articleText(files.seed.text, source.repairs) : "";
  if (source && files.seed) checkRepairs(source, files.source.path, files.seed, problems2);
  const figureIds = { ids: null };
  const placeIds = { ids: null };
  const known = (f) => (id2) => f.ids === null || f.ids.has(id2);
  const figures = loadList(files.figures, "figure", figureSchema, problems2, figureIds);
  const nonFigures = loadList(files.nonFigures, "non-figure", nonFigureSchema, problems2);
  const places = loadList(files.places, "place", placeSchema, problems2, placeIds);
  const timelineIds = { ids: null };
  const timeline = loadList(files.timeline, "event", timelineSchema, problems2, timelineIds);
  const chapters = files.chapters.map((f) => loadChapter(f, problems2)).filter((c) => c !== null);
  checkChapterSet(chapters, problems2);
  const provenance = new Provenance(article, files.seed?.path ?? "", chapters);
  const marks = checkFigures(files.figures.path, figures, provenance, known(figureIds), problems2);
  if (figureIds.ids && !problems2.some((p) => p.file === files.figures.path)) checkSignatures(files.figures.path, figures, chapterSlugs, problems2);
  nonFigures.forEach((n, i) => provenance.check(files.nonFigures.path, `non-figure #${i + 1}`, n.quote, void 0, problems2));
  checkPlaceRefs(files.places.path, places, known(placeIds), problems2);
  for (const p of places) if (p.quote) provenance.check(files.places.path, `place "${p.id}"`, p.quote, p.chapter, problems2);
  const districts = loadDistricts(files.geo, problems2);
  const river = loadJson(files.river, "river", parseRiver, problems2);
  const geoSource = loadJson(files.geoSource, "source", (json) => geoSourceSchema.parse(json), problems2);
  if (districts) checkPlaceGeometry(files.places.path, files.geo.path, places, districts, known(placeIds), problems2);
  for (const e of timeline) provenance.check(files.timeline.path, `event "${e.id}"`, e.quote, e.chapter, problems2);
  checkChapterComponents(chapters, {
    figures: new Map(figures.map((f) => [f.id, f])),
    events: new Map(timeline.map((e) => [e.id, e.chapter])),
    places: new Set(places.map((p) => p.id)),
    known: { figures: known(figureIds), events: known(timelineIds), places: known(placeIds) }
  }, problems2);
  const recordFiles = /* @__PURE__ */ new Set([files.figures.path, files.timeline.path, files.nonFigures.path]);
  const recordsSound = !problems2.some((p) => recordFiles.has(p.file));
  if (article && recordsSound) {
    const figureChapter = new Map(figures.map((f) => [f.id, f.chapter]));
    checkCoverage({
      chapters,
      marks: new Map([...marks].map(([id2, m]) => [id2, { ...m, chapter: figureChapter.get(id2) }])),
      events: timeline,
      nonFigures,
      file: files.figures.path,
      nonFiguresFile: files.nonFigures.path
    }, problems2);
  }
  if (article) {
    checkEditorialNumbers(editorialTexts(files, site, chapters, figures, timeline), { article, figures }, problems2);
    if (source && chapters.length === chapterSlugs.length) checkFidelity(article, files.seed.path, chapters, source, files.source.path, problems2);
  }
  const chapterOfFigure = new Map(figures.map((f) => [f.id, f.chapter]));
  const chineseSound = problems2.length === 0 && recordsSound && article !== "";
  const english = chineseSound ? checkEnglish(files.english, { chapters, figures, marks, places, timeline, nonFigures, source }, problems2) : null;
  const glossary = chineseSound ? checkGlossary(files.glossary, chapters, new Map([...marks].map(([id2, m]) => [id2, { ...m, chapter: chapterOfFigure.get(id2) }])), english?.article ?? null, problems2) : [];
  checkHantRoundTrip([
    ...source ? [{ file: files.source.path, entry: "source", record: source }] : [],
    ...site ? [{ file: files.site.path, entry: "site", record: site }] : [],
    ...chapters.flatMap((c) => [
      { file: c.file, entry: "frontmatter", record: c.data },
      ...c.blocks.headings.map((h) => ({ file: c.file, entry: `heading "${h.text}"`, record: { text: h.text } })),
      ...c.blocks.paragraphs.map((p) => ({ file: c.file, entry: `paragraph ${p.id}`, record: { text: p.text } })),
      ...c.blocks.components.map((k) => ({ file: c.file, entry: `<${k.name} id="${k.attributes.id?.value ?? ""}">`, record: { title: k.attributes.title?.value ?? "", note: k.attributes.note?.value ?? "" } }))
    ]),
    ...figures.map((f) => ({ file: files.figures.path, entry: `figure "${f.id}"`, record: f })),
    ...nonFigures.map((n, i) => ({ file: files.nonFigures.path, entry: `non-figure #${i + 1}`, record: n })),
    ...places.map((p) => ({ file: files.places.path, entry: `place "${p.id}"`, record: p })),
    ...timeline.map((e) => ({ file: files.timeline.path, entry: `event "${e.id}"`, record: e })),
    ...glossary.map((t) => ({ file: files.glossary.path, entry: `term "${t.id}"`, record: { term: t.term, zh: t.zh } }))
  ], problems2);
  if (problems2.length || !source || !site || !districts || !river || !geoSource || !english) return { content: null, problems: problems2 };
  return { content: { source, site, figures, marks, nonFigures, places, timeline, chapters, article, districts, river, geoSource, english, glossary }, problems: problems2 };
}

// src/plugins/content-files.ts
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import yaml2 from "js-yaml";
var read = (root, path) => ({ path, text: existsSync(join(root, path)) ? readFileSync(join(root, path), "utf8") : "" });
function readContentFiles(root) {
  const source = read(root, "content/source.yaml");
  let seedPath = "seeds/000_77bdc98d5b478d78.txt";
  try {
    const parsed2 = yaml2.load(source.text);
    if (parsed2 && typeof parsed2.file === "string") seedPath = parsed2.file;
  } catch {
  }
  const chapterDir = join(root, "content/chapters");
  const chapters = existsSync(chapterDir) ? readdirSync(chapterDir).filter((f) => f.endsWith(".mdx")).sort().map((f) => read(root, `content/chapters/${f}`)) : [];
  return {
    source,
    site: read(root, "content/site.yaml"),
    seed: existsSync(join(root, seedPath)) ? read(root, seedPath) : null,
    figures: read(root, "content/figures.yaml"),
    places: read(root, "content/places.yaml"),
    nonFigures: read(root, "content/non-figures.yaml"),
    timeline: read(root, "content/timeline.yaml"),
    chapters,
    geo: read(root, "content/geo/zhuzhou-districts.geojson"),
    river: read(root, "content/geo/xiangjiang.geojson"),
    geoSource: read(root, "content/geo/source.json"),
    english: { article: read(root, "content/en/article.yaml"), records: read(root, "content/en/records.yaml") },
    glossary: read(root, "content/glossary.yaml")
  };
}

// .g.mts
var { problems } = validateContent(readContentFiles(process.cwd()));
for (const p of problems) console.log(formatProblem(p));
console.log(`${problems.length} problems`);
