/**
 * The handlebars compiler, kept apart from the render path. Rendering runs on
 * the handlebars *runtime* with templates precompiled at build time
 * (`templates.generated.ts`, written by `npm run generate`); the compiler is
 * needed only to check template texts against the model and to precompile a
 * text that differs from the shipped one (a template being edited). It
 * generates code at run time, which a strict Content Security Policy forbids:
 * the browser build replaces this module with one that says so.
 */
import Handlebars from 'handlebars';

type TemplateAst = hbs.AST.Program;
type TemplateSpec = TemplateSpecification;

/** The syntax tree of a template text (throws on a syntax error). */
export function parseTemplateText(text: string): TemplateAst {
  return Handlebars.parse(text);
}

/** The JavaScript source of a template's precompiled specification. */
export function precompileSource(text: string, options: PrecompileOptions): string {
  return Handlebars.precompile(text, options) as unknown as string;
}

/** A text precompiled now, for a template that was not precompiled at build time (Node only). */
export function precompileNow(text: string, options: PrecompileOptions): TemplateSpec {
  return new Function(`return ${precompileSource(text, options)};`)() as TemplateSpec;
}
