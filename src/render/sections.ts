/**
 * The sections of a local samverkansavtal, in the order it is read
 * (frameworks.md §3.2), each a small function from the agreement to document
 * blocks. A section or subsection whose prose and tables are all empty is
 * left out, heading and all, and the numbering closes up behind it; so is a
 * clause the format makes optional and the agreement does not have.
 */
import { parseIsoDate } from '../core/dates.js';
import { waiverApplies } from '../core/term.js';
import type { Agreement, BaseActivity, FrameworkId, IsoDate, Party, Waiver } from '../core/model.js';
import { WEEKDAYS } from '../core/model.js';
import { RULESETS } from '../check/rulesets.js';
import { activityName, capitalise, genitive, swedishDate, swedishNumber, timeRange, timesText, weekdayText } from './format.js';
import { contentWidths, heading1, heading2, paragraph, proseBlocks, row, table } from './blocks.js';
import { partyContext, section, type RenderAgreement, type TemplateContext } from './context.js';
import type { DocBlock, DocParagraph, DocSignature, DocTableRow } from './doc.js';
import type { TemplateProblem, TemplateSet } from './templates.js';

/** Everything a section renderer needs. */
interface SectionInput {
  /** The agreement with absent sections removed (see `normalise`). */
  agreement: RenderAgreement;
  framework: FrameworkId;
  context: TemplateContext;
  templates: TemplateSet;
  /** Problems met while filling templates; rendering stops when any is found. */
  problems: TemplateProblem[];
  /** The check date: waivers that have run out by then are not listed. */
  asOf: IsoDate;
}

/** A heading with its body: nothing at all when the body is empty. `key` is the heading's stable key. */
interface Part {
  key: string;
  title: string;
  body: DocBlock[];
  subsections?: Part[];
}

/** The paragraphs of a section template, keyed `<key>/0` … (key: the template's name unless given). */
function prose(input: SectionInput, name: string, context: object = input.context, options: { beforeTable?: boolean; key?: string } = {}): DocBlock[] {
  if (!input.templates.has(input.framework, name) && OPTIONAL_TEMPLATES.has(name)) return [];
  const r = input.templates.render(input.framework, name, context);
  if (r.problem) input.problems.push(r.problem);
  // Text that introduces a table stays on the table's page.
  return proseBlocks(options.key ?? name, r.text, { keepNext: options.beforeTable === true });
}

/** Templates of clauses added later: a template folder without them still renders (without the clause). */
const OPTIONAL_TEMPLATES = new Set(['avtalets_art', 'dialog', 'ersattning', 'omorganisation', 'havning']);

function isEmpty(p: Part): boolean {
  return p.body.length === 0 && (p.subsections ?? []).every(isEmpty);
}

/** Level-1 heading, its body, then its non-empty subsections as level-2 headings. */
function emit(p: Part): DocBlock[] {
  if (isEmpty(p)) return [];
  const out: DocBlock[] = [heading1(p.key, p.title), ...p.body];
  for (const s of p.subsections ?? []) if (!isEmpty(s)) out.push(heading2(s.key, s.title), ...s.body);
  return out;
}

/** The short name of a party id, as the parties clause defines it. */
function shortName(input: SectionInput, id: string): string {
  return input.context.parter.find((p) => p.id === id)?.namn_kort ?? id;
}

function renderParties(input: SectionInput): Part {
  return { key: 'rubrik/parter', title: 'Parter', body: prose(input, 'parter') };
}

function renderNature(input: SectionInput): Part {
  return { key: 'rubrik/avtalets_art', title: 'Avtalets art och omfattning', body: prose(input, 'avtalets_art') };
}

function renderBackground(input: SectionInput): Part {
  return { key: 'rubrik/bakgrund', title: 'Bakgrund och regional ram', body: prose(input, 'bakgrund') };
}

function renderPurpose(input: SectionInput): Part {
  return { key: 'rubrik/syfte', title: 'Syfte och mål', body: prose(input, 'syfte') };
}

function renderDefinitions(input: SectionInput): Part {
  return { key: 'rubrik/definitioner', title: 'Definitioner och verksamhetstyp', body: prose(input, 'definitioner') };
}

function renderTargetGroup(input: SectionInput): Part {
  return { key: 'rubrik/malgrupp', title: 'Målgrupp och upptagningsområde', body: prose(input, 'malgrupp') };
}

