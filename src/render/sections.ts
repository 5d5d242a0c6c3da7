/**
 * The sections of a local samverkansavtal, in the order it is read
 * (frameworks.md §3.2), each a small function from the agreement to document
 * blocks. A section or subsection whose prose and tables are all empty is
 * left out, heading and all, and the numbering closes up behind it.
 */
import type { Agreement, BaseActivity, FrameworkId, Party } from '../core/model.js';
import { WEEKDAYS } from '../core/model.js';
import {
  activityName,
  capitalise,
  genitive,
  swedishDate,
  swedishNumber,
  timeRange,
  weekdayText,
} from './format.js';
import { TEXT_WIDTH, heading1, heading2, proseBlocks, row, table } from './blocks.js';
import type { DocBlock, DocParagraph, DocSignature } from './doc.js';
import { partyContext, type TemplateContext } from './context.js';
import type { TemplateProblem, TemplateSet } from './templates.js';

/** Everything a section renderer needs. */
export interface SectionInput {
  agreement: Agreement;
  framework: FrameworkId;
  context: TemplateContext;
  templates: TemplateSet;
  /** Problems met while filling templates; rendering stops when any is found. */
  problems: TemplateProblem[];
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
  const r = input.templates.render(input.framework, name, context);
  if (r.problem) input.problems.push(r.problem);
  // Text that introduces a table stays on the table's page.
  return proseBlocks(options.key ?? name, r.text, { keepNext: options.beforeTable === true });
}

function isEmpty(p: Part): boolean {
  return p.body.length === 0 && (p.subsections ?? []).every(isEmpty);
}

/** Level-1 heading, its body, then its non-empty subsections as level-2 headings. */
function emit(p: Part, first = false): DocBlock[] {
  if (isEmpty(p)) return [];
  const out: DocBlock[] = [heading1(p.key, p.title, { pageBreakBefore: first }), ...p.body];
  for (const s of p.subsections ?? []) if (!isEmpty(s)) out.push(heading2(s.key, s.title), ...s.body);
  return out;
}


function partyName(a: Agreement, id: string): string {
  return a.parter.find((p) => p.id === id)?.organisation ?? id;
}

export function renderParties(input: SectionInput): Part {
  return { key: 'rubrik/parter', title: 'Parter', body: prose(input, 'parter') };
}

export function renderBackground(input: SectionInput): Part {
  return { key: 'rubrik/bakgrund', title: 'Bakgrund och regional ram', body: prose(input, 'bakgrund') };
}

export function renderPurpose(input: SectionInput): Part {
  return { key: 'rubrik/syfte', title: 'Syfte och mål', body: prose(input, 'syfte') };
}

export function renderDefinitions(input: SectionInput): Part {
  return { key: 'rubrik/definitioner', title: 'Definitioner och verksamhetstyp', body: prose(input, 'definitioner') };
}

export function renderTargetGroup(input: SectionInput): Part {
  return { key: 'rubrik/malgrupp', title: 'Målgrupp och upptagningsområde', body: prose(input, 'malgrupp') };
}

const CO_LOCATION_SHORT: Record<string, string> = { helt: 'Helt', delvis: 'Delvis', nej: 'Nej' };

/** The table of base activities: party, co-location, staffing, presence. */
export function baseActivityTable(a: Agreement): DocBlock {
  const widths = [1800, 1650, 1650, 2170, 1800];
  const rows = a.basverksamheter.map((b) =>
    row(`rad/${b.verksamhet}`, [
      capitalise(activityName(b.verksamhet)),
      partyName(a, b.part),
      CO_LOCATION_SHORT[b.samlokaliserad] ?? b.samlokaliserad,
      (b.bemanning ?? []).map((s) => `${capitalise(s.yrke)} ${swedishNumber(s.tjänstgöringsgrad)}`),
      presenceLines(b),
    ]),
  );
  return table('basverksamheter/tabell', ['Verksamhet', 'Part', 'Samlokaliserad', 'Bemanning (tjänster)', 'Närvaro'], rows, fit(widths));
}

