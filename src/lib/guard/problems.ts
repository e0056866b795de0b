/** The guard's problem reports: one line per problem, naming the file, the entry and the field. Pure. */
import type { z } from 'astro/zod';

export interface ContentProblem {
  /** Path relative to the project root, e.g. content/figures.yaml */
  file: string;
  /** The record or block, e.g. figure "forest-cover" */
  entry: string;
  /** The field, e.g. quote */
  field: string;
  /** What is wrong and what was expected. */
  message: string;
}

export type Problems = ContentProblem[];

export function formatProblem(p: ContentProblem): string {
  return `${p.file} › ${p.entry} › ${p.field}: ${p.message}`;
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was built:\n${problems.map((p) => `  ✗ ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

/** zod's issues as problems of one entry, in the guard's words. */
export function zodProblems(file: string, entry: string, error: z.ZodError, problems: Problems): void {
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join('.') : '(record)';
    let message = issue.message;
    if (issue.code === 'invalid_type') message = issue.received === 'undefined' ? `is required (expected ${issue.expected})` : `must be ${issue.expected}, found ${issue.received}`;
    if (issue.code === 'unrecognized_keys') message = `has unknown field(s): ${issue.keys.join(', ')}`;
    if (issue.code === 'invalid_enum_value') message = `must be one of ${issue.options.map((o) => `"${String(o)}"`).join(', ')}, found "${String(issue.received)}"`;
    problems.push({ file, entry, field, message });
  }
}
