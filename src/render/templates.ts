/**
 * The prose of an agreement comes from handlebars templates, one set per
 * framework (`templates/<ramverk>/`) sharing partials (`templates/partials/`).
 *
 * The core never reads files: the caller passes the template texts as a
 * record keyed by their path below `templates/` ("skane-2018/bakgrund.hbs",
 * "partials/parter.hbs"). Templates are compiled once per record and checked
 * against the model before anything is rendered: a template that names a key
 * the agreement cannot have is an error naming its file and line.
 *
 * Agreement values are data: handlebars never evaluates them, so a value such
 * as `{{constructor.constructor}}` prints as written.
 */
import type Handlebars from 'handlebars';
import HandlebarsRuntime from 'handlebars/runtime.js';
import { parseTemplateText, precompileNow } from './template-compiler.js';
import { PRECHECKED, PRECOMPILED } from './templates.generated.js';
import { closest } from '../core/suggest.js';
import type { Agreement, BaseActivityKind, FrameworkId, UserSurvey } from '../core/model.js';
import type { DiagnosticCode } from '../core/codes.js';
import { monthInterval, yearInterval } from '../core/numbers.js';
import {
  activityName,
  capitalise,
  centreTypeText,
  genitive,
  sentence,
  countText,
  coLocationText,
  serviceLevel,
  surveyText,
  swedishDate,
  swedishList,
  swedishNumber,
  swedishPercent,
  timeRange,
  timesText,
} from './format.js';
import { SCALAR, contextShape, type Shape } from './shape.js';

/**
 * Whether `text` already states what one of the `needles` says: it contains
 * the needle, or every long word of the needle (six letters or more, less
 * its last two for inflection: "självreflektionsinstrument" is found in
 * "självreflektionsinstrumentet"). Case does not matter. Used so a
 * generated sentence is left out when the drafter's text says the same.
 */
function mentions(text: string, needles: readonly string[]): boolean {
  const t = text.toLocaleLowerCase('sv-SE');
  if (t.trim() === '') return false;
  return needles.some((n) => {
    const needle = n.toLocaleLowerCase('sv-SE').trim();
    if (needle === '') return false;
    if (t.includes(needle)) return true;
    const words = needle.split(/[^\p{L}\d-]+/u).filter((w) => w.length >= 6);
    return words.length > 0 && words.every((w) => t.includes(w.slice(0, w.length - 2)));
  });
}

/** The first letter in lower case, unless the word is an abbreviation ("KAFO", "BVC-sjuksköterska"). */
function lowerFirst(s: string): string {
  return s.length > 1 && s.charAt(1) === s.charAt(1).toLocaleLowerCase('sv-SE') ? s.charAt(0).toLocaleLowerCase('sv-SE') + s.slice(1) : s;
}

type Program = hbs.AST.Program;
type Node = hbs.AST.Node;
type Expr = hbs.AST.Expression;

/** A problem with a template: its file, line and column, and what is wrong. */
export interface TemplateProblem {
  code: Extract<DiagnosticCode, `template.${string}`>;
  /** The template's path below `templates/`, e.g. "skane-2018/samtidighet.hbs". */
  template: string;
  line: number;
  col: number;
  message: string;
}