function presenceLines(b: BaseActivity): string[] {
  const slots = [...(b.närvaro ?? [])].sort((x, y) => WEEKDAYS.indexOf(x.dag) - WEEKDAYS.indexOf(y.dag) || (x.från < y.från ? -1 : 1));
  return slots.map((s) => `${weekdayText(s.dag).slice(0, 3)} ${timeRange(s.från, s.till)}`);
}

/** Scale widths to the text width exactly (rounding goes to the last column). */
function fit(widths: readonly number[]): number[] {
  const sum = widths.reduce((x, y) => x + y, 0);
  const out = widths.map((w) => Math.floor((w * TEXT_WIDTH) / sum));
  out[out.length - 1]! += TEXT_WIDTH - out.reduce((x, y) => x + y, 0);
  return out;
}

export function renderCommitments(input: SectionInput): Part {
  const a = input.agreement;
  const subsections: Part[] = a.parter.map((party: Party) => {
    const own = a.basverksamheter.filter((b) => b.part === party.id);
    return {
      key: `rubrik/atagande/${party.id}`,
      title: `${genitive(party.organisation)} åtaganden`,
      body: prose(input, 'atagande', partyContext(input.context, party, own), { key: `atagande/${party.id}` }),
    };
  });
  return { key: 'rubrik/ataganden', title: 'Parternas åtaganden', body: [...prose(input, 'ataganden', input.context, { beforeTable: true }), baseActivityTable(a)], subsections };
}

/** The weekly samtidighet schedule: day, time, content. */
export function samtidighetTable(a: Agreement): DocBlock | undefined {
  const slots = [...(a.samtidighet?.tillfällen ?? [])].sort((x, y) => WEEKDAYS.indexOf(x.dag) - WEEKDAYS.indexOf(y.dag) || (x.från < y.från ? -1 : 1));
  if (slots.length === 0) return undefined;
  return table(
    'samtidighet/tabell',
    ['Dag', 'Tid', 'Innehåll'],
    slots.map((s) => row(`rad/${s.dag}/${s.från}`, [weekdayText(s.dag), timeRange(s.från, s.till), s.innehåll ?? ''])),
    fit([1800, 1800, 5470]),
  );
}

export function renderSamtidighet(input: SectionInput): Part {
  const t = samtidighetTable(input.agreement);
  return { key: 'rubrik/samtidighet', title: 'Samtidighet', body: [...prose(input, 'samtidighet', input.context, { beforeTable: t !== undefined }), ...(t ? [t] : [])] };
}

