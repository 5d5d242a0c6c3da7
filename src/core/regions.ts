/**
 * Reference data: Sweden's 21 län (each a region) and 290 kommuner with their
 * SCB codes, from Statistics Sweden's official list of county and municipality
 * codes (SCB, "Län och kommuner i kodnummerordning"; the division in force
 * since 2007). The report lists a region's municipalities that have no
 * agreement; the kommunkod identifies a municipality however its name is
 * written. The framework of a region is the regional one where the project
 * has it (Skåne, Västra Götaland, Örebro län), otherwise the national
 * definitions (`nationell`).
 */
import type { FrameworkId } from './model.js';
import { memoised } from './memo.js';

export interface RegionSource {
  title: string;
  url: string;
}

/** The source of every län and kommun here: SCB's list of codes. */
export const SCB_SOURCE: RegionSource = {
  title: 'SCB (Statistiska centralbyrån): Län och kommuner i kodnummerordning',
  url: 'https://www.scb.se/hitta-statistik/regional-statistik-och-kartor/regionala-indelningar/lan-och-kommuner/lan-och-kommuner-i-kodnummerordning/',
};

export interface Municipality {
  /** SCB kommunkod, four digits: the länskod and two more, e.g. "1280" Malmö. */
  kod: string;
  /** The name without "kommun"/"stad", as SCB writes it, e.g. "Malmö", "Upplands-Bro". */
  namn: string;
}

export interface Region {
  id: RegionId;
  /** SCB länskod, two digits, e.g. "12" Skåne län. */
  kod: string;
  /** The county's name, e.g. "Skåne län". */
  name: string;
  /** The region as a party to the agreements, e.g. "Region Skåne". */
  regionName: string;
  /** The framework in force for the region's agreements: a regional one, or `nationell`. */
  framework: FrameworkId;
  /** Municipalities in SCB code order. */
  kommuner: readonly Municipality[];
  /** Municipality names, in Swedish alphabetical order. */
  municipalities: readonly string[];
  sources: readonly RegionSource[];
}

function county(id: RegionId, kod: string, name: string, regionName: string, framework: FrameworkId, list: readonly (readonly [string, string])[]): Region {
  const kommuner = list.map(([k, namn]) => ({ kod: k, namn }));
  return {
    id,
    kod,
    name,
    regionName,
    framework,
    kommuner,
    municipalities: kommuner.map((m) => m.namn).sort((a, b) => a.localeCompare(b, 'sv')),
    sources: [SCB_SOURCE],
  };
}

export const REGION_IDS = [
  'stockholm',
  'uppsala',
  'sodermanland',
  'ostergotland',
  'jonkoping',
  'kronoberg',
  'kalmar',
  'gotland',
  'blekinge',
  'skane',
  'halland',
  'vg',
  'varmland',
  'orebro',
  'vastmanland',
  'dalarna',
  'gavleborg',
  'vasternorrland',
  'jamtland',
  'vasterbotten',
  'norrbotten',
] as const;
export type RegionId = (typeof REGION_IDS)[number];