const HELPERS: Record<string, (...args: unknown[]) => unknown> = {
  /** `{{datum avtal.giltighet.från}}` → "1 januari 2026". */
  datum: (d) => (typeof d === 'string' ? swedishDate(d) : ''),
  /** `{{tal 0.5}}` → "0,5". */
  tal: (n) => (typeof n === 'number' ? swedishNumber(n) : ''),
  /** `{{procent 50}}` → "50 %". */
  procent: (n) => (typeof n === 'number' ? swedishPercent(n) : ''),
  /** `{{lista mål}}` → "a, b och c"; `{{lista x "eller"}}`. */
  lista: (xs, conj) => (Array.isArray(xs) ? swedishList(xs.map(String), conj === 'eller' ? 'eller' : 'och') : ''),
  /** `{{verksamhet "öppen_förskola"}}` → "öppen förskola". */
  verksamhet: (k) => activityName(k as BaseActivityKind),
  /** `{{verksamheter aktivitet.verksamheter}}` → "barnhälsovård och förebyggande socialtjänst". */
  verksamheter: (ks) => (Array.isArray(ks) ? swedishList(ks.map((k) => activityName(k as BaseActivityKind))) : ''),
  /** `{{kort "region"}}` → "Regionen" (the short name the parties clause defines for a party id). */
  kort: function (this: unknown, id: unknown, options: unknown) {
    const root = (options as { data?: { root?: { parter?: { id: string; namn_kort?: string; organisation: string }[] } } }).data?.root;
    const p = root?.parter?.find((x) => x.id === id);
    return p?.namn_kort ?? p?.organisation ?? String(id);
  },
  /** `{{#if (nämner beskrivning "entré" "ingång")}}`: whether a text already says something (see `mentions`). */
  nämner: (text, ...rest) => mentions(typeof text === 'string' ? text : '', rest.slice(0, -1).map(String)),
  /** `{{gemen "Självreflektion"}}` → "självreflektion" (not "KAFO"): a value set inside a sentence. */
  gemen: (s) => (typeof s === 'string' ? lowerFirst(s) : ''),
  /** `{{kronor 250000}}` → "250 000 kronor". */
  kronor: (n) => (typeof n === 'number' ? `${swedishNumber(n)} kronor` : ''),
  /** `{{part "region"}}` → "Region Skåne" (the organisation of a party id). */
  part: function (this: unknown, id: unknown, options: unknown) {
    const root = (options as { data?: { root?: Agreement } }).data?.root;
    return root?.parter?.find((p) => p.id === id)?.organisation ?? String(id);
  },
  /** `{{tjänst 0.5}}` → "halvtid". */
  tjänst: (n) => (typeof n === 'number' ? serviceLevel(n) : ''),
  /** `{{gånger 4}}` → "fyra gånger". */
  gånger: (n) => (typeof n === 'number' ? timesText(n) : ''),
  /** `{{antal 6 "månad" "månader"}}` → "sex månader"; a fourth argument "ett" for neuter words. */
  antal: (n, singular, plural, gender) => (typeof n === 'number' ? countText(n, String(singular), String(plural), gender === 'ett' ? 'ett' : 'en') : ''),
  /** `{{stor "öppen förskola"}}` → "Öppen förskola". */
  stor: (s) => (typeof s === 'string' ? capitalise(s) : ''),
  /** `{{tid från till}}` → "09.00–12.00". */
  tid: (a, b) => (typeof a === 'string' && typeof b === 'string' ? timeRange(a, b) : ''),
  /** `{{enkät "årlig"}}` → "varje år". */
  enkät: (s) => surveyText(s as UserSurvey),
  /** `{{samlokalisering "delvis"}}` → "delvis samlokaliserad". */
  samlokalisering: (s) => coLocationText(s as 'helt'),
  /** `{{typ "familjecentralsliknande"}}` → "familjecentralsliknande verksamhet". */
  typ: (s) => centreTypeText(s as 'familjecentral'),
  /** `{{#if (lika typ "familjecentral")}}`. */
  lika: (a, b) => a === b,
  /** `{{genitiv familjecentral.kommun}}` → "Eslövs". */
  genitiv: (s) => (typeof s === 'string' ? genitive(s) : ''),
  /** `{{mening beskrivning}}`: the text as a sentence, with a full stop at the end. */
  mening: (s) => (typeof s === 'string' ? sentence(s) : ''),
  /** `{{bemanning bemanning}}` → "barnmorska på 0,8 tjänst och läkare på 0,1 tjänst". */
  bemanning: (xs) =>
    Array.isArray(xs) ? swedishList(xs.map((x: { yrke: string; tjänstgöringsgrad: number }) => `${x.yrke} på ${serviceLevel(x.tjänstgöringsgrad)}`)) : '',
  /** `{{fördelning kostnadsfördelning}}` → "med 50 % för Region Skåne och 50 % för Eslövs kommun". */
  fördelning: function (this: unknown, shares: unknown, options: unknown) {
    const root = (options as { data?: { root?: Agreement } }).data?.root;
    if (!shares || typeof shares !== 'object') return '';
    const parts = Object.entries(shares as Record<string, number>).map(([id, pct]) => {
      const p = (root?.parter as { id: string; namn_kort?: string; organisation: string }[] | undefined)?.find((x) => x.id === id);
      return `${swedishPercent(pct)} för ${p?.namn_kort ?? p?.organisation ?? id}`;
    });
    return parts.length > 0 ? `med ${swedishList(parts)}` : '';
  },
  /** `{{årsintervall 3}}` → "vart tredje år". */
  årsintervall: (n) => (typeof n === 'number' ? yearInterval(n) : ''),
  /** `{{månadsintervall 12}}` → "en gång per år". */
  månadsintervall: (n) => (typeof n === 'number' ? monthInterval(n) : ''),
};