export function renderSharedResponsibilities(input: SectionInput): Part {
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

export function leadershipTable(a: Agreement): DocBlock | undefined {
  const members = a.organisation?.ledningsgrupp?.medlemmar ?? [];
  if (members.length === 0) return undefined;
  return table(
    'ledningsgrupp/tabell',
    ['Verksamhet', 'Roll', 'Namn'],
    members.map((m) => row(`rad/${m.verksamhet}/${m.roll}`, [capitalise(activityName(m.verksamhet)), m.roll, m.namn ?? ''])),
    fit([2800, 3270, 3000]),
  );
}

export function renderOrganisation(input: SectionInput): Part {
  const t = leadershipTable(input.agreement);
  const ledning = prose(input, 'ledningsgrupp', input.context, { beforeTable: t !== undefined });
  return {
    key: 'rubrik/organisation',
    title: 'Organisation, ledning och styrning',
    body: prose(input, 'organisation'),
    subsections: [
      { key: 'rubrik/ledningsgrupp', title: 'Ledningsgrupp', body: [...ledning, ...(t ? [t] : [])] },
      { key: 'rubrik/styrgrupp', title: 'Styrgrupp', body: prose(input, 'styrgrupp') },
      { key: 'rubrik/samordnare', title: 'Samordnare', body: prose(input, 'samordnare') },
      { key: 'rubrik/personal', title: 'Personal och kompetensutveckling', body: prose(input, 'personal') },
    ],
  };
}

export function renderFollowUp(input: SectionInput): Part {
  return { key: 'rubrik/uppfoljning', title: 'Verksamhetsplan, verksamhetsberättelse och uppföljning', body: prose(input, 'uppfoljning') };
}

export function renderPremisesAndCosts(input: SectionInput): Part {
  return { key: 'rubrik/lokaler_kostnader', title: 'Lokaler och kostnader', body: prose(input, 'lokaler_kostnader') };
}

export function renderConfidentiality(input: SectionInput): Part {
  return { key: 'rubrik/sekretess', title: 'Sekretess och personuppgifter', body: prose(input, 'sekretess') };
}

export function renderValidity(input: SectionInput): Part {
  return { key: 'rubrik/giltighet', title: 'Avtalstid, förlängning och uppsägning', body: prose(input, 'giltighet') };
}

export function renderDisputes(input: SectionInput): Part {
  return { key: 'rubrik/tvist', title: 'Tvister', body: prose(input, 'tvist') };
}

/**
 * One block per party: "För <party>", place and date, a line to sign, the
 * name and title. Parties without a named signatory get blank lines to fill.
 */
export function renderSignatureBlock(a: Agreement, party: Party): DocSignature {
  const sig = a.underskrifter?.find((s) => s.part === party.id);
  const placeDate = sig?.ort || sig?.datum ? `${sig.ort ?? '________________'} den ${sig.datum ? swedishDate(sig.datum) : '________________'}` : 'Ort och datum: ____________________';
  return {
    key: `underskrifter/block/${party.id}`,
    party: party.id,
    lines: [
      `För ${party.organisation}`,
      placeDate,
      '______________________________',
      sig?.namn ?? 'Namnförtydligande: ____________________',
      sig?.titel ?? 'Titel: ____________________',
    ],
  };
}

export function renderSignatures(input: SectionInput): DocBlock[] {
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

/** The body of the agreement, section by section. */
export function renderSections(input: SectionInput): DocBlock[] {
  const parts: Part[] = [
    renderParties(input),
    renderBackground(input),
    renderPurpose(input),
    renderDefinitions(input),
    renderTargetGroup(input),
    renderCommitments(input),
    renderSharedResponsibilities(input),
    renderOrganisation(input),
    renderFollowUp(input),
    renderPremisesAndCosts(input),
    renderConfidentiality(input),
    renderValidity(input),
    renderDisputes(input),
  ];
  const out: DocBlock[] = [];
  for (const p of parts) out.push(...emit(p, out.length === 0));
  out.push(...renderSignatures(input));
  return out;
}

/** Title page lines, centred. */
export function renderTitlePage(a: Agreement, status: { final: boolean; asOf: string }): DocParagraph[] {
  const centred = (key: string, text: string, size: number, opts: { bold?: boolean; before?: number; color?: string } = {}): DocParagraph => ({
    kind: 'paragraph',
    key: `titelsida/${key}`,
    alignment: 'center',
    spacing: { before: opts.before ?? 0, after: 160 },
    runs: [{ text, size, ...(opts.bold ? { bold: true } : {}), ...(opts.color ? { color: opts.color } : {}) }],
  });
  const g = a.avtal.giltighet;
  const validity = g.till ? `Giltigt från ${swedishDate(g.från)} till ${swedishDate(g.till)}` : `Giltigt från ${swedishDate(g.från)} tills vidare`;
  const out = [
    centred('rubrik', 'LOKALT SAMVERKANSAVTAL', 36, { bold: true, before: 2400 }),
    centred('namn', `för ${a.familjecentral.namn}`, 30),
    centred('parter', `mellan ${a.parter.map((p) => p.organisation).join(' och ')}`, 24, { before: 240 }),
    centred('version', `Version ${a.avtal.version}${a.avtal.beslutat ? `, beslutad ${swedishDate(a.avtal.beslutat)}` : ''}`, 22, { before: 720 }),
    centred('giltighet', validity, 22),
    centred('id', `Avtals-id: ${a.avtal.id}`, 20, { color: '595959' }),
  ];
  out.push(
    status.final
      ? centred('status', 'Slutlig version för underskrift', 24, { bold: true, before: 1200 })
      : centred('status', `UTKAST – granskat ${swedishDate(status.asOf)}, inte för underskrift`, 24, { bold: true, before: 1200, color: 'C00000' }),
  );
  return out;
}