// Stryker disable all: SCB's table, reference data copied from SCB rather than code (stryker.config.json).
/** The 21 län in SCB code order. */
export const REGIONS: Record<RegionId, Region> = {
  stockholm: county('stockholm', '01', 'Stockholms län', 'Region Stockholm', 'nationell', [
    ['0114', 'Upplands Väsby'],
    ['0115', 'Vallentuna'],
    ['0117', 'Österåker'],
    ['0120', 'Värmdö'],
    ['0123', 'Järfälla'],
    ['0125', 'Ekerö'],
    ['0126', 'Huddinge'],
    ['0127', 'Botkyrka'],
    ['0128', 'Salem'],
    ['0136', 'Haninge'],
    ['0138', 'Tyresö'],
    ['0139', 'Upplands-Bro'],
    ['0140', 'Nykvarn'],
    ['0160', 'Täby'],
    ['0162', 'Danderyd'],
    ['0163', 'Sollentuna'],
    ['0180', 'Stockholm'],
    ['0181', 'Södertälje'],
    ['0182', 'Nacka'],
    ['0183', 'Sundbyberg'],
    ['0184', 'Solna'],
    ['0186', 'Lidingö'],
    ['0187', 'Vaxholm'],
    ['0188', 'Norrtälje'],
    ['0191', 'Sigtuna'],
    ['0192', 'Nynäshamn'],
  ]),
  uppsala: county('uppsala', '03', 'Uppsala län', 'Region Uppsala', 'nationell', [
    ['0305', 'Håbo'],
    ['0319', 'Älvkarleby'],
    ['0330', 'Knivsta'],
    ['0331', 'Heby'],
    ['0360', 'Tierp'],
    ['0380', 'Uppsala'],
    ['0381', 'Enköping'],
    ['0382', 'Östhammar'],
  ]),
  sodermanland: county('sodermanland', '04', 'Södermanlands län', 'Region Sörmland', 'nationell', [
    ['0428', 'Vingåker'],
    ['0461', 'Gnesta'],
    ['0480', 'Nyköping'],
    ['0481', 'Oxelösund'],
    ['0482', 'Flen'],
    ['0483', 'Katrineholm'],
    ['0484', 'Eskilstuna'],
    ['0486', 'Strängnäs'],
    ['0488', 'Trosa'],
  ]),
  ostergotland: county('ostergotland', '05', 'Östergötlands län', 'Region Östergötland', 'nationell', [
    ['0509', 'Ödeshög'],
    ['0512', 'Ydre'],
    ['0513', 'Kinda'],
    ['0560', 'Boxholm'],
    ['0561', 'Åtvidaberg'],
    ['0562', 'Finspång'],
    ['0563', 'Valdemarsvik'],
    ['0580', 'Linköping'],
    ['0581', 'Norrköping'],
    ['0582', 'Söderköping'],
    ['0583', 'Motala'],
    ['0584', 'Vadstena'],
    ['0586', 'Mjölby'],
  ]),
  jonkoping: county('jonkoping', '06', 'Jönköpings län', 'Region Jönköpings län', 'nationell', [
    ['0604', 'Aneby'],
    ['0617', 'Gnosjö'],
    ['0642', 'Mullsjö'],
    ['0643', 'Habo'],
    ['0662', 'Gislaved'],
    ['0665', 'Vaggeryd'],
    ['0680', 'Jönköping'],
    ['0682', 'Nässjö'],
    ['0683', 'Värnamo'],
    ['0684', 'Sävsjö'],
    ['0685', 'Vetlanda'],
    ['0686', 'Eksjö'],
    ['0687', 'Tranås'],
  ]),
  kronoberg: county('kronoberg', '07', 'Kronobergs län', 'Region Kronoberg', 'nationell', [
    ['0760', 'Uppvidinge'],
    ['0761', 'Lessebo'],
    ['0763', 'Tingsryd'],
    ['0764', 'Alvesta'],
    ['0765', 'Älmhult'],
    ['0767', 'Markaryd'],
    ['0780', 'Växjö'],
    ['0781', 'Ljungby'],
  ]),
  kalmar: county('kalmar', '08', 'Kalmar län', 'Region Kalmar län', 'nationell', [
    ['0821', 'Högsby'],
    ['0834', 'Torsås'],
    ['0840', 'Mörbylånga'],
    ['0860', 'Hultsfred'],
    ['0861', 'Mönsterås'],
    ['0862', 'Emmaboda'],
    ['0880', 'Kalmar'],
    ['0881', 'Nybro'],
    ['0882', 'Oskarshamn'],
    ['0883', 'Västervik'],
    ['0884', 'Vimmerby'],
    ['0885', 'Borgholm'],
  ]),
  gotland: county('gotland', '09', 'Gotlands län', 'Region Gotland', 'nationell', [['0980', 'Gotland']]),
  blekinge: county('blekinge', '10', 'Blekinge län', 'Region Blekinge', 'nationell', [
    ['1060', 'Olofström'],
    ['1080', 'Karlskrona'],
    ['1081', 'Ronneby'],
    ['1082', 'Karlshamn'],
    ['1083', 'Sölvesborg'],
  ]),
  skane: county('skane', '12', 'Skåne län', 'Region Skåne', 'skane-2018', [
    ['1214', 'Svalöv'],
    ['1230', 'Staffanstorp'],
    ['1231', 'Burlöv'],
    ['1233', 'Vellinge'],
    ['1256', 'Östra Göinge'],
    ['1257', 'Örkelljunga'],
    ['1260', 'Bjuv'],
    ['1261', 'Kävlinge'],
    ['1262', 'Lomma'],
    ['1263', 'Svedala'],
    ['1264', 'Skurup'],
    ['1265', 'Sjöbo'],
    ['1266', 'Hörby'],
    ['1267', 'Höör'],
    ['1270', 'Tomelilla'],
    ['1272', 'Bromölla'],
    ['1273', 'Osby'],
    ['1275', 'Perstorp'],
    ['1276', 'Klippan'],
    ['1277', 'Åstorp'],
    ['1278', 'Båstad'],
    ['1280', 'Malmö'],
    ['1281', 'Lund'],
    ['1282', 'Landskrona'],
    ['1283', 'Helsingborg'],
    ['1284', 'Höganäs'],
    ['1285', 'Eslöv'],
    ['1286', 'Ystad'],
    ['1287', 'Trelleborg'],
    ['1290', 'Kristianstad'],
    ['1291', 'Simrishamn'],
    ['1292', 'Ängelholm'],
    ['1293', 'Hässleholm'],
  ]),
  halland: county('halland', '13', 'Hallands län', 'Region Halland', 'nationell', [
    ['1315', 'Hylte'],
    ['1380', 'Halmstad'],
    ['1381', 'Laholm'],
    ['1382', 'Falkenberg'],
    ['1383', 'Varberg'],
    ['1384', 'Kungsbacka'],
  ]),
  vg: county('vg', '14', 'Västra Götalands län', 'Västra Götalandsregionen', 'vg-2024', [
    ['1401', 'Härryda'],
    ['1402', 'Partille'],
    ['1407', 'Öckerö'],
    ['1415', 'Stenungsund'],
    ['1419', 'Tjörn'],
    ['1421', 'Orust'],
    ['1427', 'Sotenäs'],
    ['1430', 'Munkedal'],
    ['1435', 'Tanum'],
    ['1438', 'Dals-Ed'],
    ['1439', 'Färgelanda'],
    ['1440', 'Ale'],
    ['1441', 'Lerum'],
    ['1442', 'Vårgårda'],
    ['1443', 'Bollebygd'],
    ['1444', 'Grästorp'],
    ['1445', 'Essunga'],
    ['1446', 'Karlsborg'],
    ['1447', 'Gullspång'],
    ['1452', 'Tranemo'],
    ['1460', 'Bengtsfors'],
    ['1461', 'Mellerud'],
    ['1462', 'Lilla Edet'],
    ['1463', 'Mark'],
    ['1465', 'Svenljunga'],
    ['1466', 'Herrljunga'],
    ['1470', 'Vara'],
    ['1471', 'Götene'],
    ['1472', 'Tibro'],
    ['1473', 'Töreboda'],
    ['1480', 'Göteborg'],
    ['1481', 'Mölndal'],
    ['1482', 'Kungälv'],
    ['1484', 'Lysekil'],
    ['1485', 'Uddevalla'],
    ['1486', 'Strömstad'],
    ['1487', 'Vänersborg'],
    ['1488', 'Trollhättan'],
    ['1489', 'Alingsås'],
    ['1490', 'Borås'],
    ['1491', 'Ulricehamn'],
    ['1492', 'Åmål'],
    ['1493', 'Mariestad'],
    ['1494', 'Lidköping'],
    ['1495', 'Skara'],
    ['1496', 'Skövde'],
    ['1497', 'Hjo'],
    ['1498', 'Tidaholm'],
    ['1499', 'Falköping'],
  ]),
  varmland: county('varmland', '17', 'Värmlands län', 'Region Värmland', 'nationell', [
    ['1715', 'Kil'],
    ['1730', 'Eda'],
    ['1737', 'Torsby'],
    ['1760', 'Storfors'],
    ['1761', 'Hammarö'],
    ['1762', 'Munkfors'],
    ['1763', 'Forshaga'],
    ['1764', 'Grums'],
    ['1765', 'Årjäng'],
    ['1766', 'Sunne'],
    ['1780', 'Karlstad'],
    ['1781', 'Kristinehamn'],
    ['1782', 'Filipstad'],
    ['1783', 'Hagfors'],
    ['1784', 'Arvika'],
    ['1785', 'Säffle'],
  ]),
  orebro: county('orebro', '18', 'Örebro län', 'Region Örebro län', 'orebro-2010', [
    ['1814', 'Lekeberg'],
    ['1860', 'Laxå'],
    ['1861', 'Hallsberg'],
    ['1862', 'Degerfors'],
    ['1863', 'Hällefors'],
    ['1864', 'Ljusnarsberg'],
    ['1880', 'Örebro'],
    ['1881', 'Kumla'],
    ['1882', 'Askersund'],
    ['1883', 'Karlskoga'],
    ['1884', 'Nora'],
    ['1885', 'Lindesberg'],
  ]),
  vastmanland: county('vastmanland', '19', 'Västmanlands län', 'Region Västmanland', 'nationell', [
    ['1904', 'Skinnskatteberg'],
    ['1907', 'Surahammar'],
    ['1960', 'Kungsör'],
    ['1961', 'Hallstahammar'],
    ['1962', 'Norberg'],
    ['1980', 'Västerås'],
    ['1981', 'Sala'],
    ['1982', 'Fagersta'],
    ['1983', 'Köping'],
    ['1984', 'Arboga'],
  ]),
  dalarna: county('dalarna', '20', 'Dalarnas län', 'Region Dalarna', 'nationell', [
    ['2021', 'Vansbro'],
    ['2023', 'Malung-Sälen'],
    ['2026', 'Gagnef'],
    ['2029', 'Leksand'],
    ['2031', 'Rättvik'],
    ['2034', 'Orsa'],
    ['2039', 'Älvdalen'],
    ['2061', 'Smedjebacken'],
    ['2062', 'Mora'],
    ['2080', 'Falun'],
    ['2081', 'Borlänge'],
    ['2082', 'Säter'],
    ['2083', 'Hedemora'],
    ['2084', 'Avesta'],
    ['2085', 'Ludvika'],
  ]),
  gavleborg: county('gavleborg', '21', 'Gävleborgs län', 'Region Gävleborg', 'nationell', [
    ['2101', 'Ockelbo'],
    ['2104', 'Hofors'],
    ['2121', 'Ovanåker'],
    ['2132', 'Nordanstig'],
    ['2161', 'Ljusdal'],
    ['2180', 'Gävle'],
    ['2181', 'Sandviken'],
    ['2182', 'Söderhamn'],
    ['2183', 'Bollnäs'],
    ['2184', 'Hudiksvall'],
  ]),
  vasternorrland: county('vasternorrland', '22', 'Västernorrlands län', 'Region Västernorrland', 'nationell', [
    ['2260', 'Ånge'],
    ['2262', 'Timrå'],
    ['2280', 'Härnösand'],
    ['2281', 'Sundsvall'],
    ['2282', 'Kramfors'],
    ['2283', 'Sollefteå'],
    ['2284', 'Örnsköldsvik'],
  ]),
  jamtland: county('jamtland', '23', 'Jämtlands län', 'Region Jämtland Härjedalen', 'nationell', [
    ['2303', 'Ragunda'],
    ['2305', 'Bräcke'],
    ['2309', 'Krokom'],
    ['2313', 'Strömsund'],
    ['2321', 'Åre'],
    ['2326', 'Berg'],
    ['2361', 'Härjedalen'],
    ['2380', 'Östersund'],
  ]),
  vasterbotten: county('vasterbotten', '24', 'Västerbottens län', 'Region Västerbotten', 'nationell', [
    ['2401', 'Nordmaling'],
    ['2403', 'Bjurholm'],
    ['2404', 'Vindeln'],
    ['2409', 'Robertsfors'],
    ['2417', 'Norsjö'],
    ['2418', 'Malå'],
    ['2421', 'Storuman'],
    ['2422', 'Sorsele'],
    ['2425', 'Dorotea'],
    ['2460', 'Vännäs'],
    ['2462', 'Vilhelmina'],
    ['2463', 'Åsele'],
    ['2480', 'Umeå'],
    ['2481', 'Lycksele'],
    ['2482', 'Skellefteå'],
  ]),
  norrbotten: county('norrbotten', '25', 'Norrbottens län', 'Region Norrbotten', 'nationell', [
    ['2505', 'Arvidsjaur'],
    ['2506', 'Arjeplog'],
    ['2510', 'Jokkmokk'],
    ['2513', 'Överkalix'],
    ['2514', 'Kalix'],
    ['2518', 'Övertorneå'],
    ['2521', 'Pajala'],
    ['2523', 'Gällivare'],
    ['2560', 'Älvsbyn'],
    ['2580', 'Luleå'],
    ['2581', 'Piteå'],
    ['2582', 'Boden'],
    ['2583', 'Haparanda'],
    ['2584', 'Kiruna'],
  ]),
};
// Stryker restore all

