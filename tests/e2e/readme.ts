/**
 * The README's screenshots (docs/screenshots/) are the ones the e2e tests take: each run copies them
 * there, so they always show the extension as it is now.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export const README_SCREENSHOTS = resolve('docs/screenshots');

/** Copies a screenshot a test just took into docs/screenshots/, under `name` when given. */
export function alsoInReadme(file: string, name = basename(file)): void {
  mkdirSync(README_SCREENSHOTS, { recursive: true });
  copyFileSync(file, join(README_SCREENSHOTS, name));
}
