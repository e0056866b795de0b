/**
 * The editorial graphics a chapter may place between paragraphs, and the checks the content guard
 * runs on them before anything is rendered: props well-formed, ids pointing at records of the
 * chapter, one to three signature graphics a chapter, each titled, and at most one map. Pure.
 * The components themselves are registered once, in src/components/chapter/registry.ts.
 */
import type { Figure } from '../../schemas/figure';
import type { ComponentBlock } from '../article/blocks';
import { CHART_KINDS, chartProblems, type ChartKind } from '../charts/config';
import { isPlottable } from '../article/numbers';

/** What a list prop refers to. */
type ListKind = 'figures' | 'events' | 'places';

interface ComponentRule {
  /** String props that must be given. */
  required: string[];
  optional: string[];
  /** The one list prop, given as `{["id-1", "id-2"]}`, and what its ids refer to. */
  list: ListKind;
  /** A signature graphic (counts toward the one to three a chapter has); the map is not one. */
  graphic: boolean;
  /** Extra checks on the component's figures. */
  check?: (figures: Figure[], props: Record<string, string>) => string[];
}

/** Parts of a whole drawn one square per unit: the parts are exact counts that add up to the whole (the last figure). */
function unitProblems(figures: Figure[]): string[] {
  const problems = chartProblems('stacked', figures);
  const big = figures.filter((f) => !Number.isInteger(f.value) || f.value! > 400);
  if (big.length) problems.push(`draws one square per unit, so its figures must be whole numbers up to 400 (${big.map((f) => f.id).join(', ')})`);
  return problems;
}

export const COMPONENT_RULES: Record<string, ComponentRule> = {
  /** A Chart.js chart of figures of one unit (bars, or parts of a whole stacked). */
  Chart: {
    required: ['id', 'kind', 'title'], optional: ['note'], list: 'figures', graphic: true,
    check: (figures, props) => ((CHART_KINDS as readonly string[]).includes(props.kind!) ? chartProblems(props.kind as ChartKind, figures) : []),
  },
  /** Shares of a whole, each on its own 0–100 % track (never stacked as if they added up). */
  Shares: {
    required: ['id', 'title'], optional: ['note'], list: 'figures', graphic: true,
    check: (figures) => figures.filter((f) => !isPlottable(f) || !(f.unit === '%' || (f.unit === '' && f.value! > 0 && f.value! <= 1))).map((f) => `"${f.id}" is not a share (unit "%" or a fraction of one)`),
  },
  /** Parts of a whole, one square per unit (147 closed of 153). */
  Units: { required: ['id', 'title'], optional: ['note'], list: 'figures', graphic: true, check: unitProblems },
  /** Dated events of the chapter on a time line. */
  Timeline: { required: ['id', 'title'], optional: ['note'], list: 'events', graphic: true },
  /** The chapter's places on the district map. */
  // Stryker disable next-line ArrayDeclaration: no prop can be named “Stryker was here” (JSX names have no spaces)
  PlaceMap: { required: ['id', 'title'], optional: [], list: 'places', graphic: false },
};

export const MAX_GRAPHICS = 3;

export interface ComponentProblem { entry: string; field: string; message: string }

export interface CheckedComponent {
  name: string;
  line: number | undefined;
  id: string;
  list: ListKind;
  ids: string[];
}

