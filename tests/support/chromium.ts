import type { LaunchOptions } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/tooling/chromium.mjs';

export function chromiumLaunchOptions(): LaunchOptions {
  return { executablePath: chromiumPath(), args: CHROMIUM_ARGS };
}
