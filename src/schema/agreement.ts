/**
 * The JSON Schemas (draft 2020-12) of an agreement, built as data.
 *
 * One shape holds what every agreement may contain. The schema asks only that
 * an agreement be readable and of the right form (a date is a date, a value is
 * one of its allowed values, no unknown keys, ids well formed): a missing
 * section or value is never an error. Whether the content meets an obligation,
 * and what cannot be judged because it is missing, is the checker's to say.
 *
 * `schemas/*.schema.json` are generated from this module (`npm run generate`),
 * and a test fails when they are stale.
 */
import {
  BASE_ACTIVITIES,
  EXTENSION_KINDS,
  SECTION_MARKERS,
  CENTRE_TYPES,
  CO_LOCATION,
  FRAMEWORK_IDS,
  PARTY_KINDS,
  USER_SURVEY,
  WEEKDAYS,
  type FrameworkId,
} from '../core/model.js';

export type JsonSchema = { [key: string]: unknown };

const text = (title: string, description: string, extra: JsonSchema = {}): JsonSchema => ({
  type: 'string',
  title,
  description,
  minLength: 1,
  maxLength: 20000,
  ...extra,
});
const date = (title: string, description: string): JsonSchema => ({ type: 'string', format: 'date', title, description });
const time = (title: string, description: string): JsonSchema => ({ type: 'string', format: 'tid', title, description });
const int = (title: string, description: string, minimum = 0, maximum?: number): JsonSchema => ({
  type: 'integer',
  title,
  description,
  minimum,
  ...(maximum === undefined ? {} : { maximum }),
});
const num = (title: string, description: string, minimum = 0, maximum?: number): JsonSchema => ({
  type: 'number',
  title,
  description,
  minimum,
  ...(maximum === undefined ? {} : { maximum }),
});
const bool = (title: string, description: string): JsonSchema => ({ type: 'boolean', title, description });
const oneOfValues = (title: string, description: string, values: readonly string[]): JsonSchema => ({
  type: 'string',
  enum: [...values],
  title,
  description,
});
const obj = (title: string, description: string, properties: Record<string, JsonSchema>, required: string[] = []): JsonSchema => ({
  type: 'object',
  title,
  description,
  properties,
  ...(required.length > 0 ? { required } : {}),
  additionalProperties: false,
});
const list = (title: string, description: string, items: JsonSchema, minItems = 0): JsonSchema => ({
  type: 'array',
  title,
  description,
  items,
  ...(minItems > 0 ? { minItems } : {}),
  maxItems: 200,
});

/**
 * An optional section: its content (an object or a list), or one of the texts
 * `ingår inte` (the agreement does not contain it) and `uppgift saknas` (not
 * known). `type` lists the content's type first, so readers of the schema see
 * the content's shape.
 */
export const section = (content: JsonSchema): JsonSchema => {
  const { type, ...rest } = content;
  return {
    ...rest,
    type: [type as string, 'string'],
    anyOf: [{ type: type as string }, { type: 'string', enum: [...SECTION_MARKERS] }],
  };
};

/** The content type of a schema node: `object` for a section that may also be a marker text. */
export function schemaType(s: JsonSchema): string | undefined {
  return Array.isArray(s.type) ? (s.type[0] as string) : (s.type as string | undefined);
}

const activity = (title: string, description: string) => oneOfValues(title, description, BASE_ACTIVITIES);

const timeSlot = (extra: Record<string, JsonSchema> = {}): JsonSchema =>
  obj(
    'Tidpunkt',
    'En återkommande tid varje vecka: veckodag, starttid och sluttid.',
    {
      dag: oneOfValues('Veckodag', 'Veckodagen, med små bokstäver: måndag … söndag.', WEEKDAYS),
      från: time('Från klockan', 'Starttid, HH:MM (24-timmars), t.ex. "08:00".'),
      till: time('Till klockan', 'Sluttid, HH:MM (24-timmars); måste ligga efter starttiden.'),
      ...extra,
    },
    ['dag', 'från', 'till'],
  );