export const HELPER_NAMES: readonly string[] = Object.keys(HELPERS);
const BUILTIN_BLOCKS = new Set(['if', 'unless', 'each', 'with']);
const KNOWN_HELPERS: Record<string, boolean> = Object.fromEntries([...HELPER_NAMES, ...BUILTIN_BLOCKS, 'lookup', 'log'].map((h) => [h, true]));

export const COMPILE_OPTIONS = {
  noEscape: true,
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: KNOWN_HELPERS,
  preventIndent: true,
} as const;

let engine: typeof Handlebars | undefined;

/** The isolated handlebars runtime with the Swedish helpers, created once per process. */
function hb(): typeof Handlebars {
  if (!engine) {
    engine = (HandlebarsRuntime as unknown as typeof Handlebars).create();
    for (const [name, fn] of Object.entries(HELPERS)) engine.registerHelper(name, fn as Handlebars.HelperDelegate);
  }
  return engine;
}

type Compiled = Handlebars.TemplateDelegate;

/** A template precompiled at build time: its text and handlebars' specification of it. */
export interface PrecompiledTemplate {
  text: string;
  spec: TemplateSpecification;
}

export interface TemplateSet {
  /** Render the section template `name` for the framework ("" when the template says nothing). */
  render(framework: FrameworkId, name: string, context: object): { text: string; problem?: TemplateProblem };
  /** The problems found in the templates for a framework (empty when it can render). */
  problems(framework: FrameworkId): TemplateProblem[];
  has(framework: FrameworkId, name: string): boolean;
}

interface ParsedTemplate {
  path: string;
  ast?: Program;
  compiled?: Compiled;
  syntax?: TemplateProblem;
}

const sets = new WeakMap<Readonly<Record<string, string>>, TemplateSet>();

/**
 * The template set of a record of template texts, compiled once: the same
 * record object gives the same compiled set for every agreement of a run.
 */
export function templateSet(texts: Readonly<Record<string, string>>): TemplateSet {
  let set = sets.get(texts);
  if (!set) {
    set = buildSet(texts, isShipped(texts));
    sets.set(texts, set);
  }
  return set;
}

/**
 * Whether the texts are exactly the templates precompiled at build time: then
 * they run on the handlebars runtime from their specifications and their
 * problems are the ones found then, and nothing is compiled (a strict Content
 * Security Policy allows this). Any other texts are parsed and precompiled
 * now, which needs the compiler (Node only).
 */
function isShipped(texts: Readonly<Record<string, string>>): boolean {
  const paths = Object.keys(texts).filter((p) => p.endsWith('.hbs'));
  return paths.length === Object.keys(PRECOMPILED).length && paths.every((p) => PRECOMPILED[p]?.text === texts[p]);
}

/** The template set compiled from the texts now, never from the build's tables (for `npm run generate`). */
export function compiledTemplateSet(texts: Readonly<Record<string, string>>): TemplateSet {
  return buildSet(texts, false);
}

