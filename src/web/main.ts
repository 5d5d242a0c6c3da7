/**
 * The browser editor: an officer fills in an agreement in a form generated
 * from the schema (or in its YAML), sees the framework's findings live at the
 * fields they concern, and downloads the YAML and the .docx. Everything runs
 * in the page with the samverkan library; nothing is sent anywhere (the page's
 * Content Security Policy forbids it).
 */
// Direct imports, not the library's index: the start-up script carries no renderer (see render-chunk.ts).
import { el as h } from './dom.js';
import { pointerSegments } from '../core/diagnostic.js';
import { isoDate, parseIsoDate, startOfDay } from '../core/dates.js';
import { CENTRE_TYPES, FRAMEWORK_IDS, type FrameworkId } from '../core/model.js';
import { agreementSchema, FRAMEWORK_TITLES, type JsonSchema } from '../schema/agreement.js';
import { buildSkeleton, frameworkRegion, lookUpMunicipality } from '../schema/skeleton.js';
import { analyse, finalOutcome, type Analysis, type Shown } from './analysis.js';
import { buildForm, fieldId, openSection, sectionId } from './form.js';
import { t, type UiLang, type WordKey } from './i18n.js';
import { spliceValue, type Path } from './splice.js';
import type { PageRenderer } from './render-chunk.js';
import type { PageTools, PickedFile, ToolView } from './tools-chunk.js';
import './shared.js';
import type { YamlEditor, YamlEditorFactory } from './yaml-editor.js';
const DRAFT_KEY = 'samverkan.utkast';
const LANG_KEY = 'samverkan.språk';

interface State {
  text: string | undefined;
  name: string;
  lang: UiLang;
  asOf: string;
  view: 'form' | 'yaml';
  touched: Set<string>;
  showAll: boolean;
  analysis: Analysis | undefined;
  /** The framework the form was built for. */
  formFor: string | undefined;
}

function today(): string {
  return isoDate(startOfDay(new Date()));
}

