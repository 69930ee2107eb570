// The one bundler warning the build silences: Rolldown's MODULE_LEVEL_DIRECTIVE warning about
// Astro's own "use astro:head-inject" marker in every MDX module (withastro/astro#18087, open for
// Astro 7.3.5, the latest release: the marker is read by Astro before bundling, so nothing is lost).
// Every other warning, including other directives, is still printed.

/** Is this the warning of withastro/astro#18087? */
export const isAstroHeadInjectWarning = (warning) =>
  warning?.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message ?? '').includes('"use astro:head-inject"');

/** A Rolldown/Rollup `onwarn` that drops that warning and hands every other to the default handler. */
export function onBuildWarning(warning, defaultHandler) {
  if (isAstroHeadInjectWarning(warning)) return;
  defaultHandler(warning);
}

/**
 * A Vite plugin giving every build environment that `onwarn` (Astro sets the prerender and client
 * environments' bundler options itself, so the top-level `build.rolldownOptions` does not reach them).
 */
export const quietAstroHeadInject = () => ({
  name: 'thi-dua:quiet-astro-head-inject',
  configEnvironment: () => ({ build: { rolldownOptions: { onwarn: onBuildWarning } } }),
});