/** The shape every agreement shares, whatever its framework. */
function baseProperties(): Record<string, JsonSchema> {
  return {
    ramverk: oneOfValues(
      'Ramverk',
      'Det ramverk (i den version som gällde) som avtalet följer: skane-2014 (Vägledning för familjecentraler i Skåne, 2014), skane-2018 (samma vägledning, reviderad 2018), vg-2024 (Samverkansavtal för familjecentraler i Västra Götaland, från 2024-03-01), orebro-2010 (Principöverenskommelse om samverkan i familjecentraler i Örebro län) eller nationell (de nationella definitionerna, för regioner utan regionalt ramverk och för avtal från tiden innan ramverket fanns). Styr vilka regler avtalet granskas mot.',
      FRAMEWORK_IDS,
    ),
    avtal: obj(
      'Avtalet',
      'Uppgifter om själva avtalet: id, version eller diarienummer, beslut och giltighetstid.',
      {
        id: {
          type: 'string',
          format: 'slug',
          title: 'Avtals-id',
          description:
            'Ett stabilt id som är unikt i regionen, med små bokstäver a–z, siffror och bindestreck, t.ex. eslov-solrosen. Används som filnamn vid export.',
        },
        version: int(
          'Version',
          'Avtalets versionsnummer, 1 för det första avtalet; höjs vid varje revidering. Utelämnas när avtalet identifieras med datum eller diarienummer.',
          1,
          999,
        ),
        diarienummer: text('Diarienummer', 'Avtalets diarienummer, t.ex. "HSN 2021-00123".', { maxLength: 100 }),
        beslutat: date('Beslutat', 'Datum då de ansvariga nämnderna beslutade om avtalet, ÅÅÅÅ-MM-DD.'),
        giltighet: section(
          obj('Giltighet', 'Avtalets giltighetstid, förlängning och uppsägning.', {
            från: date('Gäller från', 'Första dagen avtalet gäller, ÅÅÅÅ-MM-DD.'),
            till: date('Gäller till', 'Sista dagen avtalet gäller, ÅÅÅÅ-MM-DD. Utelämnas om avtalet gäller tills vidare.'),
            förlängning: obj('Förlängning', 'Hur avtalet kan förlängas efter avtalstiden. Utelämnas när avtalet inte kan förlängas.', {
              typ: oneOfValues(
                'Typ av förlängning',
                'automatisk: avtalet förlängs om ingen part säger upp det (standard). option: avtalet kan förlängas genom ett beslut, t.ex. "förlängning med högst 12 månader".',
                EXTENSION_KINDS,
              ),
              år: int('År per förlängning', 'Hur många år avtalet förlängs med varje gång.', 1, 10),
              månader: int('Månader per förlängning', 'Hur många månader avtalet förlängs med varje gång (i stället för år).', 1, 120),
              gånger: int('Antal förlängningar', 'Hur många gånger avtalet kan förlängas; utelämnas om obegränsat.', 1, 10),
            }),
            uppsägningstid_månader: int('Uppsägningstid (månader)', 'Ömsesidig uppsägningstid i månader; uppsägning sker skriftligen.', 0, 36),
          }),
        ),
      },
      ['id'],
    ),
    familjecentral: obj(
      'Familjecentralen',
      'Den familjecentral eller familjecentralsliknande verksamhet som avtalet gäller.',
      {
        namn: text('Namn', 'Familjecentralens namn, t.ex. "Familjecentralen Solrosen".', { maxLength: 200 }),
        typ: oneOfValues(
          'Typ',
          'familjecentral: alla fyra basverksamheter (mödrahälsovård, barnhälsovård, öppen förskola, förebyggande socialtjänst) samlokaliserade. familjecentralsliknande: barnhälsovård och minst en kommunal verksamhet.',
          CENTRE_TYPES,
        ),
        kommun: text('Kommun', 'Kommunen där familjecentralen ligger, utan "kommun", t.ex. "Eslöv".', { maxLength: 100 }),
        adress: text('Adress', 'Besöksadress med postnummer och ort.', { maxLength: 300 }),
        upptagningsområde: text('Upptagningsområde', 'Det geografiska område som familjecentralen betjänar.'),
        målgrupp: text('Målgrupp', 'Vilka familjecentralen vänder sig till, t.ex. blivande föräldrar och familjer med barn 0–6 år.'),
        lokaler: section(
          obj('Lokaler', 'Hur verksamheterna delar lokaler.', {
            gemensam_entré: bool('Gemensam entré', 'true om alla basverksamheter nås genom en gemensam entré.'),
            samma_plan: bool('Samma plan', 'true om verksamheterna finns på samma plan (tidigare praxis i bl.a. Lysekil).'),
            samma_byggnad: bool('Samma byggnad', 'true om verksamheterna finns i samma byggnad, även utan gemensam entré (frågan i Örebro läns kartläggning).'),
            beskrivning: text('Beskrivning', 'Lokalerna med ord: entré, väntrum, lekhall, samtalsrum.'),
          }),
        ),
      },
      ['namn'],
    ),
    syfte: text('Syfte', 'Familjecentralens syfte, med barnets och familjens bästa i centrum.'),
    mål: section(list('Mål', 'Familjecentralens gemensamma mål (inte en enskild parts mål), ett per rad.', text('Mål', 'Ett gemensamt mål.'), 1)),
    utveckling: text('Inriktning för fortsatt utveckling', 'Vad verksamheten ska utveckla under avtalsperioden.'),
    parter: list(
      'Parter',
      'Avtalets parter (huvudmän): normalt regionen och kommunen, ibland en tredje part (t.ex. en församling som driver öppen förskola).',
      obj(
        'Part',
        'En huvudman som undertecknar avtalet.',
        {
          id: {
            type: 'string',
            format: 'slug',
            title: 'Part-id',
            description: 'Kort id som resten av avtalet hänvisar till, t.ex. region eller kommun.',
          },
          typ: oneOfValues('Typ av part', 'region, kommun eller annan. Utelämnas när id är region eller kommun.', PARTY_KINDS),
          organisation: text('Organisation', 'Organisationens namn, t.ex. "Region Skåne" eller "Eslövs kommun".', { maxLength: 200 }),
          organisationsnummer: {
            type: 'string',
            format: 'orgnr',
            title: 'Organisationsnummer',
            description: 'Organisationsnummer i formen NNNNNN-NNNN, t.ex. 212000-1132.',
          },
          nämnd: {
            type: ['string', 'array'],
            title: 'Ansvarig nämnd',
            description:
              'Den nämnd som ansvarar för avtalet hos parten, eller en lista när flera nämnder är part för samma sida (t.ex. socialnämnden och bildningsnämnden).',
            minLength: 1,
            maxLength: 200,
            items: { type: 'string', minLength: 1, maxLength: 200 },
            minItems: 1,
            maxItems: 10,
          },
          kortnamn: text('Kortnamn', 'Det namn avtalet använder för parten efter partsavsnittet, t.ex. "Regionen", "Kommunen" eller "Församlingen".', {
            maxLength: 60,
          }),
          beslut: obj('Beslut', 'Partens beslut att ingå avtalet.', {
            organ: text('Beslutande organ', 'Det organ som beslutade, t.ex. "Socialnämnden".', { maxLength: 200 }),
            datum: date('Beslutsdatum', 'Datum för beslutet, ÅÅÅÅ-MM-DD.'),
            paragraf: text('Paragraf', 'Paragraf i protokollet, t.ex. "§ 112".', { maxLength: 50 }),
            diarienummer: text('Diarienummer', 'Ärendets diarienummer, t.ex. "SN 2025/123".', { maxLength: 100 }),
          }),
        },
        ['id', 'organisation'],
      ),
    ),
    basverksamheter: list(
      'Basverksamheter',
      'De basverksamheter som ingår: mödrahälsovård, barnhälsovård, öppen_förskola och socialtjänst (förebyggande).',
      obj(
        'Basverksamhet',
        'En basverksamhet, vem som driver den, bemanning och närvaro.',
        {
          verksamhet: activity('Verksamhet', 'mödrahälsovård, barnhälsovård, öppen_förskola eller socialtjänst.'),
          part: { type: 'string', title: 'Ansvarig part', description: 'Id för den part som driver verksamheten (se parter).' },
          samlokaliserad: oneOfValues(
            'Samlokaliserad',
            'helt: hela den ordinarie verksamheten finns på familjecentralen. delvis: en del av verksamheten. nej: inte samlokaliserad.',
            CO_LOCATION,
          ),
          åtagande: text('Åtagande och insatser', 'Vad verksamheten åtar sig och erbjuder på familjecentralen.'),
          bemanning: list(
            'Bemanning',
            'Personal på familjecentralen, per yrke.',
            obj(
              'Tjänst',
              'Ett yrke och dess tjänstgöringsgrad.',
              {
                yrke: text('Yrke', 'T.ex. barnmorska, BVC-sjuksköterska, förskollärare, socialsekreterare.', { maxLength: 100 }),
                tjänstgöringsgrad: num('Tjänstgöringsgrad', 'Antal heltidstjänster, t.ex. 0.5 för halvtid eller 1.5 för en och en halv tjänst.', 0, 50),
              },
              ['yrke', 'tjänstgöringsgrad'],
            ),
          ),
          närvaro: list('Närvaro', 'Tider varje vecka då verksamheten finns på plats på familjecentralen.', timeSlot()),
        },
        ['verksamhet'],
      ),
    ),
    samtidighet: section(
      obj('Samtidighet', 'Tid varje vecka då alla basverksamheter finns på plats samtidigt.', {
        timmar_per_vecka: num(
          'Timmar per vecka',
          'Antal timmar per vecka med samtidighet, enligt avtalet (t.ex. "minst 20 timmar samtidigt"). Utan närvaroscheman bedöms de angivna timmarna.',
          0,
          168,
        ),
        tillfällen: list(
          'Tillfällen',
          'De återkommande tillfällena med samtidighet, med innehåll.',
          timeSlot({ innehåll: text('Innehåll', 'Vad som erbjuds, t.ex. öppen verksamhet med föräldracafé.', { maxLength: 500 }) }),
        ),
      }),
    ),
    gemensamt_ansvar: section(
      obj('Gemensamt ansvar', 'Verksamheternas gemensamma ansvarsområden.', {
        barnets_rättigheter: section(
          obj('Barnets rättigheter', 'Hur familjecentralen arbetar med barnets rättigheter (barnkonventionen).', {
            beskrivning: text('Beskrivning', 'Arbetet med barnets rättigheter och barnets perspektiv.'),
            barnrättsutbildning: bool('Barnrättsutbildning', 'true om personalen går barnrättsutbildning.'),
          }),
        ),
        föräldrastöd: section(
          obj('Gemensamt föräldrastöd', 'Föräldraskapsstöd som verksamheterna planerar och genomför tillsammans.', {
            beskrivning: text('Beskrivning', 'Det gemensamma föräldrastödet.'),
            jämställt_föräldraskap: text('Jämställt föräldraskap', 'Hur stödet når båda föräldrarna, t.ex. pappagrupper.'),
            aktiviteter: list(
              'Aktiviteter',
              'Föräldrastödsaktiviteter och vilka basverksamheter som genomför dem.',
              obj(
                'Aktivitet',
                'En gemensam föräldrastödsaktivitet.',
                {
                  namn: text('Namn', 'Aktivitetens namn, t.ex. Föräldragrupp för förstagångsföräldrar.', { maxLength: 200 }),
                  verksamheter: {
                    ...list('Verksamheter', 'De basverksamheter som genomför aktiviteten tillsammans.', activity('Verksamhet', 'En basverksamhet.'), 1),
                    uniqueItems: true,
                  },
                  tillfällen_per_år: int('Tillfällen per år', 'Hur många gånger per år aktiviteten genomförs.', 0, 365),
                },
                ['namn', 'verksamheter'],
              ),
            ),
          }),
        ),
        delaktighet_och_inflytande: section(
          obj('Delaktighet och inflytande', 'Hur föräldrar och barn görs delaktiga och får inflytande.', {
            beskrivning: text('Beskrivning', 'Arbetet med delaktighet och inflytande.'),
            brukarråd: bool('Brukarråd', 'true om familjecentralen har ett brukarråd eller föräldraråd.'),
            brukarenkät: oneOfValues('Brukarenkät', 'Hur ofta en brukarenkät görs: årlig, vartannat_år eller ingen.', USER_SURVEY),
          }),
        ),
        utvärdering: section(
          obj('Gemensam utvärdering', 'Hur samverkan utvärderas gemensamt.', {
            beskrivning: text('Beskrivning', 'Den gemensamma utvärderingen.'),
            metod: text('Metod', 'Utvärderingsmetod, t.ex. KAFO eller självreflektionsinstrument.', { maxLength: 200 }),
            intervall_månader: int('Intervall (månader)', 'Hur ofta utvärderingen görs, i månader (12 = varje år).', 1, 60),
          }),
        ),
      }),
    ),
    organisation: section(
      obj('Organisation, ledning och styrning', 'Ledningsgrupp, styrgrupp, samordnare och gemensamma forum.', {
        ledningsgrupp: section(
          obj('Ledningsgrupp', 'Lokal ledningsgrupp med chefer från basverksamheterna.', {
            medlemmar: list(
              'Medlemmar',
              'En chef från varje basverksamhet.',
              obj(
                'Medlem',
                'En medlem i ledningsgruppen.',
                {
                  verksamhet: activity('Verksamhet', 'Den basverksamhet medlemmen företräder.'),
                  roll: text('Roll', 'Medlemmens befattning, t.ex. vårdenhetschef.', { maxLength: 200 }),
                  namn: text('Namn', 'Medlemmens namn (valfritt).', { maxLength: 200 }),
                },
                ['verksamhet', 'roll'],
              ),
            ),
            möten_per_år: int('Möten per år', 'Hur många gånger per år ledningsgruppen möts.', 0, 365),
            mandat: text('Mandat', 'Ledningsgruppens mandat och ansvar.'),
          }),
        ),
        styrgrupp: section(
          obj('Styrgrupp', 'Styrgrupp på huvudmannanivå.', {
            beskrivning: text('Beskrivning', 'Styrgruppens sammansättning och uppdrag.'),
            möten_per_år: int('Möten per år', 'Hur många gånger per år styrgruppen möts.', 0, 365),
          }),
        ),
        styrgrupper: section(
          list(
            'Styrgrupper',
            'En eller flera styrgrupper, när avtalet styrs av styrgrupper (t.ex. en för det familjecentrerade arbetssättet och en per familjecentral).',
            obj('Styrgrupp', 'En styrgrupp.', {
              namn: text('Namn', 'Styrgruppens namn, t.ex. "Styrgrupp familjecentral".', { maxLength: 200 }),
              beskrivning: text('Beskrivning', 'Styrgruppens uppdrag och mandat.'),
              ledamöter: list(
                'Ledamöter',
                'Styrgruppens ledamöter med roll och den part de företräder.',
                obj(
                  'Ledamot',
                  'En ledamot i styrgruppen.',
                  {
                    roll: text('Roll', 'Ledamotens befattning, t.ex. enhetschef öppen förskola.', { maxLength: 200 }),
                    part: { type: 'string', title: 'Part', description: 'Id för den part ledamoten företräder (se parter).' },
                  },
                  ['roll'],
                ),
              ),
              möten_per_år: int('Möten per år', 'Hur många gånger per år styrgruppen möts.', 0, 365),
            }),
          ),
        ),
        samordnare: section(
          obj('Samordnare', 'Familjecentralens samordnare eller koordinator.', {
            anställd_av: { type: 'string', title: 'Anställd av', description: 'Id för den part som anställer samordnaren (se parter).' },
            tjänstgöringsgrad: num('Tjänstgöringsgrad', 'Samordnarens tjänst, t.ex. 0.5 för halvtid.', 0, 5),
            kostnadsfördelning: {
              type: 'object',
              title: 'Kostnadsfördelning',
              description: 'Hur kostnaden för samordnaren delas, i procent per part-id, t.ex. { region: 50, kommun: 50 }.',
              additionalProperties: { type: 'number', minimum: 0, maximum: 100 },
              maxProperties: 10,
            },
            uppdrag: text('Uppdrag', 'Samordnarens uppdrag.'),
          }),
        ),
        personalmöten_per_år: int('Personalmöten per år', 'Hur många gemensamma personalmöten (APT) som hålls per år.', 0, 365),
        kompetensutveckling: text('Gemensam kompetensutveckling', 'Hur personalen utbildas tillsammans.'),
        handledning: text('Gemensam handledning', 'Gemensam handledning för personalen.'),
      }),
    ),
    verksamhetsplan: section(
      obj(
        'Verksamhetsplan',
        'Den gemensamma verksamhetsplanen för innevarande år: en uppföljningsuppgift som förs in varje år, inte en avtalsklausul.',
        {
          år: int('År', 'Det år planen gäller.', 2000, 2100),
          fastställd: date('Fastställd', 'Datum då planen fastställdes.'),
        },
        ['år'],
      ),
    ),
    verksamhetsberättelse: section(
      obj(
        'Verksamhetsberättelse',
        'Den gemensamma verksamhetsberättelsen för föregående år: en uppföljningsuppgift som förs in varje år, inte en avtalsklausul.',
        {
          år: int('År', 'Det år berättelsen avser.', 2000, 2100),
          fastställd: date('Fastställd', 'Datum då berättelsen fastställdes.'),
        },
        ['år'],
      ),
    ),
    ekonomi: section(
      obj('Ekonomi', 'Finansiering, kostnadsfördelning och uppräkning.', {
        kostnadsfördelning: text('Kostnadsfördelning', 'Hur parterna delar gemensamma kostnader.'),
        uppräkning: text('Uppräkning', 'Hur gemensamma kostnader räknas upp, t.ex. med prisindex för kommunal verksamhet (PKV).'),
        lokalkostnader: text('Lokalkostnader', 'Hyra och andra lokalkostnader.'),
      }),
    ),
    sekretess: text('Sekretess och personuppgifter', 'Hur sekretess, samtycke och personuppgiftsansvar hanteras mellan parterna.'),
    tvist: text('Tvist', 'Hur tvister mellan parterna löses.'),
    avtalets_art: text('Avtalets art och omfattning', 'Vad för slags avtal detta är och vad det reglerar.'),
    omorganisation: text('Omorganisation', 'Vad som gäller när en part omorganiseras, t.ex. när en nämnds ansvar flyttas.'),
    hävning: text('Hävning', 'När och hur en part får häva avtalet.'),
    dialog: text('Dialog mellan parterna', 'Hur och hur ofta parterna möts för att följa upp avtalet.'),
    ersättning: section(
      obj('Ersättning och betalning', 'Ersättning mellan parterna, belopp, indexering och betalning.', {
        beskrivning: text('Beskrivning', 'Vad ersättningen avser och hur den bestäms.'),
        belopp: list(
          'Belopp',
          'Belopp per år och part.',
          obj(
            'Belopp',
            'Ett årligt belopp som en part betalar.',
            {
              part: { type: 'string', title: 'Part', description: 'Id för den part som betalar (se parter).' },
              kronor_per_år: num('Kronor per år', 'Beloppet i kronor per år.', 0, 1e9),
              avser: text('Avser', 'Vad beloppet avser.', { maxLength: 500 }),
            },
            ['part', 'kronor_per_år'],
          ),
        ),
        indexering: text('Indexering', 'Hur beloppen räknas upp, t.ex. med prisindex för kommunal verksamhet (PKV).'),
        betalning: text('Betalning', 'När och hur betalning sker, t.ex. kvartalsvis mot faktura.'),
      }),
    ),
    bilagor: section(
      list(
        'Bilagor',
        'Bilagor till avtalet, i den ordning de numreras.',
        obj(
          'Bilaga',
          'En bilaga till avtalet.',
          {
            titel: text('Titel', 'Bilagans titel.', { maxLength: 300 }),
            beskrivning: text('Beskrivning', 'Vad bilagan innehåller.'),
          },
          ['titel'],
        ),
      ),
    ),
    översyn: section(
      obj('Översyn', 'Översyn av avtalet (i Örebro län vart tredje år med KAFO).', {
        intervall_år: int('Intervall (år)', 'Hur ofta avtalet ses över, i år.', 1, 10),
        senast: date('Senaste översyn', 'Datum för senaste översyn.'),
        nästa: date('Nästa översyn', 'Planerat datum för nästa översyn.'),
        metod: text('Metod', 'Metod för översynen, t.ex. KAFO.', { maxLength: 200 }),
        kafo: obj('KAFO-resultat', 'Resultat från senaste KAFO-kartläggningen, 0–14 per dimension.', {
          samordning: num('Samordning', 'Graden av samordning av resurser.', 0, 14),
          samarbete: num('Samarbete', 'Graden av samarbete i det löpande arbetet.', 0, 14),
        }),
      }),
    ),
    underskrifter: section(
      list(
        'Underskrifter',
        'En underskrift per part.',
        obj(
          'Underskrift',
          'Den som undertecknar för en part.',
          {
            part: { type: 'string', title: 'Part', description: 'Id för den part som undertecknar (se parter).' },
            namn: text('Namn', 'Undertecknarens namn.', { maxLength: 200 }),
            titel: text('Titel', 'Undertecknarens befattning.', { maxLength: 200 }),
            ort: text('Ort', 'Ort för undertecknandet.', { maxLength: 100 }),
            datum: date('Datum', 'Datum för undertecknandet, ÅÅÅÅ-MM-DD.'),
          },
          ['part', 'namn', 'titel'],
        ),
      ),
    ),
    avvikelser: list(
      'Avvikelser',
      'Godkända avvikelser från en regel i granskningen.',
      obj(
        'Avvikelse',
        'En godkänd avvikelse från en regel.',
        {
          regel: { type: 'string', title: 'Regel', description: 'Regelns id, t.ex. skane.samtidighet.', pattern: '^[a-z0-9_.-]+$', maxLength: 100 },
          skäl: text('Skäl', 'Varför avvikelsen är godkänd.'),
          godkänd_av: text('Godkänd av', 'Vem som godkände avvikelsen.', { maxLength: 200 }),
          till: date('Gäller till', 'Sista dag avvikelsen gäller.'),
        },
        ['regel', 'skäl', 'godkänd_av'],
      ),
    ),
  };
}

