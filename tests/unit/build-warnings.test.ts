// The build silences one known warning of Astro's own (withastro/astro#18087) and no other.
import { describe, expect, it, vi } from 'vitest';
import { onBuildWarning, quietAstroHeadInject } from '../../src/tooling/build-warnings.mjs';

describe('build warnings', () => {
  it("drops only Rolldown's warning about Astro's head-inject marker", () => {
    const shown = vi.fn();
    onBuildWarning(
      { code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use astro:head-inject" in "content/plan/01-muc-i.mdx?astroPropagatedAssets" may not be preserved when bundling.' },
      shown,
    );
    expect(shown).not.toHaveBeenCalled();
    const others = [
      { code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use client" in "x.tsx" may not be preserved when bundling.' },
      { code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency: a → b → a' },
      { code: 'EVAL', message: 'Use of eval "use astro:head-inject"' },
    ];
    for (const warning of others) onBuildWarning(warning, shown);
    expect(shown.mock.calls.map(([warning]) => warning)).toEqual(others);
  });

  it('reaches every build environment through a plugin', () => {
    const plugin = quietAstroHeadInject();
    expect(plugin.configEnvironment().build.rolldownOptions.onwarn).toBe(onBuildWarning);
  });
});