/** Which region a regional framework belongs to; undefined for `nationell`, which every other region follows. */
const BY_FRAMEWORK: Partial<Record<FrameworkId, RegionId>> = { 'skane-2014': 'skane', 'skane-2018': 'skane', 'vg-2024': 'vg', 'orebro-2010': 'orebro' };

/** The region of a regional framework, or undefined for `nationell` (find the region by the municipality). */
export function regionOfFramework(framework: FrameworkId): RegionId | undefined {
  return BY_FRAMEWORK[framework];
}

/** "Örebro kommun", "örebro", " Göteborgs stad" → a key that compares equal to the reference list's. */
export function municipalityKey(name: string): string {
  return keyOf(name);
}

/** The same few hundred names come back agreement after agreement; the locale-aware lower case is the costly part. */
const keyOf = memoised((name: string) =>
  name
    .normalize('NFC')
    .trim()
    .replace(/\s+(kommun|stad)$/i, '')
    .replace(/\s+/g, ' ')
    .toLocaleLowerCase('sv'),
);

/** The reference spelling of a municipality in the region, or undefined when it is not one of them. */
export function findMunicipality(region: Region, name: string): string | undefined {
  return findByKey(region, municipalityKey(name));
}

function findByKey(region: Region, key: string): string | undefined {
  const keys = keysOf(region);
  return keys.get(key) ?? keys.get(key.endsWith('s') ? key.slice(0, -1) : '');
}

