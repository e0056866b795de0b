import type { APIRoute } from 'astro';
import { districts } from '../../data/content';

/** The district boundaries for the interactive map (the same file the static SVG is drawn from). */
export const GET: APIRoute = () => new Response(JSON.stringify(districts), { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