function parseTemplate(path: string, text: string, shipped: boolean): ParsedTemplate {
  try {
    if (shipped) return { path, compiled: hb().template(PRECOMPILED[path]!.spec) };
    const ast = parseTemplateText(text);
    const compiled = hb().template(precompileNow(text, COMPILE_OPTIONS));
    return { path, ast, compiled };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const m = /line (\d+)/.exec(msg);
    const line = m ? Number(m[1]) : 1;
    return { path, syntax: { code: 'template.syntax', template: path, line, col: 1, message: `syntaxfel: ${msg.split('\n')[0]}` } };
  }
}

function buildSet(texts: Readonly<Record<string, string>>, shipped: boolean): TemplateSet {
  const parsed = new Map<string, ParsedTemplate>();
  for (const [path, text] of Object.entries(texts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!path.endsWith('.hbs')) continue;
    parsed.set(path, parseTemplate(path, text, shipped));
  }
  const partialPaths = new Map<string, string>();
  for (const path of parsed.keys()) {
    const m = /^partials\/(.+)\.hbs$/.exec(path);
    if (m) partialPaths.set(m[1]!, path);
  }
  // Partials compile lazily when first used; compiling them here keeps the options (strict, noEscape).
  const partials: Record<string, Compiled> = {};
  for (const [name, path] of partialPaths) {
    const p = parsed.get(path)!;
    if (p.compiled) partials[name] = p.compiled;
  }
  const resolve = (framework: FrameworkId, name: string): ParsedTemplate | undefined =>
    parsed.get(`${framework}/${name}.hbs`) ?? parsed.get(`partials/${name}.hbs`);

  const problemCache = new Map<FrameworkId, TemplateProblem[]>();
  const problems = (framework: FrameworkId): TemplateProblem[] => {
    let ps = problemCache.get(framework) ?? (shipped && PRECHECKED[framework] ? [...PRECHECKED[framework]] : undefined);
    if (!ps) {
      ps = [];
      const checked = new Set<string>();
      for (const t of parsed.values()) {
        if (t.syntax) ps.push(t.syntax);
        else if (t.path.startsWith(`${framework}/`)) ps.push(...checkTemplate(t, contextShape(framework), parsed, partialPaths, checked));
      }
      // Partials are checked where they are used (their scope is the caller's); unused ones at the root.
      for (const [, path] of partialPaths) {
        const t = parsed.get(path)!;
        if (t.ast && !checked.has(path)) ps.push(...checkTemplate(t, contextShape(framework), parsed, partialPaths, checked));
      }
      ps = dedupe(ps);
      problemCache.set(framework, ps);
    }
    return ps;
  };

  return {
    problems,
    has: (framework, name) => resolve(framework, name) !== undefined,
    render(framework, name, context) {
      const t = resolve(framework, name);
      if (!t?.compiled) {
        return {
          text: '',
          problem: t?.syntax ?? {
            code: 'template.missing',
            template: `${framework}/${name}.hbs`,
            line: 1,
            col: 1,
            message: `mallen saknas (varken ${framework}/${name}.hbs eller partials/${name}.hbs finns)`,
          },
        };
      }
      try {
        return { text: t.compiled(context, { partials, allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false }) };
      } catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        const m = / - (\d+):(\d+)$/.exec(msg);
        return {
          text: '',
          problem: {
            code: 'template.runtime',
            template: t.path,
            line: m ? Number(m[1]) : 1,
            col: m ? Number(m[2]) + 1 : 1,
            message: `kunde inte fyllas i: ${msg.replace(/ - \d+:\d+$/, '').replace(/ not defined in \[object Object\]/, ' saknas i avtalet (lägg det inom {{#if …}})')}`,
          },
        };
      }
    },
  };
}

