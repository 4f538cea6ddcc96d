// One Handlebars instance for a generation run: every template under templates/<target>/ is
// compiled on it, with all helpers from helpers.ts and `noEscape` (escaping is explicit, per
// target language). Files named `_*.hbs` are partials, registered by their name without `_`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { helpers } from './helpers.ts';
import { pythonHelpers } from './helpers-python.ts';
import { typescriptHelpers } from './helpers-typescript.ts';

export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

export interface Renderer {
  render(target: string, template: string, view: unknown): string;
}

export function createRenderer(templatesDir: string = TEMPLATES_DIR): Renderer {
  const hbs = Handlebars.create();
  hbs.registerHelper(helpers);
  hbs.registerHelper(pythonHelpers);
  hbs.registerHelper(typescriptHelpers);
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  const options = { noEscape: true, strict: true, preventIndent: true } as const;
  const loadTarget = (target: string) => {
    for (const file of readdirSync(join(templatesDir, target)).sort()) {
      if (!file.endsWith('.hbs')) continue;
      const source = readFileSync(join(templatesDir, target, file), 'utf8');
      if (file.startsWith('_')) hbs.registerPartial(`${target}/${file.slice(1, -4)}`, source);
      else compiled.set(`${target}/${file.slice(0, -4)}`, hbs.compile(source, options));
    }
  };
  const loaded = new Set<string>();
  return {
    render(target, template, view) {
      if (!loaded.has(target)) {
        loadTarget(target);
        loaded.add(target);
      }
      const fn = compiled.get(`${target}/${template}`);
      if (fn === undefined) throw new Error(`no template ${target}/${template}.hbs in ${templatesDir}`);
      return fn(view);
    },
  };
}
