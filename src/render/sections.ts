/**
 * The sections of a local samverkansavtal, in the order it is read
 * (frameworks.md §3.2), each a small function from the agreement to document
 * blocks. A section or subsection whose prose and tables are all empty is
 * left out, heading and all, and the numbering closes up behind it.
 */
import { AlignmentType, Paragraph, TextRun } from 'docx';
import type { Agreement, BaseActivity, FrameworkId, Party } from '../core/model.js';
import { present, WEEKDAYS } from '../core/model.js';
import {
  activityName,
  capitalise,
  genitive,
  swedishDate,
  swedishNumber,
  timeRange,
  weekdayText,
} from './format.js';
import { TEXT_WIDTH, heading1, heading2, layoutTable, paragraph, proseBlocks, table, type Block } from './blocks.js';
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

/** A heading with its body: nothing at all when the body is empty. */
interface Part {
  title: string;
  body: Block[];
  subsections?: Part[];
}

function prose(input: SectionInput, name: string, context: object = input.context, options: { beforeTable?: boolean } = {}): Block[] {
  const r = input.templates.render(input.framework, name, context);
  if (r.problem) input.problems.push(r.problem);
  // Text that introduces a table stays on the table's page.
  return proseBlocks(r.text, { keepNext: options.beforeTable === true });
}

function isEmpty(p: Part): boolean {
  return p.body.length === 0 && (p.subsections ?? []).every(isEmpty);
}

/** Level-1 heading, its body, then its non-empty subsections as level-2 headings. */
function emit(p: Part, first = false): Block[] {
  if (isEmpty(p)) return [];
  const out: Block[] = [heading1(p.title, { pageBreakBefore: first }), ...p.body];
  for (const s of p.subsections ?? []) if (!isEmpty(s)) out.push(heading2(s.title), ...s.body);
  return out;
}


function partyName(a: Agreement, id: string): string {
  return (a.parter ?? []).find((p) => p.id === id)?.organisation ?? id;
}

export function renderParties(input: SectionInput): Part {
  return { title: 'Parter', body: prose(input, 'parter') };
}

export function renderBackground(input: SectionInput): Part {
  return { title: 'Bakgrund och regional ram', body: prose(input, 'bakgrund') };
}

export function renderPurpose(input: SectionInput): Part {
  return { title: 'Syfte och mål', body: prose(input, 'syfte') };
}

export function renderDefinitions(input: SectionInput): Part {
  return { title: 'Definitioner och verksamhetstyp', body: prose(input, 'definitioner') };
}

export function renderTargetGroup(input: SectionInput): Part {
  return { title: 'Målgrupp och upptagningsområde', body: prose(input, 'malgrupp') };
}

const CO_LOCATION_SHORT: Record<string, string> = { helt: 'Helt', delvis: 'Delvis', nej: 'Nej' };

/** The table of base activities: party, co-location, staffing, presence. */
export function baseActivityTable(a: Agreement): Block {
  const widths = [1800, 1650, 1650, 2170, 1800];
  const rows = (a.basverksamheter ?? []).map((b) => [
    capitalise(activityName(b.verksamhet)),
    b.part === undefined ? '' : partyName(a, b.part),
    b.samlokaliserad === undefined ? '' : (CO_LOCATION_SHORT[b.samlokaliserad] ?? b.samlokaliserad),
    (b.bemanning ?? []).map((s) => `${capitalise(s.yrke)} ${swedishNumber(s.tjänstgöringsgrad)}`),
    presenceLines(b),
  ]);
  return table(['Verksamhet', 'Part', 'Samlokaliserad', 'Bemanning (tjänster)', 'Närvaro'], rows, fit(widths));
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
  const subsections: Part[] = (a.parter ?? []).map((party: Party) => {
    const own = (a.basverksamheter ?? []).filter((b) => b.part === party.id);
    return { title: `${genitive(party.organisation)} åtaganden`, body: prose(input, 'atagande', partyContext(input.context, party, own)) };
  });
  return { title: 'Parternas åtaganden', body: [...prose(input, 'ataganden', input.context, { beforeTable: true }), baseActivityTable(a)], subsections };
}

/** The weekly samtidighet schedule: day, time, content. */
export function samtidighetTable(a: Agreement): Block | undefined {
  const slots = [...(present(a.samtidighet)?.tillfällen ?? [])].sort((x, y) => WEEKDAYS.indexOf(x.dag) - WEEKDAYS.indexOf(y.dag) || (x.från < y.från ? -1 : 1));
  if (slots.length === 0) return undefined;
  return table(
    ['Dag', 'Tid', 'Innehåll'],
    slots.map((s) => [weekdayText(s.dag), timeRange(s.från, s.till), s.innehåll ?? '']),
    fit([1800, 1800, 5470]),
  );
}

export function renderSamtidighet(input: SectionInput): Part {
  const t = samtidighetTable(input.agreement);
  return { title: 'Samtidighet', body: [...prose(input, 'samtidighet', input.context, { beforeTable: t !== undefined }), ...(t ? [t] : [])] };
}

export function renderSharedResponsibilities(input: SectionInput): Part {
  return {
    title: 'Gemensamt ansvar',
    body: prose(input, 'gemensamt_ansvar'),
    subsections: [
      renderSamtidighet(input),
      { title: 'Föräldraskapsstöd', body: prose(input, 'foraldrastod') },
      { title: 'Gemensam utvärdering', body: prose(input, 'utvardering') },
      { title: 'Barnets rättigheter', body: prose(input, 'barnets_rattigheter') },
      { title: 'Delaktighet och inflytande', body: prose(input, 'delaktighet') },
    ],
  };
}

