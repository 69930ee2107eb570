// Which site route a page file under src/pages/ produces (pure; used by /sitemap.xml).

/** "./ke-hoach/index.astro" → "/ke-hoach/"; null for the 404 page, dynamic and private routes. */
export function routeOf(file: string): string | null {
  const path = file.replace(/^\.\//, '').replace(/\.(astro|mdx?)$/, '');
  if (path === '404' || path.includes('[') || path.split('/').some((part) => part.startsWith('_'))) return null;
  const route = path.replace(/(^|\/)index$/, '');
  return route === '' ? '/' : `/${route}/`;
}

/** The sorted, unique routes of a list of page files. */
export const routesOf = (files: string[]): string[] =>
  [...new Set(files.map(routeOf).filter((route): route is string => route !== null))].sort();
