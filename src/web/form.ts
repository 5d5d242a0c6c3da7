/**
 * The form, generated from the framework's JSON Schema: one labelled control
 * per value (Swedish titles and descriptions from the schema), choices in the
 * domain's order, date and time inputs, lists with add and remove, and
 * optional sections that can be marked "ingår inte i avtalet" or "uppgift
 * saknas". The form never holds the document: every edit is reported as
 * (path, value) and the page writes it into the YAML text.
 */
import { pointerFrom } from '../core/diagnostic.js';
import type { JsonSchema } from '../schema/agreement.js';
import { t, type UiLang } from './i18n.js';
import type { Path } from './splice.js';
import { el } from './dom.js';

const EXCLUDED = 'ingår inte';
const UNKNOWN = 'uppgift saknas';

interface FormHost {
  lang: UiLang;
  /** A value changed; `structural` when the form must be built again (lists, sections). */
  edit(path: Path, value: unknown, structural: boolean): void;
  /** The parties' ids, for choosing a party. */
  partyIds(): string[];
}

/** The id of the control (or group) of a JSON pointer. */
export function fieldId(pointer: string): string {
  return `fält${pointer}`;
}

function title(schema: JsonSchema, key: string): string {
  return typeof schema.title === 'string' ? schema.title : key.replace(/_/g, ' ');
}

/** An enum value as an officer reads it: "öppen_förskola" → "öppen förskola". */
function choiceLabel(v: unknown): string {
  return String(v).replace(/_/g, ' ');
}

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The alternatives of a schema node (anyOf / oneOf), or the node itself. */
function alternatives(schema: JsonSchema): JsonSchema[] {
  const alts = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (!alts) return [schema];
  return alts.flatMap((a) => alternatives({ ...schema, anyOf: undefined, oneOf: undefined, ...a }));
}

/** Whether a schema alternative is only the section markers ("ingår inte", "uppgift saknas"). */
function isMarker(s: JsonSchema): boolean {
  const values = (s.enum as unknown[] | undefined) ?? ('const' in s ? [s.const] : undefined);
  return Array.isArray(values) && values.length > 0 && values.every((v) => v === EXCLUDED || v === UNKNOWN);
}

function typeOf(s: JsonSchema): string | undefined {
  if (Array.isArray(s.type)) return undefined;
  if (typeof s.type === 'string') return s.type;
  if (s.properties) return 'object';
  if (s.items) return 'array';
  if (Array.isArray(s.enum)) return 'string';
  return undefined;
}

function matches(s: JsonSchema, v: unknown): boolean {
  const ty = typeOf(s);
  if (v === undefined || v === null) return true;
  if (ty === 'object') return isObj(v);
  if (ty === 'array') return Array.isArray(v);
  if (ty === 'integer' || ty === 'number') return typeof v === 'number';
  if (ty === 'boolean') return typeof v === 'boolean';
  if (ty === 'string') return typeof v === 'string';
  return false;
}

/** The schema the form shows for a value, and whether the value may be a section marker. */
function resolve(schema: JsonSchema, v: unknown): { schema: JsonSchema; markers: boolean } {
  const alts = alternatives(schema);
  const markers = alts.some(isMarker);
  const real = alts.filter((a) => !isMarker(a));
  const only = real.length === 1 ? real[0]! : undefined;
  if (only && Array.isArray(only.type)) {
    // e.g. type: [string, array] (one name or a list): the form shows the kind the value has, else the first.
    const types = only.type as string[];
    const pick = types.find((ty) => v !== undefined && v !== null && matches({ ...only, type: ty }, v)) ?? types[0]!;
    return { schema: { ...only, type: pick }, markers };
  }
  return { schema: real.find((a) => matches(a, v)) ?? real[0] ?? schema, markers };
}

interface Ctx {
  host: FormHost;
  root: JsonSchema;
}

/** The form for an agreement value against its framework's schema. */
/** The sections the officer has opened, kept when the form is built again. */
const openSections = new Set<string>();
const builders = new WeakMap<HTMLDetailsElement, () => void>();

/** The id of a top-level section's disclosure. */
export function sectionId(key: string): string {
  return `avsnitt-${key}`;
}

/** Open a top-level section, building its fields the first time. */
export function openSection(details: HTMLDetailsElement): void {
  builders.get(details)?.();
  details.open = true;
}

/**
 * The form: top-level text clauses directly, every top-level section as a
 * disclosure whose fields are built when it is first opened (a short page to
 * start from, with each section's count of findings on its summary line).
 */