function storedLang(): UiLang {
  try {
    return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

const state: State = {
  text: undefined,
  name: 'avtal.yaml',
  lang: storedLang(),
  asOf: today(),
  view: 'form',
  touched: new Set(),
  showAll: false,
  analysis: undefined,
  formFor: undefined,
};
const w = (k: WordKey, p?: Record<string, string | number>): string => t(state.lang, k, p);

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

// ---------------------------------------------------------------------------
// The shell

function shell(): void {
  document.documentElement.lang = state.lang === 'en' ? 'en' : 'sv';
  document.title = `samverkan – ${w('appTitle')}`;
  const app = $('app');
  app.replaceChildren(
    h('a', { class: 'skip', href: '#huvud' }, w('skip')),
    h(
      'header',
      { class: 'top' },
      h('div', { class: 'brand' }, h('h1', {}, h('span', { class: 'product' }, 'samverkan'), ' ', w('appTitle')), h('p', { class: 'lead' }, w('appLead'))),
      h('button', { type: 'button', id: 'språk', class: 'link', lang: state.lang === 'en' ? 'sv' : 'en' }, w('language')),
    ),
    h(
      'div',
      { class: 'toolbar', role: 'toolbar', 'aria-label': w('tools') },
      h('button', { type: 'button', id: 'nytt' }, w('newAgreement')),
      h('input', { type: 'file', id: 'fil', accept: '.yaml,.yml,text/yaml,application/yaml', class: 'visually-hidden' }),
      h('label', { for: 'fil', class: 'button', id: 'öppna-etikett' }, w('open')),
      h('button', { type: 'button', id: 'spara' }, w('save')),
      h('input', { type: 'file', id: 'jämför-fil', accept: '.yaml,.yml,text/yaml,application/yaml', class: 'visually-hidden' }),
      h('label', { for: 'jämför-fil', class: 'button', id: 'jämför-etikett' }, w('compare')),
      h('input', { type: 'file', id: 'rapport-filer', multiple: '', accept: '.yaml,.yml,text/yaml,application/yaml', class: 'visually-hidden' }),
      h('label', { for: 'rapport-filer', class: 'button', id: 'rapport-etikett' }, w('report')),
      h('span', { class: 'spacer' }),
      h('label', { for: 'datum', class: 'inline' }, w('asOf')),
      h('input', { type: 'date', id: 'datum', value: state.asOf }),
      h('button', { type: 'button', id: 'utkast-docx' }, w('draftDocx')),
      h('button', { type: 'button', id: 'slutlig-docx', 'aria-describedby': 'slutlig-hjälp' }, w('finalDocx')),
      h('span', { id: 'slutlig-hjälp', class: 'visually-hidden' }, w('finalBlocked')),
    ),
    h(
      'div',
      { class: 'draftline' },
      h('span', { id: 'utkast-info' }, w('draftSaved')),
      ' ',
      h('button', { type: 'button', id: 'rensa', class: 'link', 'aria-describedby': 'rensa-hjälp' }, w('clearDraft')),
      h('span', { id: 'rensa-hjälp', class: 'visually-hidden' }, w('clearDraftHelp')),
    ),
    h('p', { id: 'meddelande', class: 'message', role: 'status', 'aria-live': 'polite' }),
    h(
      'div',
      { class: 'layout' },
      h(
        'main',
        { id: 'huvud', tabindex: '-1' },
        h(
          'div',
          { class: 'tabs', role: 'tablist', 'aria-label': w('views') },
          h('button', { type: 'button', role: 'tab', id: 'flik-formulär', 'aria-controls': 'formulär', 'aria-selected': 'true' }, w('tabForm')),
          h('button', { type: 'button', role: 'tab', id: 'flik-yaml', 'aria-controls': 'yaml', 'aria-selected': 'false', tabindex: '-1' }, w('tabYaml')),
        ),
        h('section', { id: 'formulär', role: 'tabpanel', 'aria-labelledby': 'flik-formulär' }),
        h(
          'section',
          { id: 'yaml', role: 'tabpanel', 'aria-labelledby': 'flik-yaml', hidden: '' },
          h('p', { class: 'help', id: 'yaml-hjälp' }, w('yamlHelp')),
          h('div', { id: 'yaml-värd' }),
        ),
      ),
      h(
        'aside',
        { class: 'side', 'aria-labelledby': 'sammanfattning-rubrik' },
        h('div', { id: 'utlåtande', class: 'verdict', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' }),
        h(
          'section',
          { id: 'sammanfattning', class: 'summary', tabindex: '-1', 'aria-labelledby': 'sammanfattning-rubrik' },
          h('h2', { id: 'sammanfattning-rubrik' }, w('summaryTitle')),
          h('button', { type: 'button', id: 'granska' }, w('showAll')),
          h('div', { id: 'fynd-lista' }),
        ),
      ),
    ),
    newDialog(),
    h(
      'dialog',
      { id: 'verktyg', 'aria-labelledby': 'verktyg-rubrik' },
      h('div', { id: 'verktyg-innehåll' }),
      h('button', { type: 'button', id: 'verktyg-stäng', class: 'secondary' }, w('close')),
    ),
    h('div', { id: 'släpp', class: 'dropzone', hidden: '' }, h('p', {}, w('dropHere'))),
  );
  wireShell();
  yamlEditor = undefined;
  $('yaml-värd').replaceChildren();
  state.formFor = undefined;
  if (state.text !== undefined) refresh(true);
  else showEmpty();
}

function showEmpty(): void {
  $('formulär').replaceChildren(h('p', { class: 'empty' }, w('empty')));
  renderVerdict();
  $('fynd-lista').replaceChildren();
}

function say(text: string): void {
  $('meddelande').textContent = text;
}

function wireShell(): void {
  $('språk').addEventListener('click', () => {
    state.lang = state.lang === 'en' ? 'sv' : 'en';
    try {
      localStorage.setItem(LANG_KEY, state.lang);
    } catch {
      /* the choice lasts for this page only */
    }
    state.analysis = undefined;
    shell();
    $('språk').focus();
  });
  $('nytt').addEventListener('click', () => openNewDialog());
  $<HTMLInputElement>('fil').addEventListener('change', async (e) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) await openFile(file);
    input.value = '';
  });
  $<HTMLInputElement>('jämför-fil').addEventListener('change', async (e) => {
    const old = (await picked(e.target as HTMLInputElement))[0];
    if (!old) return;
    if (state.text === undefined) return say(w('invalidForDocx'));
    const current = { name: state.name, source: state.text };
    showTool(tools().compare({ old, current, asOf: state.asOf, lang: state.lang }, download));
  });
  $<HTMLInputElement>('rapport-filer').addEventListener('change', async (e) => {
    const files = await picked(e.target as HTMLInputElement);
    if (files.length > 0) showTool(tools().report({ files, asOf: state.asOf, lang: state.lang }, download));
  });
  $('verktyg-stäng').addEventListener('click', () => $<HTMLDialogElement>('verktyg').close());
  $('spara').addEventListener('click', () => {
    if (state.text === undefined) return;
    download(state.name.replace(/\.(ya?ml)?$/i, '') + '.yaml', new TextEncoder().encode(state.text), 'application/yaml');
  });
  $<HTMLInputElement>('datum').addEventListener('change', (e) => {
    const v = (e.target as HTMLInputElement).value;
    if (parseIsoDate(v)) {
      state.asOf = v;
      refresh(false);
    }
  });
  $('utkast-docx').addEventListener('click', () => void docx(false));
  $('slutlig-docx').addEventListener('click', () => void docx(true));
  $('rensa').addEventListener('click', () => {
    try {
      localStorage.removeItem(DRAFT_KEY);
    } catch {
      /* nothing stored */
    }
    say(w('draftCleared'));
  });
  $('granska').addEventListener('click', () => {
    state.showAll = true;
    renderFindings();
    $('sammanfattning').focus();
  });
  const tabs = [$('flik-formulär'), $('flik-yaml')];
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => void showView(i === 0 ? 'form' : 'yaml'));
    tab.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
      const next = tabs[(i + 1) % 2]!;
      next.focus();
      void showView(next.id === 'flik-yaml' ? 'yaml' : 'form');
    });
  });
}