const CO_LOCATION_SHORT: Record<string, string> = { helt: 'Helt', delvis: 'Delvis', nej: 'Nej' };

/** A table with its columns sized to their content, leaving out columns that are empty in every row. */
function contentTable(key: string, header: readonly string[], rows: readonly DocTableRow[]): DocBlock {
  const keep = header.map((_, i) => rows.some((r) => (r.cells[i] ?? []).some((l) => l.trim() !== '')));
  const h = header.filter((_, i) => keep[i]);
  const rs = rows.map((r) => ({ ...r, cells: r.cells.filter((_, i) => keep[i]) }));
  return table(key, h, rs, contentWidths(h, rs));
}

/** The table of base activities: party, co-location, staffing, presence. */
function baseActivityTable(input: SectionInput): DocBlock {
  const a = input.agreement;
  const rows = a.basverksamheter.map((b) =>
    row(`rad/${b.verksamhet}`, [
      capitalise(activityName(b.verksamhet)),
      b.part ? shortName(input, b.part) : '',
      b.samlokaliserad ? (CO_LOCATION_SHORT[b.samlokaliserad] ?? b.samlokaliserad) : '',
      (b.bemanning ?? []).map((s) => `${capitalise(s.yrke)} ${swedishNumber(s.tjänstgöringsgrad)}`),
      presenceLines(b),
    ]),
  );
  return contentTable('basverksamheter/tabell', ['Verksamhet', 'Part', 'Samlokaliserad', 'Bemanning (tjänster)', 'Närvaro'], rows);
}

/** "Mån 08.00–16.30", kept on one line. */
function presenceLines(b: BaseActivity): string[] {
  const slots = [...(b.närvaro ?? [])].sort((x, y) => WEEKDAYS.indexOf(x.dag) - WEEKDAYS.indexOf(y.dag) || (x.från < y.från ? -1 : 1));
  return slots.map((s) => `${weekdayText(s.dag).slice(0, 3)}\u00a0${timeRange(s.från, s.till)}`);
}

function renderCommitments(input: SectionInput): Part {
  const a = input.agreement;
  const subsections: Part[] = a.parter.map((party: Party) => {
    const own = a.basverksamheter.filter((b) => b.part === party.id);
    return {
      key: `rubrik/atagande/${party.id}`,
      title: `${genitive(shortName(input, party.id))} åtaganden`,
      body: prose(input, 'atagande', partyContext(input.context, party, own), { key: `atagande/${party.id}` }),
    };
  });
  // The table and its lead-in only when some base activity is known.
  const body = a.basverksamheter.length > 0 ? [...prose(input, 'ataganden', input.context, { beforeTable: true }), baseActivityTable(input)] : [];
  return { key: 'rubrik/ataganden', title: 'Parternas åtaganden', body, subsections };
}

/** The weekly samtidighet schedule: day, time, content. */
function samtidighetTable(a: Agreement): DocBlock | undefined {
  const slots = [...(section(a.samtidighet)?.tillfällen ?? [])].sort((x, y) => WEEKDAYS.indexOf(x.dag) - WEEKDAYS.indexOf(y.dag) || (x.från < y.från ? -1 : 1));
  if (slots.length === 0) return undefined;
  return contentTable(
    'samtidighet/tabell',
    ['Dag', 'Tid', 'Innehåll'],
    slots.map((s) => row(`rad/${s.dag}/${s.från}`, [weekdayText(s.dag), timeRange(s.från, s.till), s.innehåll ?? ''])),
  );
}

function renderSamtidighet(input: SectionInput): Part {
  const t = samtidighetTable(input.agreement);
  return {
    key: 'rubrik/samtidighet',
    title: 'Samtidighet',
    body: [...prose(input, 'samtidighet', input.context, { beforeTable: t !== undefined }), ...(t ? [t] : [])],
  };
}

function renderSharedResponsibilities(input: SectionInput): Part {
  return {
    key: 'rubrik/gemensamt_ansvar',
    title: 'Gemensamt ansvar',
    body: prose(input, 'gemensamt_ansvar'),
    subsections: [
      renderSamtidighet(input),
      { key: 'rubrik/foraldrastod', title: 'Föräldraskapsstöd', body: prose(input, 'foraldrastod') },
      { key: 'rubrik/utvardering', title: 'Gemensam utvärdering', body: prose(input, 'utvardering') },
      { key: 'rubrik/barnets_rattigheter', title: 'Barnets rättigheter', body: prose(input, 'barnets_rattigheter') },
      { key: 'rubrik/delaktighet', title: 'Delaktighet och inflytande', body: prose(input, 'delaktighet') },
    ],
  };
}