export function buildForm(host: FormHost, schema: JsonSchema, value: unknown): HTMLElement {
  const ctx: Ctx = { host, root: schema };
  const form = el('div', { class: 'form-root' });
  const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const v = isObj(value) ? value : {};
  for (const [key, s] of Object.entries(props)) {
    const ty = typeOf(resolve(s, v[key]).schema);
    if (ty !== 'object' && ty !== 'array') {
      form.append(property(ctx, [key], key, s, v[key], required.has(key), 0));
      continue;
    }
    const details = el('details', { class: 'part', id: sectionId(key) });
    const summary = el(
      'summary',
      {},
      el('span', { class: 'summary-title' }, title(resolve(s, v[key]).schema, key)),
      ' ',
      el('span', { class: 'count', id: `${sectionId(key)}-antal` }),
    );
    details.append(summary);
    let built = false;
    const build = (): void => {
      if (built) return;
      built = true;
      details.append(property(ctx, [key], key, s, v[key], required.has(key), 0));
    };
    builders.set(details, build);
    details.addEventListener('toggle', () => {
      if (details.open) {
        build();
        openSections.add(key);
      } else openSections.delete(key);
    });
    if (openSections.has(key)) openSection(details);
    form.append(details);
  }
  return form;
}

function describe(id: string, s: JsonSchema): HTMLElement | undefined {
  return typeof s.description === 'string' ? el('p', { class: 'help', id: `${id}-hjälp` }, s.description) : undefined;
}

function findingSlot(id: string): HTMLElement {
  return el('div', { class: 'finding', id: `${id}-fynd`, hidden: '' });
}

/** A property: a section (object/list) or a single control, with its status when it is optional. */
function property(ctx: Ctx, path: Path, key: string, raw: JsonSchema, v: unknown, required: boolean, depth: number): HTMLElement {
  const { schema: s, markers } = resolve(raw, v);
  const ty = typeOf(s);
  const isSection = ty === 'object' || ty === 'array';
  const pointer = pointerFrom(path);
  const id = fieldId(pointer);
  if (!isSection && !required && depth === 0) {
    // An optional clause of its own (e.g. sekretess): its text, or that it is not in the agreement or not known.
    const state = v === EXCLUDED ? 'excluded' : v === undefined || v === UNKNOWN ? 'unknown' : 'filled';
    const box = el('div', { class: 'clause' });
    if (state === 'filled') box.append(control(ctx, path, key, s, v, required));
    else box.append(markedText(ctx, path, key, s, state === 'excluded' ? EXCLUDED : UNKNOWN, false));
    box.append(statusControl(ctx, path, id, state, null));
    return box;
  }
  if (!isSection) {
    if (v === EXCLUDED || (v === UNKNOWN && markers)) return markedText(ctx, path, key, s, v as string, true);
    return control(ctx, path, key, s, v, required);
  }
  const fs = el('fieldset', { class: `section depth-${Math.min(depth, 3)}`, id, tabindex: '-1' });
  const legend = el('legend', {}, title(s, key));
  if (required) legend.append(el('span', { class: 'req' }, ` (${t(ctx.host.lang, 'required')})`));
  fs.append(legend);
  const help = describe(id, s);
  if (help) fs.append(help);
  const slot = findingSlot(id);
  fs.append(slot);
  const optional = !required;
  const state = v === EXCLUDED ? 'excluded' : v === undefined || v === UNKNOWN ? 'unknown' : 'filled';
  if (optional) {
    const itemSchema = ty === 'array' ? resolve((s.items ?? {}) as JsonSchema, undefined).schema : undefined;
    const first = itemSchema ? (typeOf(itemSchema) === 'object' ? blankObject(itemSchema) : null) : undefined;
    fs.append(statusControl(ctx, path, id, state, ty === 'array' ? [first] : blankObject(s)));
  }
  if (state === 'filled' || (!optional && state !== 'excluded')) {
    const body = el('div', { class: 'section-body' });
    if (ty === 'object') objectBody(ctx, body, path, s, isObj(v) ? v : {}, depth);
    else arrayBody(ctx, body, path, key, s, Array.isArray(v) ? v : [], depth);
    fs.append(body);
  }
  return fs;
}