function dedupe(ps: TemplateProblem[]): TemplateProblem[] {
  const seen = new Set<string>();
  return ps.filter((p) => {
    const k = `${p.template}:${p.line}:${p.col}:${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// ---------------------------------------------------------------------------
// Checking a template against the model, by walking its syntax tree.

interface Frame {
  shape: Shape;
  /** Block parameters (`{{#each x as |item|}}`) bound in this frame. */
  bindings: Map<string, Shape>;
}

interface Walk {
  template: ParsedTemplate;
  root: Shape;
  frames: Frame[];
  out: TemplateProblem[];
  parsed: Map<string, ParsedTemplate>;
  partialPaths: Map<string, string>;
  checked: Set<string>;
  depth: number;
}

function checkTemplate(
  t: ParsedTemplate,
  root: Shape,
  parsed: Map<string, ParsedTemplate>,
  partialPaths: Map<string, string>,
  checked: Set<string>,
): TemplateProblem[] {
  const w: Walk = { template: t, root, frames: [{ shape: root, bindings: new Map() }], out: [], parsed, partialPaths, checked, depth: 0 };
  walkProgram(w, t.ast!);
  return w.out;
}

function problem(w: Walk, node: Node, code: TemplateProblem['code'], message: string): void {
  w.out.push({ code, template: w.template.path, line: node.loc?.start.line ?? 1, col: (node.loc?.start.column ?? 0) + 1, message });
}

function walkProgram(w: Walk, program: Program | undefined): void {
  if (!program) return;
  for (const s of program.body) walkStatement(w, s);
}

function isHelperName(path: Expr): path is hbs.AST.PathExpression {
  const p = path as hbs.AST.PathExpression;
  return p.type === 'PathExpression' && !p.data && p.depth === 0 && p.parts.length === 1 && KNOWN_HELPERS[p.parts[0]!] === true;
}

function walkStatement(w: Walk, s: hbs.AST.Statement): void {
  switch ((s as Node).type) {
    case 'MustacheStatement': {
      const m = s as hbs.AST.MustacheStatement;
      if (m.params.length > 0 || m.hash?.pairs.length) {
        checkHelperCall(w, m.path as Expr, m.params, m.hash);
      } else if (!isHelperName(m.path as Expr)) {
        shapeOf(w, m.path as Expr);
      }
      return;
    }
    case 'BlockStatement': {
      const b = s as hbs.AST.BlockStatement;
      const name = b.path.type === 'PathExpression' && b.path.parts.length === 1 ? b.path.parts[0]! : b.path.original;
      if (!BUILTIN_BLOCKS.has(name)) {
        problem(w, b, 'template.unknown-helper', `okänt blockhjälpmedel "${name}" (tillåtna är if, unless, each och with)`);
        return;
      }
      for (const p of b.params.slice(1)) shapeOf(w, p);
      const subject = b.params[0] ? shapeOf(w, b.params[0]) : undefined;
      if (name === 'each' && subject) {
        const item = subject.kind === 'array' ? subject.items : subject.kind === 'map' ? subject.values : SCALAR;
        const bindings = new Map<string, Shape>();
        const [itemName, indexName] = b.program.blockParams ?? [];
        if (itemName) bindings.set(itemName, item);
        if (indexName) bindings.set(indexName, SCALAR);
        w.frames.push({ shape: item, bindings });
        walkProgram(w, b.program);
        w.frames.pop();
      } else if (name === 'with' && subject) {
        const bindings = new Map<string, Shape>();
        const [asName] = b.program.blockParams ?? [];
        if (asName) bindings.set(asName, subject);
        w.frames.push({ shape: subject, bindings });
        walkProgram(w, b.program);
        w.frames.pop();
      } else {
        walkProgram(w, b.program);
      }
      walkProgram(w, b.inverse);
      return;
    }
    case 'PartialStatement': {
      const p = s as hbs.AST.PartialStatement;
      const name = p.name.type === 'PathExpression' ? p.name.original : '';
      const path = w.partialPaths.get(name);
      if (!path) {
        problem(w, p, 'template.unknown-partial', `okänd delmall "${name}" (ingen fil partials/${name}.hbs)`);
        return;
      }
      for (const h of p.hash?.pairs ?? []) shapeOf(w, h.value);
      const scope = p.params[0] ? shapeOf(w, p.params[0]) : w.frames[w.frames.length - 1]!.shape;
      const partial = w.parsed.get(path)!;
      w.checked.add(path);
      if (!partial.ast || !scope || w.depth > 8) return;
      const inner: Walk = { ...w, template: partial, frames: [{ shape: scope, bindings: new Map() }], depth: w.depth + 1 };
      walkProgram(inner, partial.ast);
      return;
    }
    case 'PartialBlockStatement':
    case 'DecoratorBlock':
    case 'Decorator':
      problem(w, s as Node, 'template.unknown-helper', 'delmallsblock och dekoratorer används inte i samverkans mallar');
      return;
    default:
      return; // ContentStatement, CommentStatement
  }
}

function checkHelperCall(w: Walk, path: Expr, params: Expr[], hash: hbs.AST.Hash | undefined): void {
  if (!isHelperName(path)) {
    const name = (path as hbs.AST.PathExpression).original ?? '?';
    const guess = closest(name, HELPER_NAMES);
    problem(w, path, 'template.unknown-helper', `okänd hjälpfunktion "${name}"${guess ? ` (menade du "${guess}"?)` : ''}`);
  }
  for (const p of params) shapeOf(w, p);
  for (const h of hash?.pairs ?? []) shapeOf(w, h.value);
}

/** The shape an expression yields, reporting a key the model lacks. */
function shapeOf(w: Walk, e: Expr): Shape | undefined {
  switch (e.type) {
    case 'SubExpression': {
      const sub = e as hbs.AST.SubExpression;
      checkHelperCall(w, sub.path, sub.params, sub.hash);
      return SCALAR;
    }
    case 'PathExpression':
      return resolvePath(w, e as hbs.AST.PathExpression);
    default:
      return SCALAR; // literals
  }
}

function resolvePath(w: Walk, p: hbs.AST.PathExpression): Shape | undefined {
  if (p.data) {
    const [head, ...rest] = p.parts;
    if (head === 'root') return walkParts(w, p, w.root, rest, ['@root']);
    if (head === 'index' || head === 'first' || head === 'last' || head === 'key') return rest.length === 0 ? SCALAR : undefined;
    problem(w, p, 'template.unknown-key', `okänd datavariabel "@${head}"`);
    return undefined;
  }
  if (p.depth >= w.frames.length) {
    problem(w, p, 'template.unknown-key', `"${p.original}" går längre ut än mallens yttersta nivå`);
    return undefined;
  }
  if (p.depth === 0 && p.parts.length > 0 && !p.original.startsWith('this') && !p.original.startsWith('./')) {
    for (let i = w.frames.length - 1; i >= 0; i--) {
      const bound = w.frames[i]!.bindings.get(p.parts[0]!);
      if (bound) return walkParts(w, p, bound, p.parts.slice(1), [p.parts[0]!]);
    }
  }
  const frame = w.frames[w.frames.length - 1 - p.depth]!;
  return walkParts(w, p, frame.shape, p.parts, []);
}

function walkParts(w: Walk, p: hbs.AST.PathExpression, start: Shape, parts: readonly string[], seen: string[]): Shape | undefined {
  let shape = start;
  const path = [...seen];
  for (const part of parts) {
    let next: Shape | undefined;
    if (shape.kind === 'object') next = shape.props.get(part);
    else if (shape.kind === 'map') next = shape.values;
    else if (shape.kind === 'array') next = part === 'length' ? SCALAR : /^\d+$/.test(part) ? shape.items : undefined;
    if (!next) {
      const candidates = shape.kind === 'object' ? [...shape.props.keys()] : [];
      const guess = closest(part, candidates);
      const where = path.length > 0 ? ` i "${path.join('.')}"` : '';
      problem(
        w,
        p,
        'template.unknown-key',
        `mallen nämner "${p.original}", men avtalet har ingen nyckel "${part}"${where}${guess ? ` (menade du "${guess}"?)` : ''}`,
      );
      return undefined;
    }
    path.push(part);
    shape = next;
  }
  return shape;
}
