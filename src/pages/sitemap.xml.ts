// /sitemap.xml: every page of the site, found from the page files themselves so that a new page
// is listed without editing this file. Absolute URLs use Astro's `site`.
import type { APIRoute } from 'astro';
import { routesOf } from '../components/sitemapRoutes';

const pageFiles = Object.keys(import.meta.glob('./**/*.{astro,md,mdx}'));
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('sitemap.xml: set `site` in astro.config.mjs');
  const urls = routesOf(pageFiles).map((route) => `  <url><loc>${escapeXml(new URL(route, site).href)}</loc></url>`);
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
