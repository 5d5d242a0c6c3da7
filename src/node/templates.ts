/**
 * Loading the handlebars templates from `templates/` for the render core,
 * which never reads files itself: every `.hbs` file below the folder, keyed
 * by its path relative to it with forward slashes ("partials/parter.hbs").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The `templates/` folder shipped with samverkan (beside `dist/`). */
export function defaultTemplatesDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates');
}

const loaded = new Map<string, Readonly<Record<string, string>>>();

/** The template texts of a folder, read once per process (the same object each time). */
export function loadTemplateTexts(dir = defaultTemplatesDir()): Readonly<Record<string, string>> {
  let texts = loaded.get(dir);
  if (!texts) {
    const out: Record<string, string> = {};
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.isFile() && e.name.endsWith('.hbs')) out[relative(dir, p).split(sep).join('/')] = readFileSync(p, 'utf8');
      }
    };
    walk(dir);
    texts = Object.freeze(out);
    loaded.set(dir, texts);
  }
  return texts;
}