export function leadershipTable(a: Agreement): Block | undefined {
  const members = present(present(a.organisation)?.ledningsgrupp)?.medlemmar ?? [];
  if (members.length === 0) return undefined;
  return table(
    ['Verksamhet', 'Roll', 'Namn'],
    members.map((m) => [capitalise(activityName(m.verksamhet)), m.roll, m.namn ?? '']),
    fit([2800, 3270, 3000]),
  );
}

export function renderOrganisation(input: SectionInput): Part {
  const t = leadershipTable(input.agreement);
  const ledning = prose(input, 'ledningsgrupp', input.context, { beforeTable: t !== undefined });
  return {
    title: 'Organisation, ledning och styrning',
    body: prose(input, 'organisation'),
    subsections: [
      { title: 'Ledningsgrupp', body: [...ledning, ...(t ? [t] : [])] },
      { title: 'Styrgrupp', body: prose(input, 'styrgrupp') },
      { title: 'Samordnare', body: prose(input, 'samordnare') },
      { title: 'Personal och kompetensutveckling', body: prose(input, 'personal') },
    ],
  };
}

export function renderFollowUp(input: SectionInput): Part {
  return { title: 'Verksamhetsplan, verksamhetsberättelse och uppföljning', body: prose(input, 'uppfoljning') };
}

export function renderPremisesAndCosts(input: SectionInput): Part {
  return { title: 'Lokaler och kostnader', body: prose(input, 'lokaler_kostnader') };
}

export function renderConfidentiality(input: SectionInput): Part {
  return { title: 'Sekretess och personuppgifter', body: prose(input, 'sekretess') };
}

export function renderValidity(input: SectionInput): Part {
  return { title: 'Avtalstid, förlängning och uppsägning', body: prose(input, 'giltighet') };
}

export function renderDisputes(input: SectionInput): Part {
  return { title: 'Tvister', body: prose(input, 'tvist') };
}

/**
 * One block per party: "För <party>", place and date, a line to sign, the
 * name and title. Parties without a named signatory get blank lines to fill.
 */
export function renderSignatureBlock(a: Agreement, party: Party): Paragraph[] {
  const sig = present(a.underskrifter)?.find((s) => s.part === party.id);
  const keep = { keepNext: true, keepLines: true } as const;
  const line = (text: string, opts: { bold?: boolean; spaceBefore?: number } = {}) =>
    new Paragraph({
      ...keep,
      spacing: { after: 40, ...(opts.spaceBefore ? { before: opts.spaceBefore } : {}) },
      children: [new TextRun({ text, ...(opts.bold ? { bold: true } : {}) })],
    });
  const placeDate = sig?.ort || sig?.datum ? `${sig.ort ?? '________________'} den ${sig.datum ? swedishDate(sig.datum) : '________________'}` : 'Ort och datum: ____________________';
  return [
    line(`För ${party.organisation}`, { bold: true }),
    line(placeDate, { spaceBefore: 120 }),
    line('______________________________', { spaceBefore: 720 }),
    line(sig?.namn ?? 'Namnförtydligande: ____________________'),
    new Paragraph({ spacing: { after: 40 }, children: [new TextRun(sig?.titel ?? 'Titel: ____________________')] }),
  ];
}

export function renderSignatures(input: SectionInput): Block[] {
  const a = input.agreement;
  const blocks = (a.parter ?? []).map((p) => renderSignatureBlock(a, p));
  const rows: Paragraph[][][] = [];
  for (let i = 0; i < blocks.length; i += 2) rows.push(blocks.slice(i, i + 2));
  // The heading and its intro stay on the page of the signature blocks: never orphaned.
  const r = input.templates.render(input.framework, 'underskrifter', input.context);
  if (r.problem) input.problems.push(r.problem);
  const half = Math.floor(TEXT_WIDTH / 2);
  return [heading1('Underskrifter'), ...proseBlocks(r.text, { keepNext: true }), layoutTable(rows, [half, TEXT_WIDTH - half])];
}

/** The body of the agreement, section by section. */
export function renderSections(input: SectionInput): Block[] {
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
  const out: Block[] = [];
  for (const p of parts) out.push(...emit(p, out.length === 0));
  out.push(...renderSignatures(input));
  return out;
}

/** Title page lines, centred. */
export function renderTitlePage(a: Agreement, status: { final: boolean; asOf: string }): Paragraph[] {
  const centred = (text: string, size: number, opts: { bold?: boolean; before?: number; color?: string } = {}) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: opts.before ?? 0, after: 160 },
      children: [new TextRun({ text, size, ...(opts.bold ? { bold: true } : {}), ...(opts.color ? { color: opts.color } : {}) })],
    });
  const g = present(a.avtal.giltighet);
  const from = g?.från ? swedishDate(g.från) : '(uppgift saknas)';
  const validity = g?.till ? `Giltigt från ${from} till ${swedishDate(g.till)}` : `Giltigt från ${from} tills vidare`;
  const out = [
    centred('LOKALT SAMVERKANSAVTAL', 36, { bold: true, before: 2400 }),
    centred(`för ${a.familjecentral.namn}`, 30),
    centred(`mellan ${(a.parter ?? []).map((p) => p.organisation).join(' och ')}`, 24, { before: 240 }),
    centred(`Version ${a.avtal.version}${a.avtal.beslutat ? `, beslutad ${swedishDate(a.avtal.beslutat)}` : ''}`, 22, { before: 720 }),
    centred(validity, 22),
    centred(`Avtals-id: ${a.avtal.id}`, 20, { color: '595959' }),
  ];
  out.push(
    status.final
      ? centred('Slutlig version för underskrift', 24, { bold: true, before: 1200 })
      : centred(`UTKAST – granskat ${swedishDate(status.asOf)}, inte för underskrift`, 24, { bold: true, before: 1200, color: 'C00000' }),
  );
  return out;
}

export { paragraph };