function leadershipTable(a: Agreement): DocBlock | undefined {
  const members = section(section(a.organisation)?.ledningsgrupp)?.medlemmar ?? [];
  if (members.length === 0) return undefined;
  return contentTable(
    'ledningsgrupp/tabell',
    ['Verksamhet', 'Roll', 'Namn'],
    members.map((m) => row(`rad/${m.verksamhet}/${m.roll}`, [capitalise(activityName(m.verksamhet)), m.roll, m.namn ?? ''])),
  );
}

interface SteeringGroup {
  namn?: string;
  beskrivning?: string;
  ledamöter?: { roll: string; part?: string }[];
  möten_per_år?: number;
}

/** The steering groups of `organisation.styrgrupper` (one paragraph each, members as a list). */
function steeringGroups(input: SectionInput): DocBlock[] {
  const groups = ((section(input.agreement.organisation) as { styrgrupper?: unknown } | undefined)?.styrgrupper ?? []) as SteeringGroup[];
  if (!Array.isArray(groups)) return [];
  const out: DocBlock[] = [];
  groups.forEach((g, i) => {
    if (!g || typeof g !== 'object') return;
    const key = `styrgrupper/${g.namn ?? i}`;
    const named = g.namn?.trim();
    const meets = g.möten_per_år ? `sammanträder ${timesText(g.möten_per_år)} per år` : '';
    const subject = named ? capitalise(named) : 'Styrgruppen';
    const text = g.beskrivning?.trim()
      ? `${named ? `${capitalise(named)}: ` : ''}${sentenceOf(g.beskrivning)}${meets ? ` ${named ? 'Den' : subject} ${meets}.` : ''}`
      : `${named ? `Parterna har en gemensam styrgrupp: ${named}.` : 'Parterna har en gemensam styrgrupp.'}${meets ? ` Den ${meets}.` : ''}`;
    const members = (g.ledamöter ?? []).filter((m) => m && typeof m.roll === 'string');
    out.push(paragraph(`${key}/text`, text, { keepNext: members.length > 0 }));
    if (members.length > 0) {
      out.push(paragraph(`${key}/ledamöter`, `${named ? capitalise(named) : 'Styrgruppen'} består av:`, { keepNext: true }));
      members.forEach((m, j) => {
        out.push({
          kind: 'paragraph',
          key: `${key}/ledamot/${j}`,
          bullet: true,
          runs: [{ text: `${m.roll}${m.part ? ` (${shortName(input, m.part)})` : ''}` }],
        });
      });
    }
  });
  return out;
}