// ---------------------------------------------------------------------------
// Documents in and out

function download(name: string, bytes: Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = h('a', { href: url, download: name, class: 'visually-hidden' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  say(w('downloaded', { name }));
}

async function docx(final: boolean): Promise<void> {
  const a = analyseNow();
  if (!a?.agreement) {
    say(w('invalidForDocx'));
    return;
  }
  if (final && (!a.finalAllowed || !a.check)) {
    say(w('finalBlocked'));
    return;
  }
  const renderer = runChunk<PageRenderer>('render-code', 'samverkanRender');
  const r = await renderer.render(a.agreement, {
    asOf: state.asOf,
    lang: state.lang,
    ...(final && a.check ? { final: finalOutcome(a.check) } : {}),
  });
  if (!r.bytes) {
    say(w('renderFailed', { why: r.templateProblems.map((p) => `${p.template}:${p.line} ${p.message}`).join('; ') }));
    return;
  }
  download(renderer.fileName(a.agreement), r.bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
}

/** The files chosen in a file input, as bytes (read by the library as the CLI reads a file), the input emptied for the next choice. */
async function picked(input: HTMLInputElement): Promise<PickedFile[]> {
  const files = [...(input.files ?? [])];
  input.value = '';
  return Promise.all(files.map(async (f) => ({ name: f.name, source: new Uint8Array(await f.arrayBuffer()) })));
}

/** Comparison and regional overview, as the CLI's jämför and report (the tools chunk builds the views). */
function tools(): PageTools {
  runChunk<PageRenderer>('render-code', 'samverkanRender');
  return runChunk<PageTools>('tools-code', 'samverkanTools');
}

function showTool(shown: ToolView): void {
  if ('message' in shown) {
    say(shown.message);
    return;
  }
  $('verktyg-innehåll').replaceChildren(shown.content);
  $<HTMLDialogElement>('verktyg').showModal();
  $('verktyg-rubrik').focus();
}

async function openFile(file: File): Promise<void> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    say(w('notText', { name: file.name }));
    return;
  }
  load(text.replace(/^\uFEFF/, ''), file.name);
  say(w('opened', { name: file.name }));
}

function load(text: string, name: string): void {
  state.text = text;
  state.name = name;
  state.touched = new Set();
  state.showAll = false;
  state.formFor = undefined;
  yamlEditor?.setText(text);
  saveDraft();
  refresh(true);
}

let draftTimer: ReturnType<typeof setTimeout> | undefined;
function saveDraft(): void {
  clearTimeout(draftTimer);
  draftTimer = setTimeout(() => {
    try {
      if (state.text !== undefined) localStorage.setItem(DRAFT_KEY, JSON.stringify({ name: state.name, text: state.text }));
    } catch {
      /* storage full or off: the draft lives in the page only */
    }
  }, 300);
}

// ---------------------------------------------------------------------------
// The new-agreement dialog

function newDialog(): HTMLDialogElement {
  const fw = h('select', { id: 'ny-ramverk' });
  for (const f of FRAMEWORK_IDS) fw.append(h('option', { value: f }, FRAMEWORK_TITLES[f]));
  const typ = h('select', { id: 'ny-typ' });
  for (const c of CENTRE_TYPES) typ.append(h('option', { value: c }, c));
  const list = h('datalist', { id: 'ny-kommuner' });
  const fillList = (): void => {
    let municipalities: readonly string[] = [];
    try {
      municipalities = frameworkRegion(fw.value as FrameworkId).municipalities;
    } catch {
      /* a framework without a region of its own: any municipality */
    }
    list.replaceChildren(...municipalities.map((m) => h('option', { value: m })));
  };
  fw.addEventListener('change', fillList);
  fillList();
  const form = h(
    'form',
    { method: 'dialog', id: 'ny-form', novalidate: '' },
    h('h2', { id: 'ny-rubrik' }, w('newAgreement')),
    h('p', { class: 'help' }, w('newHelp')),
    h('div', { class: 'field' }, h('label', { for: 'ny-ramverk' }, w('framework')), fw),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'ny-kommun' }, w('municipality')),
      h('input', { id: 'ny-kommun', list: 'ny-kommuner', autocomplete: 'off', 'aria-describedby': 'ny-kommun-fel' }),
      list,
      h('p', { id: 'ny-kommun-fel', class: 'finding error' }),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'ny-namn' }, w('centreName')),
      h('input', { id: 'ny-namn', autocomplete: 'off', 'aria-describedby': 'ny-namn-fel' }),
      h('p', { id: 'ny-namn-fel', class: 'finding error' }),
    ),
    h('div', { class: 'field' }, h('label', { for: 'ny-typ' }, w('centreType')), typ),
    h(
      'div',
      { class: 'buttons' },
      h('button', { type: 'submit', id: 'ny-skapa' }, w('create')),
      h('button', { type: 'button', id: 'ny-avbryt', class: 'secondary' }, w('cancel')),
    ),
  );
  const dialog = h('dialog', { id: 'ny', 'aria-labelledby': 'ny-rubrik' }, form);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    createNew();
  });
  form.querySelector('#ny-avbryt')!.addEventListener('click', () => dialog.close());
  return dialog;
}

