/**
 * The shipped templates (templates/, compiled into the library at build
 * time by `npm run generate`), as texts keyed by their path below
 * templates/: what `renderAgreement` takes as `templates` when a program
 * does not bring its own. The same texts as on disk (a freshness test keeps
 * the generated file in step).
 */
import { PRECOMPILED } from './templates.generated.js';

export const BUNDLED_TEMPLATES: Readonly<Record<string, string>> = Object.freeze(Object.fromEntries(Object.entries(PRECOMPILED).map(([p, x]) => [p, x.text])));
