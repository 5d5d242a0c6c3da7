/** Reference data: Sweden's 21 län and 290 kommuner with their SCB codes, cited as SCB. */
import { describe, expect, it } from 'vitest';
import { municipalityCode, REGION_IDS, REGIONS, regionOfFramework, regionOfMunicipality, SCB_SOURCE } from '../src/core/regions.js';

const all = REGION_IDS.map((id) => REGIONS[id]);

describe('SCB: län and kommuner', () => {
  it('has all 21 län and 290 kommuner, each code once', () => {
    expect(all).toHaveLength(21);
    const kommuner = all.flatMap((r) => r.kommuner);
    expect(kommuner).toHaveLength(290);
    expect(new Set(kommuner.map((k) => k.kod)).size).toBe(290);
    expect(new Set(kommuner.map((k) => k.namn)).size).toBe(290);
    expect(new Set(all.map((r) => r.kod)).size).toBe(21);
  });

  it('a kommunkod is four digits starting with its länskod', () => {
    for (const r of all) {
      expect(r.kod).toMatch(/^\d{2}$/);
      for (const k of r.kommuner) expect(k.kod.slice(0, 2), k.namn).toBe(r.kod);
      expect(r.municipalities).toHaveLength(r.kommuner.length);
    }
  });

  it('known codes', () => {
    expect(municipalityCode('Stockholm')).toBe('0180');
    expect(municipalityCode('Malmö')).toBe('1280');
    expect(municipalityCode('Göteborg')).toBe('1480');
    expect(municipalityCode('Örebro')).toBe('1880');
    expect(municipalityCode('Gotland')).toBe('0980');
    expect(municipalityCode('Kiruna')).toBe('2584');
    expect(municipalityCode('Göteborgs stad')).toBe('1480');
    expect(municipalityCode('Eslövs kommun')).toBe('1285');
    expect(municipalityCode('Atlantis')).toBeUndefined();
  });

  it('county sizes: Skåne 33, Västra Götaland 49, Örebro 12, Stockholm 26, Gotland 1', () => {
    expect(REGIONS.skane.kommuner).toHaveLength(33);
    expect(REGIONS.vg.kommuner).toHaveLength(49);
    expect(REGIONS.orebro.kommuner).toHaveLength(12);
    expect(REGIONS.stockholm.kommuner).toHaveLength(26);
    expect(REGIONS.gotland.kommuner).toHaveLength(1);
    expect(REGIONS.skane).toMatchObject({ kod: '12', name: 'Skåne län', regionName: 'Region Skåne' });
  });

  it('every list is cited as SCB, and no wiki mirror is', () => {
    for (const r of all) {
      expect(r.sources).toEqual([SCB_SOURCE]);
      expect(r.sources[0]!.url).toMatch(/^https:\/\/www\.scb\.se\//);
    }
  });

  it('regions and frameworks: the three regional frameworks, nationell for the other 18', () => {
    expect(regionOfFramework('skane-2014')).toBe('skane');
    expect(regionOfFramework('skane-2018')).toBe('skane');
    expect(regionOfFramework('vg-2024')).toBe('vg');
    expect(regionOfFramework('orebro-2010')).toBe('orebro');
    expect(regionOfFramework('nationell')).toBeUndefined();
    expect(all.filter((r) => r.framework === 'nationell')).toHaveLength(18);
    expect(regionOfMunicipality('Umeå')?.name).toBe('Västerbottens län');
    expect(regionOfMunicipality('Heby')?.name).toBe('Uppsala län');
  });

  it('names are in Swedish alphabetical order (å, ä, ö last)', () => {
    expect(REGIONS.skane.municipalities.slice(-4)).toEqual(['Åstorp', 'Ängelholm', 'Örkelljunga', 'Östra Göinge']);
  });
});