/** The records a chapter's components may refer to. */
export interface ComponentRefs {
  chapter: string;
  figures: ReadonlyMap<string, Figure>;
  /** Event id → its chapter. */
  events: ReadonlyMap<string, string>;
  /** Whether an id exists in its file at all (a broken record is reported by its own file). */
  known: Record<ListKind, (id: string) => boolean>;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads `figures={["a", "b"]}`: a JSON array of strings. */
export function readIdList(source: string): string[] | null {
  try {
    const v: unknown = JSON.parse(source);
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : null;
  } catch {
    return null;
  }
}

const SINGULAR: Record<ListKind, string> = { figures: 'figure', events: 'event', places: 'place' };

/** Checks one chapter's components; returns problems and what each component shows. */
export function checkComponents(components: readonly ComponentBlock[], refs: ComponentRefs, reservedIds: ReadonlySet<string>): { problems: ComponentProblem[]; checked: CheckedComponent[] } {
  const problems: ComponentProblem[] = [];
  const checked: CheckedComponent[] = [];
  const seen = new Set<string>();
  for (const c of components) {
    const idAttr = c.attributes.id?.value;
    const entry = `<${c.name}${idAttr ? ` id="${idAttr}"` : ''}>${c.line ? ` (line ${c.line})` : ''}`;
    const rule = COMPONENT_RULES[c.name];
    if (!rule) {
      problems.push({ entry, field: 'component', message: `is not a known component (known: ${Object.keys(COMPONENT_RULES).join(', ')})` });
      continue;
    }
    const props: Record<string, string> = {};
    for (const name of [...rule.required, rule.list]) if (!c.attributes[name]) problems.push({ entry, field: name, message: 'is required' });
    for (const [name, a] of Object.entries(c.attributes)) {
      if (![...rule.required, ...rule.optional, rule.list].includes(name)) problems.push({ entry, field: name, message: `is not a prop of <${c.name}>` });
      else if ((name === rule.list) !== a.expression) problems.push({ entry, field: name, message: name === rule.list ? `must be an expression, e.g. ${name}={["id-1", "id-2"]}` : `must be a string, e.g. ${name}="…"` });
      else props[name] = a.value;
    }
    if (props.id !== undefined) {
      if (!ID.test(props.id)) problems.push({ entry, field: 'id', message: 'must be lower-case ASCII words joined by hyphens' });
      else if (seen.has(props.id) || reservedIds.has(props.id)) problems.push({ entry, field: 'id', message: `"${props.id}" is already used in this chapter` });
      seen.add(props.id);
    }
    // Only a chart has kind among its props (COMPONENT_RULES), so props.kind is a chart's.
    if (props.kind !== undefined && !(CHART_KINDS as readonly string[]).includes(props.kind)) {
      problems.push({ entry, field: 'kind', message: `must be one of ${CHART_KINDS.map((k) => `"${k}"`).join(', ')}, found "${props.kind}"` });
    }
    const source = props[rule.list];
    if (source === undefined) continue;
    const ids = readIdList(source);
    if (!ids) {
      problems.push({ entry, field: rule.list, message: `must be a list of ${SINGULAR[rule.list]} ids, e.g. ${rule.list}={["id-1"]}` });
      continue;
    }
    if (ids.length === 0) problems.push({ entry, field: rule.list, message: `is empty: give the ids of the ${rule.list} to show` });
    for (const id of ids) {
      if (!refs.known[rule.list](id)) problems.push({ entry, field: rule.list, message: `refers to unknown ${SINGULAR[rule.list]} "${id}"` });
    }
    if (rule.list === 'figures') {
      for (const id of ids) {
        const f = refs.figures.get(id);
        if (f && f.chapter !== refs.chapter) problems.push({ entry, field: 'figures', message: `shows "${id}", which the article states in chapter "${f.chapter}": show a figure in its own chapter` });
      }
      if (ids.length > 0 && ids.every((id) => refs.figures.has(id)) && rule.check) {
        for (const m of rule.check(ids.map((id) => refs.figures.get(id)!), props)) problems.push({ entry, field: 'figures', message: m });
      }
    }
    if (rule.list === 'events') {
      for (const id of ids) {
        const ch = refs.events.get(id);
        if (ch && ch !== refs.chapter) problems.push({ entry, field: 'events', message: `shows "${id}", which the article reports in chapter "${ch}": show an event in its own chapter` });
      }
    }
    checked.push({ name: c.name, line: c.line, id: props.id ?? '', list: rule.list, ids });
  }
  const graphics = checked.filter((k) => COMPONENT_RULES[k.name]!.graphic);
  if (graphics.length < 1 || graphics.length > MAX_GRAPHICS) {
    problems.push({ entry: '(chapter)', field: 'graphics', message: `has ${graphics.length} signature graphics${graphics.length ? ` (${graphics.map((k) => `${k.name} "${k.id}"`).join(', ')})` : ''}: a chapter has one to ${MAX_GRAPHICS}, each showing what a sentence cannot` });
  }
  const maps = checked.filter((k) => k.name === 'PlaceMap');
  if (maps.length > 1) problems.push({ entry: `<PlaceMap id="${maps[1]!.id}">`, field: 'component', message: 'is a second map: a chapter has at most one map excerpt' });
  return { problems, checked };
}