function openNewDialog(): void {
  const d = $<HTMLDialogElement>('ny');
  for (const id of ['ny-kommun-fel', 'ny-namn-fel']) $(id).textContent = '';
  d.showModal();
  $('ny-ramverk').focus();
}

function createNew(): void {
  const framework = $<HTMLSelectElement>('ny-ramverk').value as FrameworkId;
  const kommunInput = $<HTMLInputElement>('ny-kommun');
  const namnInput = $<HTMLInputElement>('ny-namn');
  const typ = $<HTMLSelectElement>('ny-typ').value as (typeof CENTRE_TYPES)[number];
  const found = lookUpMunicipality(framework, kommunInput.value);
  let kommunError = '';
  if (found.kind === 'unknown')
    kommunError = w('unknownMunicipality', { region: found.region.name }) + (found.suggestion ? ` ${w('didYouMean', { x: found.suggestion })}` : '');
  else if (found.kind === 'other-region') kommunError = w('otherRegion', { kommun: found.kommun, region: found.region.name });
  const namn = namnInput.value.trim();
  const namnError = namn === '' ? w('nameMissing') : '';
  $('ny-kommun-fel').textContent = kommunError;
  $('ny-namn-fel').textContent = namnError;
  kommunInput.setAttribute('aria-invalid', String(kommunError !== ''));
  namnInput.setAttribute('aria-invalid', String(namnError !== ''));
  if (kommunError || namnError || found.kind !== 'found') {
    (kommunError ? kommunInput : namnInput).focus();
    return;
  }
  const text = buildSkeleton({ framework, kommun: found.kommun, namn, typ, schemaRef: `schemas/${framework}.schema.json` });
  $<HTMLDialogElement>('ny').close();
  load(text, `${text.match(/^ {2}id: (\S+)/m)?.[1] ?? 'avtal'}.yaml`);
  $('huvud').focus();
}

