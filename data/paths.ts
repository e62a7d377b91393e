import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
/** Authored records. */
export const SOURCES_DIR = process.env.SIDEKICK_SOURCES ?? join(here, 'sources');
/** Compiled artefacts (git-ignored; written by `npm run data:compile`). */
export const GENERATED_DIR = join(here, 'generated');
