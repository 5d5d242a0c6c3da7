// The side-by-side competitor: docxtemplater filling a Word template that holds
// the same agreement (title, numbered sections with prose, the base-activity and
// samtidighet tables, signature blocks). The template is built once with `docx`.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';

const P = (text, opts = {}) => new Paragraph({ children: [new TextRun(text)], ...opts });
const H = (text) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
const cell = (text) => new TableCell({ children: [P(text)], width: { size: 2000, type: WidthType.DXA } });
const loopRow = (start, cells, end) => new TableRow({ children: cells.map((c, i) => cell(`${i === 0 ? start : ''}${c}${i === cells.length - 1 ? end : ''}`)) });

async function buildTemplate() {
  const sections = [
    ['1 Parter', '{#parter}{organisation} ({organisationsnummer}), {nämnd}. {/parter}'],
    ['2 Bakgrund och regional ram', 'Avtalet följer {ramverk_titel}.'],
    ['3 Syfte och mål', '{syfte}'],
    ['4 Definitioner och typ', '{namn} är en {typ} i {kommun}. {lokaler}'],
    ['5 Målgrupp', '{målgrupp}'],
    ['7.2 Gemensamt föräldrastöd', '{föräldrastöd}'],
    ['7.3 Gemensam utvärdering', '{utvärdering}'],
    ['7.4 Barnets rättigheter', '{barnrätt}'],
    ['7.5 Delaktighet och inflytande', '{delaktighet}'],
    ['8 Organisation', '{organisation}'],
    ['9 Verksamhetsplan och verksamhetsberättelse', '{planer}'],
    ['10 Ekonomi', '{ekonomi}'],
    ['11 Sekretess', '{sekretess}'],
    ['12 Giltighet', 'Avtalet gäller från {från} till {till}. Uppsägningstid {uppsägning} månader.'],
    ['13 Tvist', '{tvist}'],
  ];
  const children = [
    new Paragraph({ children: [new TextRun({ text: 'Lokalt samverkansavtal', bold: true, size: 48 })], alignment: AlignmentType.CENTER }),
    P('{namn}', { alignment: AlignmentType.CENTER }),
    H('6 Parternas åtaganden'),
    new Table({
      rows: [
        new TableRow({ children: ['Verksamhet', 'Part', 'Samlokalisering', 'Bemanning', 'Närvaro'].map(cell) }),
        loopRow('{#basverksamheter}', ['{verksamhet}', '{part}', '{samlokaliserad}', '{bemanning}', '{närvaro}'], '{/basverksamheter}'),
      ],
    }),
    H('7.1 Samtidighet'),
    P('{timmar} timmar per vecka.'),
    new Table({
      rows: [new TableRow({ children: ['Dag', 'Tid', 'Innehåll'].map(cell) }), loopRow('{#tillfällen}', ['{dag}', '{tid}', '{innehåll}'], '{/tillfällen}')],
    }),
  ];
  for (const [title, body] of sections) children.push(H(title), P(body));
  children.push(H('14 Underskrifter'), P('{#underskrifter}{ort} den {datum}'), P('______________________'), P('{namn}, {titel}{/underskrifter}'));
  const doc = new Document({ sections: [{ children }] });
  return Packer.toBuffer(doc);
}

const sv = (d) => (d ? new Date(d).toLocaleDateString('sv-SE', { day: 'numeric', month: 'long', year: 'numeric' }) : 'tills vidare');