// ---------------------------------------------------------------------------
// Analysis, form and findings

let timer: ReturnType<typeof setTimeout> | undefined;
let analysedText: string | undefined;
let analysedKey = '';

function analyseNow(): Analysis | undefined {
  if (state.text === undefined) return undefined;
  const key = `${state.lang}|${state.asOf}`;
  if (state.analysis && analysedText === state.text && analysedKey === key) return state.analysis;
  state.analysis = analyse(state.text, state.lang, state.asOf);
  analysedText = state.text;
  analysedKey = key;
  (globalThis as { samverkanTimings?: number[] }).samverkanTimings?.push(state.analysis.ms);
  return state.analysis;
}

/** Analyse and show: the form again when `rebuild` (or the framework changed), findings always. */
function refresh(rebuild: boolean): void {
  clearTimeout(timer);
  const a = analyseNow();
  if (!a) return;
  const framework = a.value && typeof a.value === 'object' ? (a.value as { ramverk?: unknown }).ramverk : undefined;
  const fw = typeof framework === 'string' && (FRAMEWORK_IDS as readonly string[]).includes(framework) ? framework : undefined;
  renderVerdict();
  if (rebuild || state.formFor !== fw) renderForm(a, fw as FrameworkId | undefined);
  renderFindings();
  document.body.dataset.analysed = String(Number(document.body.dataset.analysed ?? '0') + 1);
}

function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(() => refresh(false), 40);
}

function renderForm(a: Analysis, fw: FrameworkId | undefined): void {
  const host = $('formulär');
  const active = document.activeElement?.id;
  state.formFor = fw;
  const schema: JsonSchema = agreementSchema(fw);
  const form = buildForm(
    {
      lang: state.lang,
      edit: (path, value, structural) => edit(path, value, structural),
      partyIds: () => {
        const v = state.analysis?.value as { parter?: { id?: unknown }[] } | undefined;
        return Array.isArray(v?.parter) ? v.parter.map((p) => p?.id).filter((x): x is string => typeof x === 'string' && x !== '') : [];
      },
    },
    schema,
    a.value,
  );
  host.replaceChildren(h('h2', { class: 'visually-hidden' }, w('tabForm')), form);
  if (active) document.getElementById(active)?.focus();
}

