/**
 * The words and number forms every report format shares, in Swedish (decimal
 * comma, "8 av 20", "1 oktober 2012") or English. Deterministic: no Intl
 * calls whose output depends on the machine's ICU data.
 */
import type { Lang, Severity } from '../core/diagnostic.js';
import { BASE_ACTIVITIES, type BaseActivityKind, type CoLocation, type UserSurvey } from '../core/model.js';
import { activityShort, centreTypeName } from '../core/activities.js';
import { humanDate } from '../core/dates.js';
import { formatNumber } from '../core/numbers.js';
import type { CentreRow, DefinitionType, IndicatorGroup, Report, ValidityStatus } from './types.js';

export const t = (lang: Lang, svText: string, en: string): string => (lang === 'en' ? en : svText);

/** 0.5 → "0,5" in Swedish: the core's `formatNumber`. */
function decimal(lang: Lang, n: number): string {
  return formatNumber(n, lang);
}

/** "8 av 20" / "8 of 20". */
export function xOfN(lang: Lang, x: number, n: number): string {
  return `${x} ${t(lang, 'av', 'of')} ${n}`;
}

/** Whole percent, "40 %" (Swedish spacing) or "40%"; "–" when there is nothing to divide by. */
export function percent(lang: Lang, x: number, n: number): string {
  if (n === 0) return '–';
  const p = Math.round((100 * x) / n);
  return lang === 'en' ? `${p}%` : `${p} %`;
}

/** "2012-10-01" → "1 oktober 2012" / "1 October 2012": the core's `humanDate`. */
export function longDate(lang: Lang, isoDate: string): string {
  return humanDate(isoDate, lang);
}

const GROUP_TITLES: Record<IndicatorGroup, { sv: string; en: string }> = {
  typ: { sv: 'Typ av verksamhet', en: 'Type of centre' },
  lokaler: { sv: 'Lokaler och samlokalisering', en: 'Premises and co-location' },
  basverksamheter: { sv: 'Basverksamheter', en: 'Base activities' },
  organisation: { sv: 'Organisation och samarbete', en: 'Organisation and collaboration' },
  regler: { sv: 'Granskningens regler: avtal som uppfyller regeln', en: "The checker's rules: agreements that meet the rule" },
  giltighet: { sv: 'Giltighet', en: 'Validity' },
};

export const GROUP_ORDER: readonly IndicatorGroup[] = ['typ', 'lokaler', 'basverksamheter', 'organisation', 'giltighet', 'regler'];

export function groupTitle(lang: Lang, g: IndicatorGroup): string {
  return GROUP_TITLES[g][lang];
}

function shortActivity(lang: Lang, k: BaseActivityKind): string {
  return activityShort(k, lang);
}

/** How a report says that the agreement does not say. */
const unknownText = (lang: Lang): string => t(lang, 'uppgift saknas', 'not known');

function coLocationText(lang: Lang, c: CoLocation | 'uppgift_saknas' | null): string {
  if (c === null) return '–';
  if (c === 'uppgift_saknas') return unknownText(lang);
  return { helt: t(lang, 'helt', 'wholly'), delvis: t(lang, 'delvis', 'partly'), nej: t(lang, 'nej', 'no') }[c];
}

function typeText(lang: Lang, d: DefinitionType | null): string {
  if (d === null) return unknownText(lang);
  return centreTypeName(d, lang, 'short');
}

function validityText(lang: Lang, s: ValidityStatus): string {
  return {
    gällande: t(lang, 'gällande', 'in force'),
    löper_ut: t(lang, 'löper ut inom sex månader', 'ends within six months'),
    utgånget: t(lang, 'utgånget', 'expired'),
    tills_vidare: t(lang, 'tills vidare', 'until further notice'),
    ej_börjat: t(lang, 'träder i kraft senare', 'takes effect later'),
    uppgift_saknas: unknownText(lang),
  }[s];
}

function surveyText(lang: Lang, s: UserSurvey | null): string {
  if (s === null) return '–';
  return { årlig: t(lang, 'årlig', 'yearly'), vartannat_år: t(lang, 'vartannat år', 'every other year'), ingen: t(lang, 'ingen', 'none') }[s];
}

export function severityText(lang: Lang, s: Severity): string {
  return { fel: t(lang, 'fel', 'error'), varning: t(lang, 'varning', 'warning'), info: 'info' }[s];
}

const yesNo = (lang: Lang, b: boolean | null): string => (b === null ? unknownText(lang) : b ? t(lang, 'ja', 'yes') : t(lang, 'nej', 'no'));

/** "8 av 20" plus ", uppgift saknas för 3" when some agreements do not say. */
export function countText(lang: Lang, i: { count: number; of: number; unknown?: number }): string {
  const base = xOfN(lang, i.count, i.of);
  return i.unknown ? base + t(lang, `, uppgift saknas för ${i.unknown}`, `, not known for ${i.unknown}`) : base;
}

/** The per-centre table as columns of plain text: one definition for md, html, csv and docx. */
interface Column {
  /** A stable key (HTML class `col-<key>`). */
  key: string;
  header: string;
  cell: (r: CentreRow) => string;
  /** Right-align (numbers). */
  numeric?: boolean;
  /** A class for the cell in HTML (co-location and validity are coloured). */
  cellClass?: (r: CentreRow) => string;
}