/** "Ingår i avtalet?": filled in / not in the agreement / not known. */
function statusControl(ctx: Ctx, path: Path, id: string, state: 'filled' | 'excluded' | 'unknown', empty: unknown): HTMLElement {
  const lang = ctx.host.lang;
  const group = el('div', { class: 'status', role: 'radiogroup', 'aria-label': `${t(lang, 'status')}` });
  group.append(el('span', { class: 'status-label', 'aria-hidden': 'true' }, t(lang, 'status')));
  const options: [typeof state, string][] = [
    ['filled', t(lang, 'statusFilled')],
    ['excluded', t(lang, 'statusExcluded')],
    ['unknown', t(lang, 'statusUnknown')],
  ];
  for (const [value, label] of options) {
    const rid = `${id}-status-${value}`;
    const input = el('input', { type: 'radio', name: `${id}-status`, id: rid, value });
    input.checked = value === state;
    input.addEventListener('change', () => {
      if (!input.checked) return;
      ctx.host.edit(path, value === 'filled' ? empty : value === 'excluded' ? EXCLUDED : undefined, true);
    });
    group.append(el('span', { class: 'choice' }, input, el('label', { for: rid }, label)));
  }
  return group;
}

/** A text field marked "ingår inte" / "uppgift saknas": shown with a button to fill it in. */
function markedText(ctx: Ctx, path: Path, key: string, s: JsonSchema, v: string, button: boolean): HTMLElement {
  const id = fieldId(pointerFrom(path));
  const box = el('div', { class: 'field', id, tabindex: '-1' });
  box.append(el('p', { class: 'label' }, title(s, key)));
  const help = describe(id, s);
  if (help) box.append(help);
  box.append(el('p', { class: 'marked' }, v === EXCLUDED ? t(ctx.host.lang, 'statusExcluded') : t(ctx.host.lang, 'statusUnknown')));
  if (button) {
    const b = el('button', { type: 'button', class: 'secondary' }, t(ctx.host.lang, 'statusFilled'));
    b.addEventListener('click', () => ctx.host.edit(path, null, true));
    box.append(b);
  }
  box.append(findingSlot(id));
  return box;
}

function objectBody(ctx: Ctx, body: HTMLElement, path: Path, s: JsonSchema, v: Record<string, unknown>, depth: number): void {
  const props = s.properties as Record<string, JsonSchema> | undefined;
  const required = new Set((s.required as string[] | undefined) ?? []);
  if (props) {
    for (const [key, ps] of Object.entries(props)) body.append(property(ctx, [...path, key], key, ps, v[key], required.has(key), depth + 1));
    return;
  }
  // A map (e.g. cost shares per party id): one control per party.
  const values = typeof s.additionalProperties === 'object' ? (s.additionalProperties as JsonSchema) : { type: 'number' };
  const keys = [...new Set([...ctx.host.partyIds(), ...Object.keys(v)])];
  for (const key of keys) body.append(control(ctx, [...path, key], key, { ...values, title: key }, v[key], false));
}

function arrayBody(ctx: Ctx, body: HTMLElement, path: Path, key: string, s: JsonSchema, v: unknown[], depth: number): void {
  const lang = ctx.host.lang;
  const items = (s.items ?? {}) as JsonSchema;
  const itemSchema = resolve(items, undefined).schema;
  const ity = typeOf(itemSchema);
  if (ity === 'string' && Array.isArray(itemSchema.enum) && s.uniqueItems) {
    // A set of choices: checkboxes in the domain's order.
    const group = el('div', { class: 'checks' });
    for (const choice of itemSchema.enum as string[]) {
      const cid = `${fieldId(pointerFrom(path))}-val-${choice}`;
      const input = el('input', { type: 'checkbox', id: cid, value: choice });
      input.checked = v.includes(choice);
      input.addEventListener('change', () => {
        const chosen = (itemSchema.enum as string[]).filter((c) => (c === choice ? input.checked : v.includes(c)));
        v = chosen;
        ctx.host.edit(path, chosen.length > 0 ? chosen : undefined, false);
      });
      group.append(el('span', { class: 'choice' }, input, el('label', { for: cid }, choiceLabel(choice))));
    }
    body.append(group);
    return;
  }
  const list = el('ol', { class: 'items' });
  v.forEach((item, i) => {
    const li = el('li', { class: 'item' });
    const itemTitle = t(lang, 'item', { title: title(itemSchema, key), n: i + 1 });
    if (ity === 'object') {
      const inner = property(ctx, [...path, i], String(i), { ...items, title: itemTitle, description: undefined }, item, true, depth + 1);
      li.append(inner);
    } else {
      li.append(control(ctx, [...path, i], itemTitle, { ...itemSchema, title: itemTitle, description: undefined }, item, true));
    }
    const rm = el('button', { type: 'button', class: 'secondary remove' }, `${t(lang, 'remove')}: ${itemTitle}`);
    rm.addEventListener('click', () => ctx.host.edit(v.length === 1 ? path : [...path, i], undefined, true));
    li.append(rm);
    list.append(li);
  });
  body.append(list);
  const add = el('button', { type: 'button', class: 'secondary add' }, `${t(lang, 'add')}: ${title(itemSchema, key).toLocaleLowerCase('sv')}`);
  add.addEventListener('click', () => {
    const blank = ity === 'object' ? blankObject(itemSchema) : ity === 'string' ? '' : null;
    ctx.host.edit([...path, v.length], blank, true);
  });
  body.append(add);
}