/**
 * What each framework asks a local agreement to contain. It is *not* part of
 * the schema: a missing section is never a validation error (the rules judge it
 * `ej bedömt`). `samverkan new` names these sections in a new agreement's
 * skeleton, and the schema reference lists them per framework.
 */
export interface FrameworkRequirement {
  /** Path of property names to an object ('*' steps into list items); [] is the root. */
  at: string[];
  required: string[];
}

const SKANE_REQUIREMENTS: FrameworkRequirement[] = [
  { at: [], required: ['samtidighet', 'gemensamt_ansvar', 'organisation', 'verksamhetsplan', 'verksamhetsberättelse', 'underskrifter'] },
  { at: ['samtidighet'], required: ['timmar_per_vecka', 'tillfällen'] },
  { at: ['gemensamt_ansvar'], required: ['barnets_rättigheter', 'föräldrastöd', 'delaktighet_och_inflytande', 'utvärdering'] },
];

export const FRAMEWORK_REQUIREMENTS: Record<FrameworkId, FrameworkRequirement[]> = {
  // Skåne: the five shared-responsibility areas of the local agreement
  // (sources/001), and the yearly plan and report that condition payment (S2).
  'skane-2014': SKANE_REQUIREMENTS,
  'skane-2018': SKANE_REQUIREMENTS,
  // Västra Götaland: the seven description areas of the 2024 agreement (V1).
  'vg-2024': [
    { at: [], required: ['mål', 'utveckling', 'organisation', 'ekonomi', 'gemensamt_ansvar', 'underskrifter'] },
    { at: ['familjecentral'], required: ['upptagningsområde', 'målgrupp', 'lokaler'] },
    { at: ['basverksamheter', '*'], required: ['åtagande', 'bemanning'] },
    { at: ['gemensamt_ansvar'], required: ['utvärdering'] },
  ],
  // Örebro: review every third year with the KAFO model (O1).
  'orebro-2010': [
    { at: [], required: ['syfte', 'översyn', 'organisation', 'underskrifter'] },
    { at: ['översyn'], required: ['intervall_år', 'metod'] },
  ],
  // The national definitions ask for no particular section of a local agreement.
  nationell: [],
};

