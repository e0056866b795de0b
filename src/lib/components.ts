/**
 * The editorial components a chapter may place between paragraphs, and the checks the content
 * guard runs on them (before the build renders anything). Pure.
 */
import type { Figure } from '../schemas/figure';
import type { ComponentBlock } from './article';
import { CHART_KINDS, chartProblems, type ChartKind } from './chart-config';
import { isPlottable } from './numbers';

interface ComponentRule {
  /** Props that must be given (as strings unless listed in `expressions`). */
  required: string[];
  optional: string[];
  /** Props given as `{[...]}` expressions. */
  expressions: string[];
  /** Extra checks on the component's figures. */
  check?: (figures: Figure[], props: Record<string, string>) => string[];
}

export const COMPONENT_RULES: Record<string, ComponentRule> = {
  /** A Chart.js chart of figures of one unit. */
  Chart: {
    required: ['id', 'kind', 'title', 'figures'], optional: ['note'], expressions: ['figures'],
    check: (figures, props) => ((CHART_KINDS as readonly string[]).includes(props.kind!) ? chartProblems(props.kind as ChartKind, figures) : []),
  },
  /** Key-number cards. */
  KeyNumbers: { required: ['id', 'figures'], optional: ['title'], expressions: ['figures'] },
  /** Shares of a whole, each on its own 0–100 % track (never stacked as if they added up). */
  Shares: {
    required: ['id', 'title', 'figures'], optional: [], expressions: ['figures'],
    check: (figures) => figures.filter((f) => !isPlottable(f) || !(f.unit === '%' || (f.unit === '' && f.value! > 0 && f.value! <= 1))).map((f) => `"${f.id}" is not a share (unit "%" or a fraction of one): show it as a key number`),
  },
  /** A plan's steps on a time axis (durations in years). */
  PlanSteps: {
    required: ['id', 'title', 'figures'], optional: [], expressions: ['figures'],
    check: (figures) => figures.filter((f) => f.unit !== '年' || f.value === undefined).map((f) => `"${f.id}" is not a duration in 年`),
  },
};

export interface ComponentProblem { entry: string; field: string; message: string }

export interface CheckedComponent {
  name: string;
  line: number | undefined;
  id: string;
  figureIds: string[];
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

/** Checks one chapter's components; returns problems and what each component shows. */
export function checkComponents(components: readonly ComponentBlock[], figById: ReadonlyMap<string, Figure>, reservedIds: ReadonlySet<string>, isKnown: (id: string) => boolean = (id) => figById.has(id)): { problems: ComponentProblem[]; checked: CheckedComponent[] } {
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
    for (const name of rule.required) if (!c.attributes[name]) problems.push({ entry, field: name, message: 'is required' });
    for (const [name, a] of Object.entries(c.attributes)) {
      if (![...rule.required, ...rule.optional].includes(name)) problems.push({ entry, field: name, message: `is not a prop of <${c.name}>` });
      else if (rule.expressions.includes(name) !== a.expression) problems.push({ entry, field: name, message: rule.expressions.includes(name) ? `must be an expression, e.g. ${name}={["id-1", "id-2"]}` : `must be a string, e.g. ${name}="…"` });
      else props[name] = a.value;
    }
    if (props.id !== undefined) {
      if (!ID.test(props.id)) problems.push({ entry, field: 'id', message: 'must be lower-case ASCII words joined by hyphens' });
      else if (seen.has(props.id) || reservedIds.has(props.id)) problems.push({ entry, field: 'id', message: `"${props.id}" is already used in this chapter` });
      seen.add(props.id);
    }
    if (c.name === 'Chart' && props.kind !== undefined && !(CHART_KINDS as readonly string[]).includes(props.kind)) {
      problems.push({ entry, field: 'kind', message: `must be one of ${CHART_KINDS.map((k) => `"${k}"`).join(', ')}, found "${props.kind}"` });
    }
    if (props.figures === undefined) continue;
    const ids = readIdList(props.figures);
    if (!ids) {
      problems.push({ entry, field: 'figures', message: 'must be a list of figure ids, e.g. figures={["forest-coverage-pct"]}' });
      continue;
    }
    if (ids.length === 0) problems.push({ entry, field: 'figures', message: 'is empty: give the ids of the figures to show' });
    const unknown = ids.filter((id) => !isKnown(id));
    for (const id of unknown) problems.push({ entry, field: 'figures', message: `refers to unknown figure "${id}"` });
    if (ids.length > 0 && ids.every((id) => figById.has(id)) && rule.check) {
      for (const m of rule.check(ids.map((id) => figById.get(id)!), props)) problems.push({ entry, field: 'figures', message: m });
    }
    checked.push({ name: c.name, line: c.line, id: props.id ?? '', figureIds: ids });
  }
  return { problems, checked };
}