function edit(path: Path, value: unknown, structural: boolean): void {
  if (state.text === undefined) return;
  state.text = spliceValue(state.text, path, value).text;
  const pointer = path.length === 0 ? '' : `/${path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
  state.touched.add(pointer);
  saveDraft();
  if (structural) refresh(true);
  else schedule();
}

function renderVerdict(): void {
  const a = state.analysis;
  const box = $('utlåtande');
  const final = $<HTMLButtonElement>('slutlig-docx');
  const draft = $<HTMLButtonElement>('utkast-docx');
  const save = $<HTMLButtonElement>('spara');
  save.disabled = state.text === undefined;
  if (!a || state.text === undefined) {
    box.className = 'verdict none';
    box.replaceChildren(h('strong', {}, w('verdictNone')));
    final.setAttribute('aria-disabled', 'true');
    draft.setAttribute('aria-disabled', 'true');
    return;
  }
  const word = a.verdict === 'godkänt' ? w('verdictPass') : a.verdict === 'underkänt' ? w('verdictFail') : w('verdictInvalid');
  box.className = `verdict ${a.verdict === 'godkänt' ? 'pass' : 'fail'}`;
  box.replaceChildren(
    h('strong', { id: 'utlåtande-ord' }, word),
    h('span', { id: 'utlåtande-antal' }, a.agreement ? w('counts', a.counts) : w('countsInvalid', a.counts)),
  );
  final.setAttribute('aria-disabled', String(!a.finalAllowed));
  draft.setAttribute('aria-disabled', String(!a.agreement));
}

/** The element that shows a pointer: its own control, else the nearest enclosing one (a closed section's summary line). */
function targetOf(pointer: string): HTMLElement | undefined {
  const segs = pointerSegments(pointer);
  for (let n = segs.length; n >= 1; n--) {
    const p = `/${segs
      .slice(0, n)
      .map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1'))
      .join('/')}`;
    const e = document.getElementById(fieldId(p));
    if (e) return e;
  }
  return (segs[0] !== undefined ? document.getElementById(sectionId(segs[0])) : null) ?? undefined;
}

/** The top-level section (disclosure) a pointer lies in. */
function sectionOf(pointer: string): HTMLDetailsElement | undefined {
  const key = pointerSegments(pointer)[0];
  const e = key === undefined ? null : document.getElementById(sectionId(key));
  return e instanceof HTMLDetailsElement ? e : undefined;
}

function isShown(pointer: string): boolean {
  if (state.showAll) return true;
  for (const tp of state.touched) if (tp === pointer || tp.startsWith(`${pointer}/`) || pointer.startsWith(`${tp}/`)) return true;
  return false;
}

function citationText(s: Shown): string {
  return s.rule ? `${s.rule.citation.document}, ${s.rule.citation.section}` : '';
}

function renderFindings(): void {
  const a = state.analysis;
  for (const e of document.querySelectorAll<HTMLElement>('.finding[id$="-fynd"]')) {
    e.hidden = true;
    e.replaceChildren();
  }
  for (const e of document.querySelectorAll('[aria-invalid="true"][data-pointer]')) e.removeAttribute('aria-invalid');
  const list = $('fynd-lista');
  for (const c of document.querySelectorAll<HTMLElement>('details.part .count')) c.replaceChildren();
  if (!a) {
    list.replaceChildren();
    return;
  }
  const perSection = new Map<string, { fel: number; varning: number }>();
  for (const item of a.items) {
    const key = pointerSegments(item.pointer)[0];
    if (key === undefined || item.severity === 'info') continue;
    const c = perSection.get(key) ?? { fel: 0, varning: 0 };
    c[item.severity === 'fel' ? 'fel' : 'varning']++;
    perSection.set(key, c);
  }
  for (const [key, c] of perSection) {
    const slot = document.getElementById(`${sectionId(key)}-antal`);
    if (!slot) continue;
    if (c.fel > 0) slot.append(h('span', { class: 'badge fel' }, w('countErrors', { n: c.fel })));
    if (c.varning > 0) slot.append(' ', h('span', { class: 'badge varning' }, w('countWarnings', { n: c.varning })));
  }
  const groups: [string, Shown[]][] = [
    [w('errors'), a.items.filter((i) => i.severity === 'fel')],
    [w('warnings'), a.items.filter((i) => i.severity === 'varning')],
    [w('notes'), a.items.filter((i) => i.severity === 'info')],
  ];
  const out: Node[] = [];
  let n = 0;
  for (const [heading, items] of groups) {
    if (items.length === 0) continue;
    const ul = h('ul', { class: 'findings' });
    for (const item of items) {
      const target = state.view === 'form' ? targetOf(item.pointer) : undefined;
      const linkId = `fynd-${n++}`;
      const where = item.position ? w('line', { line: item.position.line, col: item.position.col }) : '';
      const link = h('a', { href: `#${target?.id ?? ''}`, id: linkId }, item.message);
      link.addEventListener('click', (e) => {
        e.preventDefault();
        goTo(item);
      });
      const li = h('li', { class: item.severity }, link);
      if (item.hint) li.append(' ', h('span', { class: 'hint' }, item.hint));
      if (state.view === 'yaml' && where) li.append(' ', h('span', { class: 'where' }, `(${where})`));
      if (item.rule && item.rule.outcome !== 'ej_uppfyllt') li.append(' ', h('span', { class: 'hint' }, `(${w('outcomeNotAssessed')})`));
      if (item.rule) li.append(h('span', { class: 'cite' }, `${w('source')}: ${citationText(item)}`));
      ul.append(li);
      // At the field.
      if (target && isShown(item.pointer)) {
        const slot = document.getElementById(`${target.id}-fynd`);
        if (slot) {
          slot.hidden = false;
          slot.append(
            h(
              'p',
              { class: item.severity },
              h('span', { class: 'badge' }, w(item.severity === 'fel' ? 'badgeError' : item.severity === 'varning' ? 'badgeWarning' : 'badgeNote')),
              ' ',
              item.message,
              item.hint ? ` ${item.hint}` : '',
            ),
            ...(item.rule ? [h('p', { class: 'cite' }, `${w('source')}: ${citationText(item)} (${item.rule.id})`)] : []),
          );
        }
        if (item.severity === 'fel' && target.matches('input, select, textarea')) target.setAttribute('aria-invalid', 'true');
      }
    }
    out.push(h('h3', {}, `${heading} (${items.length})`), ul);
  }
  if (out.length === 0) out.push(h('p', {}, w('summaryEmpty')));
  list.replaceChildren(...out);
}