/** The region a municipality (any spelling findMunicipality accepts) belongs to. */
export function regionOfMunicipality(name: string): Region | undefined {
  return regionByKey(municipalityKey(name)) ?? undefined;
}

/** This runs for every validated agreement, with the same few hundred names: each key's region is looked up once. */
const regionByKey = memoised((key: string): Region | null => REGION_IDS.map((id) => REGIONS[id]).find((r) => findByKey(r, key) !== undefined) ?? null);

/** The SCB kommunkod of a municipality, e.g. "Malmö" → "1280". */
export function municipalityCode(name: string): string | undefined {
  const region = regionOfMunicipality(name);
  const found = region ? findMunicipality(region, name) : undefined;
  return region?.kommuner.find((m) => m.namn === found)?.kod;
}

/** Each region's municipalities by key, computed once (a lookup was 290 normalisations). */
const keysOf = memoised((region: Region): ReadonlyMap<string, string> => {
  const map = new Map<string, string>();
  for (const m of region.municipalities) if (!map.has(municipalityKey(m))) map.set(municipalityKey(m), m);
  return map;
});

/** Municipalities whose name takes no genitive s although it ends in a consonant. */
const NO_GENITIVE_S: ReadonlySet<string> = new Set(['Orust']);

/**
 * The municipality as an organisation, as Swedish writes it: "Eslövs kommun",
 * "Lilla Edets kommun", but "Borås kommun", "Malmö kommun" (no -s after a
 * vowel or an s, x or z) and "Orust kommun" (by usage).
 */
export function municipalityName(kommun: string): string {
  const bare = /[aeiouyåäösxz]$/i.test(kommun) || NO_GENITIVE_S.has(kommun);
  return `${kommun}${bare ? '' : 's'} kommun`;
}