export function centreColumns(lang: Lang, report: Pick<Report, 'checked'>): Column[] {
  const cols: Column[] = [
    { key: 'namn', header: t(lang, 'Familjecentral', 'Centre'), cell: (r) => r.namn },
    { key: 'kommun', header: t(lang, 'Kommun', 'Municipality'), cell: (r) => r.kommun || unknownText(lang) },
    { key: 'typ', header: t(lang, 'Angiven typ', 'Declared type'), cell: (r) => typeText(lang, r.typ) },
    { key: 'definition', header: t(lang, 'Typ enligt definition', 'Type by definition'), cell: (r) => typeText(lang, r.typEnligtDefinition) },
    ...BASE_ACTIVITIES.map((k) => ({
      key: k,
      header: shortActivity(lang, k),
      cell: (r: CentreRow) => coLocationText(lang, r.basverksamheter[k]),
      cellClass: (r: CentreRow) => r.basverksamheter[k] ?? 'saknas',
    })),
    { key: 'entre', header: t(lang, 'Gemensam entré', 'Common entrance'), cell: (r) => yesNo(lang, r.gemensamEntré) },
    { key: 'byggnad', header: t(lang, 'Samma byggnad', 'Same building'), cell: (r) => yesNo(lang, r.sammaByggnad) },
    { key: 'ledningsgrupp', header: t(lang, 'Ledningsgrupp', 'Management group'), cell: (r) => yesNo(lang, r.ledningsgrupp) },
    {
      key: 'personalmoten',
      header: t(lang, 'Personalmöten/år', 'Staff meetings/yr'),
      cell: (r) => (r.personalmötenPerÅr === null ? unknownText(lang) : String(r.personalmötenPerÅr)),
      numeric: true,
    },
    {
      key: 'samordnare',
      header: t(lang, 'Samordnare', 'Coordinator'),
      cell: (r) =>
        r.samordnare === null
          ? unknownText(lang)
          : r.samordnare
            ? r.samordnareTjänstgöringsgrad === null
              ? t(lang, 'ja', 'yes')
              : decimal(lang, r.samordnareTjänstgöringsgrad)
            : t(lang, 'nej', 'no'),
      numeric: true,
    },
    {
      key: 'verksamhetsplan',
      header: t(lang, 'Verksamhetsplan', 'Plan'),
      cell: (r) => (r.verksamhetsplan === null ? unknownText(lang) : r.verksamhetsplan === false ? t(lang, 'nej', 'no') : String(r.verksamhetsplan)),
    },
    { key: 'brukarenkat', header: t(lang, 'Brukarenkät', 'User survey'), cell: (r) => surveyText(lang, r.brukarenkät) },
    { key: 'kompetensutveckling', header: t(lang, 'Kompetensutveckling', 'Competence development'), cell: (r) => yesNo(lang, r.kompetensutveckling) },
    {
      key: 'giltig-till',
      header: t(lang, 'Giltigt till', 'Valid until'),
      cell: (r) => r.giltigTill ?? (r.giltighet === 'uppgift_saknas' ? unknownText(lang) : t(lang, 'tills vidare', 'until further notice')),
    },
    { key: 'giltighet', header: t(lang, 'Giltighet', 'Validity'), cell: (r) => validityText(lang, r.giltighet), cellClass: (r) => r.giltighet },
  ];
  if (report.checked) {
    cols.push(
      { key: 'uppfyllda', header: t(lang, 'Regler uppfyllda', 'Rules met'), cell: (r) => (r.regler ? String(r.regler.uppfyllt) : '–'), numeric: true },
      { key: 'fel', header: t(lang, 'Fel', 'Errors'), cell: (r) => (r.regler ? String(r.regler.fel) : '–'), numeric: true },
      { key: 'varningar', header: t(lang, 'Varningar', 'Warnings'), cell: (r) => (r.regler ? String(r.regler.varning) : '–'), numeric: true },
    );
  }
  cols.push({ key: 'file', header: t(lang, 'Fil', 'File'), cell: (r) => r.file });
  return cols;
}

/** The report's title and a one-line summary of what it covers. */
export function reportTitle(lang: Lang): string {
  return t(lang, 'Regional översikt: lokala samverkansavtal för familjecentraler', 'Regional overview: local agreements for family centres');
}

export function summaryLine(lang: Lang, r: Report): string {
  const files = r.files;
  const unreadable =
    (files.unreadable > 0 ? t(lang, `, ${files.unreadable} ej läsbara`, `, ${files.unreadable} unreadable`) : '') +
    (files.duplicates > 0
      ? t(
          lang,
          `, ${files.duplicates} med samma avtals-id som en tidigare fil (räknas inte två gånger)`,
          `, ${files.duplicates} with the same agreement id as an earlier file (not counted twice)`,
        )
      : '');
  return t(
    lang,
    `${files.readable} avtal (${files.total} filer${unreadable}), per ${longDate(lang, r.asOf)}.`,
    `${files.readable} agreements (${files.total} files${unreadable}), as of ${longDate(lang, r.asOf)}.`,
  );
}