function sentenceOf(s: string): string {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

function renderOrganisation(input: SectionInput): Part {
  const t = leadershipTable(input.agreement);
  const ledning = prose(input, 'ledningsgrupp', input.context, { beforeTable: t !== undefined });
  return {
    key: 'rubrik/organisation',
    title: 'Organisation, ledning och styrning',
    body: prose(input, 'organisation'),
    subsections: [
      { key: 'rubrik/ledningsgrupp', title: 'Ledningsgrupp', body: [...ledning, ...(t ? [t] : [])] },
      { key: 'rubrik/styrgrupp', title: 'Styrgrupp', body: [...prose(input, 'styrgrupp'), ...steeringGroups(input)] },
      { key: 'rubrik/samordnare', title: 'Samordnare', body: prose(input, 'samordnare') },
      { key: 'rubrik/personal', title: 'Personal och kompetensutveckling', body: prose(input, 'personal') },
      { key: 'rubrik/dialog', title: 'Dialog mellan parterna', body: prose(input, 'dialog') },
    ],
  };
}

function renderFollowUp(input: SectionInput): Part {
  return { key: 'rubrik/uppfoljning', title: 'Verksamhetsplan, verksamhetsberättelse och uppföljning', body: prose(input, 'uppfoljning') };
}

function renderPremisesAndCosts(input: SectionInput): Part {
  return { key: 'rubrik/lokaler_kostnader', title: 'Lokaler och kostnader', body: prose(input, 'lokaler_kostnader') };
}

function renderCompensation(input: SectionInput): Part {
  return { key: 'rubrik/ersattning', title: 'Ersättning och betalning', body: prose(input, 'ersattning') };
}

function renderConfidentiality(input: SectionInput): Part {
  // An agreement that says it has no confidentiality clause gets none (not the default text).
  if (input.agreement.notIncluded.has('sekretess')) return { key: 'rubrik/sekretess', title: '', body: [] };
  return { key: 'rubrik/sekretess', title: 'Sekretess och personuppgifter', body: prose(input, 'sekretess') };
}

function renderValidity(input: SectionInput): Part {
  return { key: 'rubrik/giltighet', title: 'Avtalstid, förlängning och uppsägning', body: prose(input, 'giltighet') };
}

function renderReorganisation(input: SectionInput): Part {
  return { key: 'rubrik/omorganisation', title: 'Omorganisation', body: prose(input, 'omorganisation') };
}

function renderTermination(input: SectionInput): Part {
  return { key: 'rubrik/havning', title: 'Hävning', body: prose(input, 'havning') };
}

function renderDisputes(input: SectionInput): Part {
  if (input.agreement.notIncluded.has('tvist')) return { key: 'rubrik/tvist', title: '', body: [] };
  return { key: 'rubrik/tvist', title: 'Tvister', body: prose(input, 'tvist') };
}

/** The waivers that apply on the check date: approved, and not run out. */
function applyingWaivers(a: Agreement, asOf: IsoDate): Waiver[] {
  const day = parseIsoDate(asOf);
  return (Array.isArray(a.avvikelser) ? a.avvikelser : []).filter(
    (w) => w && typeof w === 'object' && (day === undefined ? !w.till || w.till >= asOf : waiverApplies(w, day)),
  );
}

/**
 * Every applying waiver (`avvikelser`) in a section of its own: the
 * obligation (the rule's title), why it
 * is waived, who approved it and until when.
 */
function renderWaivers(input: SectionInput): Part {
  const waivers = applyingWaivers(input.agreement, input.asOf);
  if (waivers.length === 0) return { key: 'rubrik/avvikelser', title: '', body: [] };
  const rules = new Map(RULESETS[input.framework]?.entries.map((e) => [e.rule.id, e]) ?? []);
  const intro = paragraph(
    'avvikelser/0',
    `Parterna har kommit överens om ${waivers.length === 1 ? 'följande avvikelse' : 'följande avvikelser'} från ${input.context.ramverk_titel}. ${waivers.length === 1 ? 'Avvikelsen är godkänd' : 'Avvikelserna är godkända'} av den som anges och gäller till det datum som anges.`,
    { keepNext: true },
  );
  const rows = waivers.map((w) => {
    const entry = rules.get(w.regel);
    const obligation = entry ? entry.rule.title.sv : w.regel;
    return row(`rad/${w.regel}`, [obligation, w.skäl, w.godkänd_av, w.till ? swedishDate(w.till) : 'Tills vidare']);
  });
  return {
    key: 'rubrik/avvikelser',
    title: 'Godkända avvikelser',
    body: [intro, contentTable('avvikelser/tabell', ['Åtagande', 'Skäl', 'Godkänd av', 'Gäller till'], rows)],
  };
}

/**
 * One block per party, to sign: "För <party>", lines for place and date,
 * a line to sign on, and the signatory's name and title (lines to fill in
 * where no signatory is named). Signatures already given are recorded in
 * the YAML for `check`, never printed as if the paper were signed.
 */
function renderSignatureBlock(a: RenderAgreement, party: Party): DocSignature {
  const sig = (Array.isArray(a.underskrifter) ? a.underskrifter : []).find((s) => s.part === party.id);
  return {
    key: `underskrifter/block/${party.id}`,
    party: party.id,
    lines: [
      `För ${party.organisation}`,
      'Ort: ________________________',
      'Datum: ______________________',
      '______________________________',
      sig?.namn ? sig.namn : 'Namnförtydligande: ____________',
      sig?.titel ? sig.titel : 'Titel: ________________________',
    ],
  };
}

function renderSignatures(input: SectionInput): DocBlock[] {
  const a = input.agreement;
  // The heading and its intro stay on the page of the signature blocks: never orphaned.
  const r = input.templates.render(input.framework, 'underskrifter', input.context);
  if (r.problem) input.problems.push(r.problem);
  return [
    heading1('rubrik/underskrifter', 'Underskrifter'),
    ...proseBlocks('underskrifter', r.text, { keepNext: true }),
    { kind: 'signatures', key: 'underskrifter/block', blocks: a.parter.map((p) => renderSignatureBlock(a, p)) },
  ];
}

/** The annexes, listed after the signatures ("Bilaga 1 Titel"), each with its description. */
function renderAnnexes(input: SectionInput): DocBlock[] {
  const annexes = (Array.isArray(input.agreement.bilagor) ? input.agreement.bilagor : []).filter((b) => b && typeof b.titel === 'string');
  if (annexes.length === 0) return [];
  const title: DocParagraph = { kind: 'paragraph', key: 'bilagor/rubrik', style: 'Bilagerubrik', keepNext: true, runs: [{ text: 'Bilagor' }] };
  return [
    title,
    ...annexes.map(
      (b, i): DocParagraph => ({
        kind: 'paragraph',
        key: `bilagor/${b.titel}`,
        runs: [{ text: `Bilaga ${i + 1}\u2003`, bold: true }, { text: b.titel }, ...(b.beskrivning?.trim() ? [{ text: ` – ${b.beskrivning.trim()}` }] : [])],
      }),
    ),
  ];
}

/** The body of the agreement, section by section. */
export function renderSections(input: SectionInput): DocBlock[] {
  const parts: Part[] = [
    renderParties(input),
    renderNature(input),
    renderBackground(input),
    renderPurpose(input),
    renderDefinitions(input),
    renderTargetGroup(input),
    renderCommitments(input),
    renderSharedResponsibilities(input),
    renderOrganisation(input),
    renderFollowUp(input),
    renderPremisesAndCosts(input),
    renderCompensation(input),
    renderConfidentiality(input),
    renderValidity(input),
    renderReorganisation(input),
    renderTermination(input),
    renderDisputes(input),
    renderWaivers(input),
  ];
  const out: DocBlock[] = [];
  for (const p of parts) out.push(...emit(p));
  out.push(...renderSignatures(input), ...renderAnnexes(input));
  return out;
}

/** The cover page, centred: what the document is, between whom, which version, and its status. */
export function renderTitlePage(a: RenderAgreement, status: { final: boolean; asOf: string }): DocParagraph[] {
  const centred = (key: string, text: string, size: number, opts: { bold?: boolean; before?: number; color?: string } = {}): DocParagraph => ({
    kind: 'paragraph',
    key: `titelsida/${key}`,
    alignment: 'center',
    spacing: { before: opts.before ?? 0, after: 160 },
    runs: [{ text, size, ...(opts.bold ? { bold: true } : {}), ...(opts.color ? { color: opts.color } : {}) }],
  });
  const g = section(a.avtal.giltighet);
  const validity = !g?.från
    ? ''
    : g.till
      ? `Giltigt från ${swedishDate(g.från)} till ${swedishDate(g.till)}`
      : `Giltigt från ${swedishDate(g.från)} tills vidare`;
  const meta = a.avtal as { version?: number; diarienummer?: string; beslutat?: string };
  const version = [meta.version !== undefined ? `Version ${meta.version}` : undefined, meta.beslutat ? `beslutad ${swedishDate(meta.beslutat)}` : undefined]
    .filter(Boolean)
    .join(', ');
  const out = [
    centred('rubrik', 'LOKALT SAMVERKANSAVTAL', 36, { bold: true, before: 2400 }),
    centred('namn', `för ${a.familjecentral.namn}`, 30),
    ...(a.parter.length > 0
      ? [
          centred(
            'parter',
            `mellan ${a.parter
              .map((p) => p.organisation)
              .join(a.parter.length > 2 ? ', ' : ' och ')
              .replace(/, ([^,]*)$/, ' och $1')}`,
            24,
            { before: 240 },
          ),
        ]
      : []),
    ...(version ? [centred('version', capitalise(version), 22, { before: 720 })] : []),
    ...(validity ? [centred('giltighet', validity, 22, version ? {} : { before: 720 })] : []),
    ...(meta.diarienummer ? [centred('diarienummer', `Diarienummer ${meta.diarienummer}`, 20, { color: '595959' })] : []),
  ];
  out.push(
    status.final
      ? centred('status', 'För underskrift', 24, { bold: true, before: 1200 })
      : centred('status', `UTKAST – granskat ${swedishDate(status.asOf)}, inte för underskrift`, 24, { bold: true, before: 1200, color: 'C00000' }),
  );
  return out;
}
