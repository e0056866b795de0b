/**
 * The editorial visuals placed in the chapters (charts, key numbers, shares, plan steps), read
 * from the chapters' MDX with the same parser the content guard uses.
 */
import { getChapters, getFigures } from './content';
import { readIdList } from '../lib/components';

export interface Visual {
  chapter: string;
  name: string;
  id: string;
  kind: string | undefined;
  title: string | undefined;
  figureIds: string[];
}

export async function getVisuals(): Promise<Visual[]> {
  const chapters = await getChapters();
  return chapters.flatMap((c) =>
    c.components.map((k) => ({
      chapter: c.slug,
      name: k.name,
      id: k.attributes.id?.value ?? '',
      kind: k.attributes.kind?.value,
      title: k.attributes.title?.value,
      figureIds: readIdList(k.attributes.figures?.value ?? '[]') ?? [],
    })),
  );
}

/** Looks figure records up by id; an unknown id is an error naming the component (the guard reports it first). */
export async function figuresFor(ids: readonly string[], component: string) {
  const all = await getFigures();
  return ids.map((id) => {
    const f = all.find((x) => x.id === id);
    if (!f) throw new Error(`${component}: unknown figure "${id}"`);
    return f;
  });
}