export const FRAMEWORK_TITLES: Record<FrameworkId, string> = {
  'skane-2014': 'Vägledning för familjecentraler och familjecentralsliknande verksamheter i Skåne (2014)',
  'skane-2018': 'Vägledning för familjecentraler och familjecentralsliknande verksamheter i Skåne (rev. 2018)',
  'vg-2024': 'Samverkansavtal för familjecentraler och familjecentralsliknande verksamheter i Västra Götaland (2024)',
  'orebro-2010': 'Principöverenskommelse om samverkan i familjecentraler i Örebro län (2010)',
  nationell: 'Nationella definitioner av familjecentral och familjecentralsliknande verksamhet (FFFF, Socialstyrelsen 2008, Folkhälsomyndigheten 2023)',
};

export const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

export function schemaId(name: FrameworkId | 'agreement'): string {
  return `urn:samverkan:schema:${name}:v1`;
}

/**
 * The complete, self-contained schema for one framework, or (without an
 * argument) the common schema every agreement must meet.
 */
export function agreementSchema(framework?: FrameworkId): JsonSchema {
  const properties = baseProperties();
  const schema: JsonSchema = {
    $schema: SCHEMA_DIALECT,
    $id: schemaId(framework ?? 'agreement'),
    title: framework ? `Lokalt samverkansavtal enligt ${FRAMEWORK_TITLES[framework]}` : 'Lokalt samverkansavtal för familjecentral',
    description:
      'Ett lokalt samverkansavtal mellan region och kommun för en familjecentral eller familjecentralsliknande verksamhet, skrivet i YAML för samverkan.',
    type: 'object',
    properties,
    required: ['ramverk', 'avtal', 'familjecentral'],
    additionalProperties: false,
  };
  if (framework) properties.ramverk = { ...properties.ramverk, enum: [framework] };
  return schema;
}