function goTo(item: Shown): void {
  if (state.view === 'yaml' && yamlEditor) {
    yamlEditor.goTo(item.position?.line ?? 1, item.position?.col ?? 1, item.range?.end);
    return;
  }
  const section = sectionOf(item.pointer);
  if (section && !section.open) openSection(section);
  const target = targetOf(item.pointer);
  if (!target) return;
  state.touched.add(item.pointer);
  renderFindings();
  const focusable = target.matches('input, select, textarea, [tabindex], details')
    ? target instanceof HTMLDetailsElement
      ? target.querySelector('summary')
      : target
    : target.querySelector<HTMLElement>('input, select, textarea, button');
  (focusable ?? target).focus();
  target.scrollIntoView({ block: 'center' });
}

// ---------------------------------------------------------------------------
// The YAML view (CodeMirror, loaded when first opened)

let yamlEditor: YamlEditor | undefined;

/**
 * A part of the page kept as an unparsed data block, run the first time it is
 * needed: as an inline script whose hash the Content Security Policy allows.
 */
function runChunk<T>(blockId: string, globalName: string): T {
  const g = globalThis as unknown as Record<string, T | undefined>;
  if (!g[globalName]) {
    const s = document.createElement('script');
    s.textContent = document.getElementById(blockId)?.textContent ?? '';
    document.head.append(s);
  }
  return g[globalName]!;
}

function loadYamlEditor(): YamlEditorFactory {
  return runChunk<YamlEditorFactory>('yaml-editor-code', 'samverkanYamlEditor');
}

async function showView(view: 'form' | 'yaml'): Promise<void> {
  if (state.view === view) return;
  state.view = view;
  $('flik-formulär').setAttribute('aria-selected', String(view === 'form'));
  $('flik-yaml').setAttribute('aria-selected', String(view === 'yaml'));
  $('flik-formulär').tabIndex = view === 'form' ? 0 : -1;
  $('flik-yaml').tabIndex = view === 'yaml' ? 0 : -1;
  $('formulär').hidden = view !== 'form';
  $('yaml').hidden = view !== 'yaml';
  if (view === 'yaml') {
    if (!yamlEditor) {
      const factory = loadYamlEditor();
      yamlEditor = factory.create($('yaml-värd'), state.text ?? '', w('yamlLabel'), (text) => {
        state.text = text;
        saveDraft();
        schedule();
      });
    } else {
      yamlEditor.setText(state.text ?? '');
    }
    renderFindings();
  } else {
    if (yamlEditor) state.text = yamlEditor.getText();
    refresh(true);
  }
}

// ---------------------------------------------------------------------------
// Start

function initialDocument(): { name: string; text: string } | undefined {
  const served = document.getElementById('initial-file')?.textContent;
  if (served) {
    try {
      return JSON.parse(served) as { name: string; text: string };
    } catch {
      /* ignore a broken block */
    }
  }
  try {
    const draft = localStorage.getItem(DRAFT_KEY);
    if (draft) return JSON.parse(draft) as { name: string; text: string };
  } catch {
    /* no storage */
  }
  return undefined;
}

function wireDrop(): void {
  const zone = (): HTMLElement => $('släpp');
  let depth = 0;
  window.addEventListener('dragenter', (e) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    depth++;
    zone().hidden = false;
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) zone().hidden = true;
  });
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    depth = 0;
    zone().hidden = true;
    const file = e.dataTransfer?.files[0];
    if (file) void openFile(file);
  });
}

const first = initialDocument();
if (first) {
  state.text = first.text;
  state.name = first.name;
}
shell();
wireDrop();