function dataOf(a) {
  const ga = a.gemensamt_ansvar ?? {};
  return {
    ramverk_titel: a.ramverk,
    namn: a.familjecentral.namn,
    typ: a.familjecentral.typ,
    kommun: a.familjecentral.kommun,
    lokaler: a.familjecentral.lokaler?.beskrivning ?? '',
    målgrupp: a.familjecentral.målgrupp ?? '',
    syfte: a.syfte ?? '',
    parter: a.parter.map((p) => ({ organisation: p.organisation, organisationsnummer: p.organisationsnummer ?? '', nämnd: p.nämnd ?? '' })),
    basverksamheter: a.basverksamheter.map((b) => ({
      verksamhet: b.verksamhet,
      part: b.part,
      samlokaliserad: b.samlokaliserad,
      bemanning: (b.bemanning ?? []).map((s) => `${s.yrke} ${String(s.tjänstgöringsgrad).replace('.', ',')}`).join(', '),
      närvaro: (b.närvaro ?? []).map((s) => `${s.dag} ${s.från}–${s.till}`).join(', '),
    })),
    timmar: String(a.samtidighet?.timmar_per_vecka ?? 0).replace('.', ','),
    tillfällen: (a.samtidighet?.tillfällen ?? []).map((s) => ({ dag: s.dag, tid: `${s.från}–${s.till}`, innehåll: s.innehåll ?? '' })),
    föräldrastöd: ga.föräldrastöd?.beskrivning ?? '',
    utvärdering: ga.utvärdering?.beskrivning ?? '',
    barnrätt: ga.barnets_rättigheter?.beskrivning ?? '',
    delaktighet: ga.delaktighet_och_inflytande?.beskrivning ?? '',
    organisation: a.organisation?.kompetensutveckling ?? '',
    planer: `Verksamhetsplan ${a.verksamhetsplan?.år ?? ''}, verksamhetsberättelse ${a.verksamhetsberättelse?.år ?? ''}.`,
    ekonomi: a.ekonomi?.kostnadsfördelning ?? '',
    sekretess: a.sekretess ?? '',
    från: sv(a.avtal.giltighet.från),
    till: sv(a.avtal.giltighet.till),
    uppsägning: a.avtal.giltighet.uppsägningstid_månader ?? '',
    tvist: a.tvist ?? '',
    underskrifter: (a.underskrifter ?? []).map((s) => ({ ort: s.ort ?? '', datum: sv(s.datum), namn: s.namn, titel: s.titel })),
  };
}

export async function docxtemplaterForBench() {
  const template = await buildTemplate();
  return (agreement) => {
    const zip = new PizZip(template);
    const doc = new Docxtemplater(zip, { paragraphLoop: true, linebreaks: true });
    doc.render(dataOf(agreement));
    return doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
  };
}

// ---------------------------------------------------------------------------
// Like for like: a template that carries samverkan's own prose. The text of
// every paragraph and table of samverkan's document (headings, prose, bullet
// items, table cells) is read out of samverkan's .docx once, before timing,
// and handed to docxtemplater as data, so both write the same words in the
// same order; docxtemplater only has to fill them in (samverkan's time also
// includes composing that prose from the agreement).

const unescapeXml = (s) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function paragraphText(xml) {
  let text = '';
  for (const m of xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
    text += m[1] !== undefined ? unescapeXml(m[1]) : m[0] === '<w:tab/>' ? '\t' : '\n';
  }
  return text;
}

/** The body of samverkan's document.xml as data for the like-for-like template. */
export function likeForLikeData(documentXml) {
  const body = [];
  for (const m of documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const xml = m[0];
    if (xml.startsWith('<w:tbl>')) {
      const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) => {
        const cells = [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) =>
          [...c[0].matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => paragraphText(p[0])).join('\n'),
        );
        const row = {};
        for (let i = 0; i < 5; i++) row[`c${i}`] = cells[i] ?? '';
        return row;
      });
      body.push({ tbl: { rows } });
      continue;
    }
    const style = /<w:pStyle w:val="([^"]*)"/.exec(xml)?.[1];
    const text = paragraphText(xml);
    if (style === 'Heading1') body.push({ h1: { text } });
    else if (style === 'Heading2') body.push({ h2: { text } });
    else if (style === 'ListParagraph') body.push({ li: { text } });
    else body.push({ p: { text } });
  }
  return { body };
}

async function buildLikeForLikeTemplate() {
  const loopTag = (tag) => P(tag);
  const tableCell = (text) => new TableCell({ children: [P(text)], width: { size: 1800, type: WidthType.DXA } });
  const children = [
    loopTag('{#body}'),
    loopTag('{#h1}'),
    new Paragraph({ text: '{text}', heading: HeadingLevel.HEADING_1 }),
    loopTag('{/h1}'),
    loopTag('{#h2}'),
    new Paragraph({ text: '{text}', heading: HeadingLevel.HEADING_2 }),
    loopTag('{/h2}'),
    loopTag('{#p}'),
    P('{text}'),
    loopTag('{/p}'),
    loopTag('{#li}'),
    P('• {text}'),
    loopTag('{/li}'),
    loopTag('{#tbl}'),
    new Table({
      rows: [new TableRow({ children: ['{#rows}{c0}', '{c1}', '{c2}', '{c3}', '{c4}{/rows}'].map(tableCell) })],
    }),
    loopTag('{/tbl}'),
    loopTag('{/body}'),
  ];
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** docxtemplater filling the like-for-like template with data from `likeForLikeData`. */
export async function docxtemplaterLikeForLike() {
  const template = await buildLikeForLikeTemplate();
  return (data) => {
    const zip = new PizZip(template);
    const doc = new Docxtemplater(zip, { paragraphLoop: true, linebreaks: true });
    doc.render(data);
    return doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
  };
}
