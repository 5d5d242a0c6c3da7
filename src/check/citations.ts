/**
 * The sources rules cite, taken from `shared/domain/frameworks.md`: the
 * document, the row or section there, and its URL. A rule without a source is
 * a guess, so every rule names one of these.
 */
import type { Citation } from './types.js';

const S1 = 'https://docplayer.se/amp/127222415-Vagledning-for-familjecentraler-och-familjecentralsliknande-verksamheter-i-skane-reviderad-2018.html';
const S2 = 'https://vardgivare.skane.se/uppdrag-avtal/lov/vagledning-for-familjecentraler/';
const S3 = 'https://utveckling.skane.se/utvecklingsomraden/folkhalsa-och-social-hallbarhet/familjecentraler/';
const V1 = 'https://www.vardsamverkan.se/pagaende-uppdrag/samverkansavtal-familjecentraler/';
const O1 = 'http://docplayer.se/9453019-Kartlaggning-utifran-principoverenskommelse-om-samverkan-i-familjecentraler.html';
const O2 = 'https://familjecentraler.se/regionala_natvark/region-orebro-lan/';
const G1 = 'https://lawinsider.com/sv/contracts/9gQjIsz5Kwl';
const G2 =
  'https://www.vgregion.se/regional-utveckling/verksamhetsomraden/folkhalsa/kraftsamling-fullfoljda-studier/utvecklingsarbeten/livsvillkor-och-levnadsvanor/styrning-och-ledning--utmaningar-for-det-familjecentrerade-arbetssattet-i-goteborg/';

const SKANE = 'Vägledning för familjecentraler och familjecentralsliknande verksamheter i Skåne (rev. 2018)';
const SKANE_FOLLOWUP = 'Region Skåne: Vägledning för familjecentraler – uppföljning och ersättning';
const VG = 'Samverkansavtal för familjecentraler och familjecentralsliknande verksamheter i Västra Götaland (2024)';
const OREBRO = 'Kartläggning utifrån principöverenskommelse om samverkan i familjecentraler, Örebro län (2010)';
const GBG = 'Lokalt samverkansavtal familjecentraler, HSNG – SDN Västra Hisingen, Göteborg (2021)';

