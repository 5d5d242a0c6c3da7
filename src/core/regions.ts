/**
 * Reference data: the municipalities of each region that samverkan knows, with
 * the sources they were taken from (shared/domain/frameworks.md §5 and §1.4).
 * The report lists the region's municipalities that have no agreement at all.
 */
import type { FrameworkId } from './model.js';

export const REGION_IDS = ['skane', 'vg', 'orebro'] as const;
export type RegionId = (typeof REGION_IDS)[number];

export interface RegionSource {
  title: string;
  url: string;
}

export interface Region {
  id: RegionId;
  /** The county's name, e.g. "Skåne län". */
  name: string;
  /** The region as a party to the agreements, e.g. "Region Skåne". */
  regionName: string;
  /** The framework whose agreements belong to this region. */
  framework: FrameworkId;
  /** Municipality names without "kommun"/"stad", in Swedish alphabetical order. */
  municipalities: readonly string[];
  sources: readonly RegionSource[];
}

export const REGIONS: Record<RegionId, Region> = {
  skane: {
    id: 'skane',
    name: 'Skåne län',
    regionName: 'Region Skåne',
    framework: 'skane-2018',
    municipalities: [
      'Bjuv', 'Bromölla', 'Burlöv', 'Båstad', 'Eslöv', 'Helsingborg', 'Hässleholm', 'Höganäs', 'Hörby', 'Höör',
      'Klippan', 'Kristianstad', 'Kävlinge', 'Landskrona', 'Lomma', 'Lund', 'Malmö', 'Osby', 'Perstorp',
      'Simrishamn', 'Sjöbo', 'Skurup', 'Staffanstorp', 'Svalöv', 'Svedala', 'Tomelilla', 'Trelleborg',
      'Vellinge', 'Ystad', 'Åstorp', 'Ängelholm', 'Örkelljunga', 'Östra Göinge',
    ],
    sources: [
      { title: 'Regionfakta: Skåne län, 33 kommuner', url: 'https://www.regionfakta.com/skane-lan/samhallets-service/kommunala-kostnader/affarsverksamhet/' },
      { title: 'Skåne County (Wikipedia, kontroll)', url: 'https://iiab.me/kiwix/content/wikipedia_en_wp1-0.8_maxi_2022-10/A/Sk%C3%A5ne_County' },
    ],
  },
  vg: {
    id: 'vg',
    name: 'Västra Götalands län',
    regionName: 'Västra Götalandsregionen',
    framework: 'vg-2024',
    municipalities: [
      'Ale', 'Alingsås', 'Bengtsfors', 'Bollebygd', 'Borås', 'Dals-Ed', 'Essunga', 'Falköping', 'Färgelanda',
      'Grästorp', 'Gullspång', 'Göteborg', 'Götene', 'Herrljunga', 'Hjo', 'Härryda', 'Karlsborg', 'Kungälv',
      'Lerum', 'Lidköping', 'Lilla Edet', 'Lysekil', 'Mariestad', 'Mark', 'Mellerud', 'Munkedal', 'Mölndal',
      'Orust', 'Partille', 'Skara', 'Skövde', 'Sotenäs', 'Stenungsund', 'Strömstad', 'Svenljunga', 'Tanum', 'Tibro',
      'Tidaholm', 'Tjörn', 'Tranemo', 'Trollhättan', 'Töreboda', 'Uddevalla', 'Ulricehamn', 'Vara', 'Vårgårda',
      'Vänersborg', 'Åmål', 'Öckerö',
    ],
    sources: [
      { title: 'Västra Götaland County, alla 49 kommuner', url: 'https://ru.geoters.com/World/SE/84722-Vaestra-Goetaland-County.html' },
      { title: 'Västra Götalands län (Wikiwand): 49 kommuner', url: 'https://wikiwand.com/sv/articles/V%C3%A4stra_G%C3%B6taland_l%C3%A4n' },
      { title: 'Västra Götalandsregionen: karta', url: 'http://www.vgregion.se/en/Vastra-Gotalandsregionen/Home/About-us/Map/' },
    ],
  },
  orebro: {
    id: 'orebro',
    name: 'Örebro län',
    regionName: 'Region Örebro län',
    framework: 'orebro-2010',
    municipalities: ['Askersund', 'Degerfors', 'Hallsberg', 'Hällefors', 'Karlskoga', 'Kumla', 'Laxå', 'Lekeberg', 'Lindesberg', 'Ljusnarsberg', 'Nora', 'Örebro'],
    sources: [
      { title: 'Örebro län (Wikipedia): de tolv kommunerna, folkmängd enligt SCB', url: 'https://de.wikipedia.org/wiki/%C3%96rebro_l%C3%A4n' },
      { title: 'Örebro län (Wikipedia): "Länet har 12 kommuner"', url: 'https://sv.wikipedia.org/wiki/%C3%96rebro_l%C3%A4n' },
      { title: 'FFFF, Region Örebro län: 12 kommuner', url: 'https://familjecentraler.se/regionala_natvark/region-orebro-lan/' },
    ],
  },
};

const BY_FRAMEWORK: Record<FrameworkId, RegionId> = { 'skane-2018': 'skane', 'vg-2024': 'vg', 'orebro-2010': 'orebro' };

export function regionOfFramework(framework: FrameworkId): RegionId {
  return BY_FRAMEWORK[framework];
}

/** "Örebro kommun", "örebro", " Göteborgs stad" → a key that compares equal to the reference list's. */
export function municipalityKey(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .replace(/\s+(kommun|stad)$/i, '')
    .replace(/\s+/g, ' ')
    .toLocaleLowerCase('sv');
}

/** The reference spelling of a municipality in the region, or undefined when it is not one of them. */
export function findMunicipality(region: Region, name: string): string | undefined {
  const key = municipalityKey(name);
  return region.municipalities.find((m) => municipalityKey(m) === key) ?? region.municipalities.find((m) => municipalityKey(m) + 's' === key);
}