/** A new object: its required keys (or else its first key), empty. */
function blankObject(s: JsonSchema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys = (s.required as string[] | undefined) ?? [];
  for (const k of keys.length > 0 ? keys : Object.keys((s.properties ?? {}) as object).slice(0, 1)) out[k] = null;
  return out;
}

/** One labelled control for a scalar value. */
function control(ctx: Ctx, path: Path, key: string, s: JsonSchema, v: unknown, required: boolean): HTMLElement {
  const lang = ctx.host.lang;
  const pointer = pointerFrom(path);
  const id = fieldId(pointer);
  const ty = typeOf(s);
  const wrap = el('div', { class: 'field' });
  const label = el('label', { for: id }, title(s, key));
  if (required) label.append(el('span', { class: 'req' }, ` (${t(lang, 'required')})`));
  wrap.append(label);
  const help = describe(id, s);
  if (help) wrap.append(help);
  const described = [help ? `${id}-hjälp` : '', `${id}-fynd`].filter(Boolean).join(' ');
  const emit = (value: unknown, structural = false): void => ctx.host.edit(path, value, structural);
  let input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

  if (v !== undefined && v !== null && !matches(s, v)) {
    wrap.append(el('p', { class: 'odd', id, tabindex: '-1' }, `${JSON.stringify(v)} – ${t(lang, 'editInYaml')}`), findingSlot(id));
    return wrap;
  }
  const partyRef = (key === 'part' || key === 'anställd_av') && ty === 'string' && !s.enum;
  if (ty === 'boolean') {
    const sel = el('select', { id });
    for (const [val, text] of [
      ['', t(lang, 'notGiven')],
      ['true', t(lang, 'yes')],
      ['false', t(lang, 'no')],
    ] as const)
      sel.append(el('option', { value: val }, text));
    sel.value = v === true ? 'true' : v === false ? 'false' : '';
    sel.addEventListener('change', () => emit(sel.value === '' ? undefined : sel.value === 'true'));
    input = sel;
  } else if ((ty === 'string' && Array.isArray(s.enum)) || partyRef) {
    const sel = el('select', { id });
    const choices = partyRef ? ctx.host.partyIds() : (s.enum as string[]);
    sel.append(el('option', { value: '' }, t(lang, 'choose')));
    for (const c of choices) sel.append(el('option', { value: c }, choiceLabel(c)));
    if (typeof v === 'string' && !choices.includes(v)) sel.append(el('option', { value: v }, v));
    sel.value = typeof v === 'string' ? v : '';
    sel.addEventListener('change', () => emit(sel.value === '' ? undefined : sel.value));
    input = sel;
  } else if (ty === 'integer' || ty === 'number') {
    const inp = el('input', { id, type: 'number', inputmode: ty === 'integer' ? 'numeric' : 'decimal', step: ty === 'integer' ? '1' : 'any' });
    if (typeof s.minimum === 'number') inp.min = String(s.minimum);
    if (typeof s.maximum === 'number') inp.max = String(s.maximum);
    inp.value = typeof v === 'number' ? String(v) : '';
    inp.addEventListener('input', () => {
      if (inp.value === '') return emit(undefined);
      const n = Number(inp.value);
      if (Number.isFinite(n)) emit(n);
    });
    input = inp;
  } else {
    const format = s.format;
    const long = typeof s.maxLength === 'number' && s.maxLength > 300;
    if (long) {
      const ta = el('textarea', { id, rows: '3' });
      ta.value = typeof v === 'string' ? v : '';
      input = ta;
    } else {
      const inp = el('input', { id, type: format === 'date' ? 'date' : format === 'tid' ? 'time' : 'text' });
      if (format === 'tid') inp.step = '60';
      if (format !== 'date' && format !== 'tid') inp.autocomplete = 'off';
      inp.value = typeof v === 'string' ? v : '';
      input = inp;
    }
    const text = input;
    text.addEventListener('input', () => emit(text.value === '' ? undefined : text.value));
  }
  input.setAttribute('aria-describedby', described);
  if (required) input.setAttribute('aria-required', 'true');
  input.dataset.pointer = pointer;
  wrap.append(input, findingSlot(id));
  return wrap;
}
