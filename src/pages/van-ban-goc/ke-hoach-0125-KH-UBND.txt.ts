// The kept source text, served as a file next to the page that shows it.
import type { APIRoute } from 'astro';
import { planSourceText } from '../../components/plan/source';

export const GET: APIRoute = () =>
  new Response(planSourceText, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