export const CITE = {
  // --- national definitions (frameworks.md §1.1) -------------------------------
  definition: {
    document: 'Föreningen för familjecentralers främjande (FFFF): Vad är en familjecentral?',
    section: 'frameworks.md §1.1 Definitioner: Familjecentral; Familjecentralsliknande verksamhet',
    url: 'https://familjecentraler.se/foreningen/vad-ar-en-familjecentral/',
  },
  coLocation: {
    document: 'Föreningen för familjecentralers främjande (FFFF): Vad är en familjecentral?',
    section: 'frameworks.md §1.1 Definitioner: Samlokalisering (hela den ordinarie verksamheten)',
    url: 'https://familjecentraler.se/foreningen/vad-ar-en-familjecentral/',
  },
  legs: {
    document: 'Kävlinge kommun: Kävlinge kommun vill etablera en familjecentral (2020)',
    section: 'frameworks.md §1.1 Vilken part driver vilken basverksamhet ("familjecentralens fyra ben")',
    url: 'https://www.kavlinge.se/kommunochpolitik/pressochinformationsmaterial/nyhetsarkiv/nyheter2020/kavlingekommunvilletableraenfamiljecentral.5.3675a0f417082c5b6167bb91.html',
  },
  frameworkVersions: {
    document: 'samverkan: frameworks.md, ramverkens versioner och när de trädde i kraft',
    section:
      'frameworks.md §1.2 (Skåne: vägledningen godkänd 2014-10-24, reviderad 2018), §1.3 (Västra Götaland: från 2024-03-01), §1.4 och §7.4 (Örebro län: antagen juni 2010)',
    url: 'https://skaneskommuner.se/news/familjecentraler-ska-kartlaggas-pa-uppdrag-av-regeringen/',
  },
  nationalMapping: {
    document: 'Folkhälsomyndigheten och Socialstyrelsen: Kartläggning av familjecentraler och familjecentralsliknande verksamheter (2023)',
    section: 'frameworks.md §1.1 Definitioner: Folkhälsomyndigheten (2023 mapping) – BHV samlokaliserad med minst en kommunal verksamhet',
    url: 'https://www.folkhalsomyndigheten.se/livsvillkor-levnadsvanor/halsa-i-olika-grupper/barn-och-unga/familjecentraler-och-familjecentralsliknande-verksamheter/',
  },
  socialstyrelsen2008: {
    document: 'Socialstyrelsen: Familjecentraler – en kartläggning (2008)',
    section: 'frameworks.md §1.1 Definitioner: Socialstyrelsen 2008 – samlokalisering av MHV, BHV, ÖF och socialtjänst',
    url: 'http://www.socialstyrelsen.se/publikationer2008/2008-131-16',
  },
  // --- follow-up evidence (frameworks.md §6) -----------------------------------
  staffing: {
    document: 'FFFF regionalt nätverk Östergötland',
    section: 'frameworks.md §6 "Att få med kvinnohälsovården/MHV" – kräv bemanning per basverksamhet',
    url: 'https://familjecentraler.se/regionala_natvark/ostergotland/',
  },
  openingHours: {
    document: 'FFFF regionalt nätverk Region Örebro län',
    section: 'frameworks.md §2.5 rad orebro.oppettider och §6 "Öppettiderna varierar" – närvaroschema per basverksamhet och beräknad samtidighet',
    url: O2,
  },
  management: {
    document: 'Region Uppsala, FoU-rapport: Familjecentraler i Uppsala län (2021)',
    section:
      'frameworks.md §2.6 rad uppsala.styrgrupp och §6 "Styrdokument och tydlig ledning med mandat saknas" – ledningsgrupp med alla basverksamheter och mötesfrekvens',
    url: 'https://regionuppsala.se/samverkanswebben/forskning-och-utbildning/fou-s/kunskapsbank-for-socialtjansten/familjecentraler-i-uppsala-lan/',
  },
  coordinator: {
    document: 'Västra Götalandsregionen: Styrning och ledning – utmaningar för det familjecentrerade arbetssättet i Göteborg',
    section: 'frameworks.md §2.4 rad gbg.koordinator och §6 "En gemensamt finansierad samordnare är avgörande"',
    url: G2,
  },
  staffMeetings: {
    document: 'Vibeke Bing: Bygga familjecentral – en introduktion (KAFO, samarbete)',
    section: 'frameworks.md §4 KAFO, samarbetsindikator 1: regelbundna gemensamma personalmöten',
    url: 'http://docplayer.se/49729280-Bygga-familjecentral-en-introduktion.html',
  },
  longTerm: {
    document: 'Högskolan i Borås: Familjecentral i centrum (Löfström 2009)',
    section: 'frameworks.md §6 "En familjecentral är inte billigare på kort sikt" – avtalstid längre än ett år eller förlängning',
    url: 'https://www.hb.se/om-hogskolan/aktuellt/nyhetsarkiv/2009/november/familjecentral-i-centrum/',
  },

  goals: {
    document: 'Högskolan i Borås: Familjecentral i centrum (Löfström 2009)',
    section: 'frameworks.md §6 "Huvudmännen styr var för sig" – gemensamma mål i avtalet',
    url: 'https://www.hb.se/om-hogskolan/aktuellt/nyhetsarkiv/2009/november/familjecentral-i-centrum/',
  },
  secrecy: {
    document: 'Kunskapsguiden: Samtycke',
    section: 'frameworks.md §3.4 Sekretess och personuppgifter – varje myndighet inhämtar och dokumenterar eget samtycke',
    url: 'https://kunskapsguiden.se/omraden-och-teman/funktionshinder/samordning-av-stod-till-barn-med-funktionsnedsattning/samtycke/',
  },
  personalData: {
    document: 'Landstinget Kalmar län: Familjecentraler (tystnadsplikt)',
    section:
      'frameworks.md §3.2 punkt 11 Sekretess, tystnadsplikt och personuppgifter (sammanställning: varje part personuppgiftsansvarig för sin behandling) och §3.4',
    url: 'http://www.ltkalmar.se/halsa-vard/barn-och-modrahalsovard/familjecentraler/',
  },
  // --- Göteborg local agreement (frameworks.md §2.4, §3.1) ------------------------
  gbgTerm: { document: GBG, section: 'frameworks.md §2.4 rad gbg.avtalstid – avtalstid med möjlighet till förlängning', url: G1 },
  gbgNotice: { document: GBG, section: 'frameworks.md §2.4 rad gbg.uppsagning – uppsägning och ändring', url: G1 },
  gbgSignatures: { document: GBG, section: 'frameworks.md §3.1 Göteborgs lokala avtal, avsnitt 13 Underskrifter', url: G1 },
  gbgCompetence: { document: GBG, section: 'frameworks.md §2.4 rad gbg.kompetensutveckling – gemensam kompetensutveckling', url: G1 },
  gbgDispute: { document: GBG, section: 'frameworks.md §2.4 rad gbg.tvist – tvistklausul', url: G1 },
  gbgIndexation: { document: GBG, section: 'frameworks.md §2.4 rad gbg.ekonomi – finansiering, ersättning, uppräkning, utbetalning', url: G1 },
  // --- Skåne (frameworks.md §2.1) -------------------------------------------------
  skaneInForce: {
    document: 'Skånes Kommuner: Familjecentraler ska kartläggas på uppdrag av regeringen (2022); Region Skåne: Vägledning för familjecentraler',
    section: 'frameworks.md §1.2 – vägledningen godkändes av hälso- och sjukvårdsnämnden 2014-10-24 och reviderades 2018',
    url: 'https://skaneskommuner.se/news/familjecentraler-ska-kartlaggas-pa-uppdrag-av-regeringen/',
  },
  skane2014SharedResponsibility: {
    document: 'Kommunförbundet Skåne: Strategi för inrättande av minst en familjecentral per kommun (om Vägledning 2014)',
    section:
      'frameworks.md §0 och sources/001 – Lokalt samverkansavtal: familjecentralens gemensamma ansvar (barnets rättigheter, samtidighet per vecka, gemensamt föräldrastöd, delaktighet och inflytande, gemensam utvärdering)',
    url: 'https://docplayer.se/amp/7915356-Vagledning-for-familjecentraler-och-familjecentralsliknande-verksamheter-i-skane-reviderad-2014.html',
  },
  skaneLegs: { document: SKANE, section: 'frameworks.md §1.2 – basverksamheterna MHV, BHV, ÖF och socialtjänst', url: S1 },
  skaneSignedAgreement: {
    document: SKANE_FOLLOWUP,
    section: 'frameworks.md §2.1 rad skane.lokalt_avtal – alla parter har undertecknat (villkor för ersättning)',
    url: S2,
  },
  skaneActivities: { document: SKANE_FOLLOWUP, section: 'frameworks.md §2.1 rad skane.deltagande_verksamheter', url: S2 },
  skanePlan: { document: SKANE_FOLLOWUP, section: 'frameworks.md §2.1 rad skane.verksamhetsplan – gemensam verksamhetsplan för innevarande år', url: S2 },
  skaneReport: {
    document: SKANE_FOLLOWUP,
    section: 'frameworks.md §2.1 rad skane.verksamhetsberattelse – gemensam verksamhetsberättelse för föregående år',
    url: S2,
  },
  skaneSimultaneity: { document: SKANE, section: 'frameworks.md §2.1 rad skane.samtidighet – samtidighet per vecka (gemensamt ansvar)', url: S1 },
  skaneParentSupport: { document: SKANE, section: 'frameworks.md §2.1 rad skane.gemensamt_foraldrastod – gemensamt föräldrastöd (gemensamt ansvar)', url: S1 },
  skaneEvaluation: {
    document: SKANE,
    section: 'frameworks.md §2.1 rad skane.gemensam_utvardering – gemensam utvärdering/uppföljning (gemensamt ansvar)',
    url: S1,
  },
  skaneChildRights: {
    document: 'Region Skåne: Familjecentraler (utveckling.skane.se)',
    section: 'frameworks.md §2.1 rad skane.barnets_rattigheter – barnets rättigheter (gemensamt ansvar)',
    url: S3,
  },
  skaneChildRightsTraining: {
    document: 'Region Skåne: Familjecentraler (utveckling.skane.se)',
    section: 'frameworks.md §2.1 rad skane.barnrattsutbildning – barnrättsutbildning erbjuds all personal',
    url: S3,
  },
  skaneParticipation: {
    document: SKANE,
    section: 'frameworks.md §2.1 rad skane.delaktighet_inflytande – delaktighets- och inflytandearbete (gemensamt ansvar)',
    url: S1,
  },
  // --- Västra Götaland (frameworks.md §2.3) ----------------------------------------
  vgActivities: { document: VG, section: 'frameworks.md §2.3 rad vg.basverksamheter – BHV och minst en av ÖF, MHV, socialtjänst', url: V1 },
  vgArea: { document: VG, section: 'frameworks.md §2.3 rad vg.innehall.verksamhetsomrade – 1. Verksamhetsområde och målgrupp', url: V1 },
  vgParties: { document: VG, section: 'frameworks.md §2.3 rad vg.innehall.parter_samlokalisation – 2. Samverkande parter och samlokalisation', url: V1 },
  vgServices: { document: VG, section: 'frameworks.md §2.3 rad vg.innehall.insatser – 3. Insatser, åtagande och kompetens', url: V1 },
  vgOrganisation: { document: VG, section: 'frameworks.md §2.3 rad vg.innehall.organisation – 4. Organisation, ledning och styrning', url: V1 },
  vgGoals: { document: VG, section: 'frameworks.md §2.3 rad vg.innehall.mal_uppfoljning – 5. Mål och uppföljning', url: V1 },
  vgDevelopment: { document: VG, section: 'frameworks.md §2.3 rad vg.innehall.utveckling – 6. Inriktning för fortsatt utveckling', url: V1 },
  vgInForce: { document: VG, section: 'frameworks.md §1.3 och §2.3 – samverkansavtalet gäller från 2024-03-01', url: V1 },
  vgEconomy: { document: VG, section: 'frameworks.md §2.3 rad vg.innehall.mall_ekonomi – 7. Ett samverkansavtals delar inkl. ekonomi', url: V1 },
  // --- Örebro (frameworks.md §2.5) ---------------------------------------------------
  orebroReview: { document: OREBRO, section: 'frameworks.md §2.5 rad orebro.oversyn – översyn av avtalet vart tredje år', url: O1 },
  orebroKafo: { document: OREBRO, section: 'frameworks.md §2.5 rad orebro.kafo – KAFO som kvalitetssäkringsmetod vid översynen', url: O1 },
  orebroAdopted: { document: OREBRO, section: 'frameworks.md §1.4 och §7.4 – principöverenskommelsen antogs 2010 (juni 2010 enligt sources/003)', url: O1 },
  orebroChild: { document: OREBRO, section: 'frameworks.md §2.5 rad orebro.barnperspektiv – barnperspektiv och barnets bästa', url: O1 },
} satisfies Record<string, Citation>;
