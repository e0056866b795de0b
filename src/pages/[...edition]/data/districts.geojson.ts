import type { APIRoute } from 'astro';
import { editionContent, editionPaths } from '../../../data/content';

/** The district boundaries for the interactive map (the same file the static SVG is drawn from). */
export const getStaticPaths = editionPaths;

export const GET: APIRoute = () => new Response(JSON.stringify(editionContent('zh-CN').districts), { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
