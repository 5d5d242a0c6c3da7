/**
 * The browser editor in a real browser (Debian's chromium through
 * playwright-core): the self-contained page built by `npm run build:web`,
 * driven as an officer would, under its Content Security Policy (any
 * violation or console error fails the test) and checked with axe-core.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { validateAgreementText } from '../src/core/validate.js';
import { checkAgreement, parseIsoDate } from '../src/check/index.js';
import { AGREEMENTS, BIN, cli, ROOT, tempDir } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const PAGE = join(ROOT, 'dist/web/samverkan.html');
const SHOTS = process.env.EDITOR_SCREENSHOTS ?? tempDir('samverkan-editor-shots-');
const AS_OF = '2026-03-01';
const EXAMPLES = readdirSync(AGREEMENTS)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

const bv = (i: number, yrke: string, grad: number): [string, unknown][] => [
  [`/basverksamheter/${i}/samlokaliserad`, 'helt'],
  [`/basverksamheter/${i}/bemanning/0/tjänstgöringsgrad`, grad],
  [`/basverksamheter/${i}/närvaro/0/dag`, 'tisdag'],
  [`/basverksamheter/${i}/närvaro/0/från`, '08:00'],
  [`/basverksamheter/${i}/närvaro/0/till`, '16:00'],
  [`/basverksamheter/${i}/åtagande`, `${yrke} finns på plats.`],
];
/** What an officer fills in (or marks "uppgift saknas") for a clean skane-2018 agreement from `new`. */
const CLEAN_EDITS: [string, unknown][] = [
  ['/avtal/beslutat', '2025-11-14'],
  ['/avtal/diarienummer', 'SN 2025/123'],
  ['/organisation/styrgrupper', undefined],
  ['/avtal/giltighet/från', '2026-01-01'],
  ['/avtal/giltighet/till', '2028-12-31'],
  ['/avtal/giltighet/uppsägningstid_månader', 6],
  ['/familjecentral/adress', 'Storgatan 1, 241 30 Eslöv'],
  ['/familjecentral/upptagningsområde', 'Eslövs tätort'],
  ['/familjecentral/målgrupp', 'Blivande föräldrar och familjer med barn 0–6 år'],
  ['/familjecentral/lokaler/gemensam_entré', true],
  ['/familjecentral/lokaler/beskrivning', 'Gemensam entré och lekhall.'],
  ['/syfte', 'En mötesplats med samlat stöd där barnets bästa står i centrum.'],
  ['/mål/0', 'Alla förstagångsföräldrar erbjuds föräldragrupp.'],
  ['/utveckling', 'Föräldraskapsstöd till unga föräldrar.'],
  ['/parter/0/nämnd', 'Hälso- och sjukvårdsnämnden'],
  ['/parter/0/kortnamn', 'Regionen'],
  ['/parter/0/beslut', undefined],
  ['/parter/1/organisationsnummer', '212000-1132'],
  ['/parter/1/nämnd', 'Socialnämnden'],
  ['/parter/1/kortnamn', 'Kommunen'],
  ['/parter/1/beslut', undefined],
  ...bv(0, 'Barnmorska', 0.8),
  ...bv(1, 'BVC-sjuksköterska', 1.5),
  ...bv(2, 'Förskollärare', 1),
  ...bv(3, 'Socialsekreterare', 0.5),
  ['/samtidighet/timmar_per_vecka', 8],
  ['/samtidighet/tillfällen/0/dag', 'tisdag'],
  ['/samtidighet/tillfällen/0/från', '08:00'],
  ['/samtidighet/tillfällen/0/till', '16:00'],
  ['/samtidighet/tillfällen/0/innehåll', 'Öppen verksamhet'],
  ['/gemensamt_ansvar/barnets_rättigheter/beskrivning', 'Barnkonventionen är lag.'],
  ['/gemensamt_ansvar/barnets_rättigheter/barnrättsutbildning', true],
  ['/gemensamt_ansvar/föräldrastöd/beskrivning', 'Gemensamt föräldraskapsstöd.'],
  ['/gemensamt_ansvar/föräldrastöd/jämställt_föräldraskap', 'Pappagrupper.'],
  ['/gemensamt_ansvar/föräldrastöd/aktiviteter/0/namn', 'Föräldragrupp'],
  ['/gemensamt_ansvar/föräldrastöd/aktiviteter/0/verksamheter', ['mödrahälsovård', 'barnhälsovård']],
  ['/gemensamt_ansvar/föräldrastöd/aktiviteter/0/tillfällen_per_år', 4],
  ['/gemensamt_ansvar/delaktighet_och_inflytande/beskrivning', 'Brukarråd och enkät.'],
  ['/gemensamt_ansvar/delaktighet_och_inflytande/brukarråd', true],
  ['/gemensamt_ansvar/delaktighet_och_inflytande/brukarenkät', 'årlig'],
  ['/gemensamt_ansvar/utvärdering/beskrivning', 'Utvärderas varje år.'],
  ['/gemensamt_ansvar/utvärdering/metod', 'KAFO'],
  ['/gemensamt_ansvar/utvärdering/intervall_månader', 12],
  ['/organisation/ledningsgrupp/medlemmar/0/roll', 'Vårdenhetschef'],
  ['/organisation/ledningsgrupp/medlemmar/1/roll', 'Vårdenhetschef'],
  ['/organisation/ledningsgrupp/medlemmar/2/roll', 'Förskolechef'],
  ['/organisation/ledningsgrupp/medlemmar/3/roll', 'Enhetschef'],
  ['/organisation/ledningsgrupp/möten_per_år', 4],
  ['/organisation/ledningsgrupp/mandat', 'Leder det gemensamma arbetet.'],
  ['/organisation/styrgrupp', undefined],
  ['/organisation/samordnare/anställd_av', 'kommun'],
  ['/organisation/samordnare/tjänstgöringsgrad', 0.5],
  ['/organisation/samordnare/kostnadsfördelning/region', 50],
  ['/organisation/samordnare/kostnadsfördelning/kommun', 50],
  ['/organisation/samordnare/uppdrag', 'Samordnar verksamheten.'],
  ['/organisation/personalmöten_per_år', 10],
  ['/organisation/kompetensutveckling', 'Gemensam planeringsdag.'],
  ['/organisation/handledning', 'Gemensam handledning.'],
  ['/verksamhetsplan/år', 2026],
  ['/verksamhetsplan/fastställd', '2025-12-10'],
  ['/verksamhetsberättelse/år', 2025],
  ['/verksamhetsberättelse/fastställd', '2026-02-20'],
  ['/ekonomi', undefined],
  ['/sekretess', 'Uppgifter lämnas bara med samtycke.'],
  ['/tvist', 'Parterna löser tvister i samråd.'],
  ['/avtalets_art', undefined],
  ['/omorganisation', undefined],
  ['/hävning', undefined],
  ['/dialog', undefined],
  ['/ersättning', undefined],
  ['/bilagor', undefined],
  ['/underskrifter/0/namn', 'Anna Andersson'],
  ['/underskrifter/0/titel', 'Ordförande'],
  ['/underskrifter/1/namn', 'Bo Berg'],
  ['/underskrifter/1/titel', 'Ordförande'],
  ['/underskrifter/0/ort', 'Eslöv'],
  ['/underskrifter/0/datum', '2025-11-20'],
  ['/underskrifter/1/ort', 'Eslöv'],
  ['/underskrifter/1/datum', '2025-11-21'],
];

let browser: Browser;
const problems: string[] = [];

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-web.mjs')], { cwd: ROOT, stdio: 'pipe' });
}, 120_000);

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'], headless: true });
});
afterAll(async () => {
  await browser?.close();
});
afterEach(() => {
  const seen = problems.splice(0);
  expect(seen, 'console errors or Content Security Policy violations').toEqual([]);
});

/** A fresh page (own context: no drafts from another test) with CSP violations and console errors collected. */
async function open(url = pathToFileURL(PAGE).href): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.exposeFunction('reportViolation', (v: string) => problems.push(`CSP: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(url);
  return page;
}

const field = (page: Page, pointer: string) => page.locator(`[id="fält${pointer}"]`);

async function analysed(page: Page, before: number): Promise<void> {
  await page.waitForFunction((n) => Number(document.body.dataset.analysed ?? '0') > n, before);
}

async function analyses(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.body.dataset.analysed ?? '0'));
}

async function openExample(page: Page, file: string): Promise<void> {
  const n = await analyses(page);
  await page.setInputFiles('#fil', join(AGREEMENTS, file));
  await analysed(page, n);
}

async function newAgreement(page: Page, framework: string, kommun: string, namn: string): Promise<void> {
  await page.click('#nytt');
  await page.selectOption('#ny-ramverk', framework);
  await page.fill('#ny-kommun', kommun);
  await page.fill('#ny-namn', namn);
  const n = await analyses(page);
  await page.click('#ny-skapa');
  await analysed(page, n);
}

/** Open the top-level section a pointer lies in, as an officer does: by its summary line. */
async function openSectionOf(page: Page, pointer: string): Promise<void> {
  const details = page.locator(`[id="avsnitt-${pointer.split('/')[1]}"]`);
  if ((await details.count()) === 1 && !(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
}

/** The YAML as "Spara YAML" downloads it. */
async function savedYaml(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#spara')]);
  return readFileSync((await download.path())!, 'utf8');
}

/** Set a value through the form only: its control, or the section's "uppgift saknas" choice. */
async function setByForm(page: Page, pointer: string, value: unknown): Promise<void> {
  await openSectionOf(page, pointer);
  if (value === undefined) {
    await page.locator(`[id="fält${pointer}-status-unknown"]`).check();
    return;
  }
  if (Array.isArray(value)) {
    for (const choice of value) await page.locator(`[id="fält${pointer}-val-${choice}"]`).check();
    return;
  }
  const control = field(page, pointer);
  if ((await control.evaluate((e) => e.tagName)) === 'SELECT') await control.selectOption(String(value));
  else await control.fill(String(value));
}

async function axe(page: Page, view: string, only?: string): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const r = await (only ? builder.include(only) : builder).analyze();
  const found = r.violations.map(
    (v) =>
      `${view}: ${v.id} (${v.nodes.length}): ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
  expect(found).toEqual([]);
}

function expectedVerdict(file: string): string {
  const v = validateAgreementText(readFileSync(join(AGREEMENTS, file), 'utf8'));
  if (!v.agreement) return 'Ofullständigt';
  const c = checkAgreement(v.agreement, { asOf: parseIsoDate(AS_OF)! });
  const failing = c.findings.filter(
    (f) => f.severity === 'fel' && !f.waiver && (f.outcome as string) !== 'uppfyllt' && f.outcome !== 'undantaget' && f.outcome !== 'ej_tillämpligt',
  );
  return v.diagnostics.some((d) => d.severity === 'fel') || failing.length > 0 ? 'Underkänt' : 'Godkänt';
}

describe('the browser editor', () => {
  it('is at most 300 KB gzip without the YAML editor and the tools (comparison, overview), which run only when asked for', () => {
    const html = readFileSync(PAGE, 'utf8');
    const yamlEditor = /<script type="text\/plain" id="yaml-editor-code">([\s\S]*?)<\/script>/.exec(html);
    const comparison = /<script type="text\/plain" id="tools-code">([\s\S]*?)<\/script>/.exec(html);
    expect(yamlEditor?.[1]?.length ?? 0).toBeGreaterThan(10_000);
    expect(comparison?.[1]?.length ?? 0).toBeGreaterThan(10_000);
    const initial = html.replace(yamlEditor![1]!, '').replace(comparison![1]!, '');
    expect(gzipSync(initial).length).toBeLessThanOrEqual(300 * 1024);
  });

  it('is one self-contained page under a strict policy, and nothing can leave it', async () => {
    const html = readFileSync(PAGE, 'utf8');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/connect-src 'none'/);
    expect(csp).not.toMatch(/unsafe-(eval|inline)/);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|url\(http/);
    const page = await open();
    const blocked = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
          fetch('http://127.0.0.1:9/').catch(() => undefined);
        }),
    );
    expect(blocked).toBe('connect-src');
    problems.splice(0); // the violation above was the point
    await axe(page, 'empty');
    await page.context().close();
  });

  it('takes a blank new agreement to a clean check with the form only', async () => {
    const page = await open();
    await page.fill('#datum', AS_OF);
    await page.dispatchEvent('#datum', 'change');
    await newAgreement(page, 'skane-2018', 'Eslöv', 'Familjecentralen Test');
    await expect(page.locator('#utlåtande-ord').textContent()).resolves.toBe('Ofullständigt');
    for (const [pointer, value] of CLEAN_EDITS) await setByForm(page, pointer, value);
    await page.waitForFunction(() => document.getElementById('utlåtande-ord')?.textContent === 'Godkänt');
    await expect(page.locator('#slutlig-docx').getAttribute('aria-disabled')).resolves.toBe('false');
    await page.screenshot({ path: join(SHOTS, 'clean.png') });
    await page.context().close();
  });

  it('shows a finding at its field, and its link in the summary moves focus there', async () => {
    const page = await open();
    await newAgreement(page, 'skane-2018', 'Eslöv', 'Familjecentralen Test');
    await expect(page.locator('#utlåtande-ord').textContent()).resolves.not.toBe('Godkänt');
    const link = page.locator('#fynd-lista a', { hasText: 'avtal.giltighet.från' }).first();
    await link.click();
    const input = field(page, '/avtal/giltighet/från');
    await expect(input.evaluate((e) => e === document.activeElement)).resolves.toBe(true);
    await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
    const slot = page.locator('[id="fält/avtal/giltighet/från-fynd"]');
    await expect(slot.textContent()).resolves.toContain('avtal.giltighet.från');
    await expect(input.getAttribute('aria-describedby')).resolves.toContain('fält/avtal/giltighet/från-fynd');
    await expect(page.locator('[id="avsnitt-avtal-antal"]').textContent()).resolves.toMatch(/\d+ fel/);
    // Filling it in removes the finding.
    const n = await analyses(page);
    await input.fill('2026-01-01');
    await analysed(page, n);
    await expect(page.locator('#fynd-lista a', { hasText: 'avtal.giltighet.från' }).count()).resolves.toBe(0);
    // "Granska allt" shows everything and takes focus to the summary.
    await page.click('#granska');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('sammanfattning');
    await page.screenshot({ path: join(SHOTS, 'form-findings.png') });
    await axe(page, 'form');
    await page.click('#nytt');
    await axe(page, 'new-dialog', '#ny'); // modal: the page behind it is inert
    await page.keyboard.press('Escape');
    // The draft survives a reload (this browser only) until "Rensa".
    await page.waitForTimeout(500);
    await page.reload();
    await page.waitForSelector('#utlåtande-ord');
    await openSectionOf(page, '/avtal/giltighet/från');
    await expect(field(page, '/avtal/giltighet/från').inputValue()).resolves.toBe('2026-01-01');
    await page.click('#rensa');
    await page.reload();
    await expect(page.locator('#utlåtande').textContent()).resolves.toBe('Inget avtal öppnat');
    await page.context().close();
  });

  it('keeps comments when the form edits the YAML, and reads YAML edits back into the form', async () => {
    const page = await open();
    await openExample(page, 'eslov-solrosen.yaml');
    const original = readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8');
    const n = await analyses(page);
    await setByForm(page, '/familjecentral/adress', 'Storgatan 2, 241 30 Eslöv');
    await analysed(page, n);
    const saved = await savedYaml(page);
    // Exactly the edited line differs: every comment and the layout survive.
    const differing = saved.split('\n').filter((l, i) => l !== original.split('\n')[i]);
    expect(differing).toEqual(['  adress: Storgatan 2, 241 30 Eslöv']);
    expect(saved.split('\n').length).toBe(original.split('\n').length);
    await page.click('#flik-yaml');
    await page.waitForSelector('#yaml-värd .cm-editor', { state: 'attached' }).catch(() => undefined);
    await page.screenshot({ path: join(SHOTS, 'yaml.png') });
    await axe(page, 'yaml');
    // Type in the YAML: a comment at the end and a new name; the form shows the name after switching back.
    await page.locator('#yaml-värd .cm-content').click(); // Playwright's locators reach into the editor's shadow root
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n# en kommentar från YAML-vyn\n');
    await page.click('#flik-formulär');
    await openSectionOf(page, '/familjecentral/namn');
    const m = await analyses(page);
    await field(page, '/familjecentral/namn').fill('Familjecentralen Solrosen i Eslöv');
    await analysed(page, m);
    const after = await savedYaml(page);
    expect(after).toContain('# en kommentar från YAML-vyn');
    expect(after).toContain('  namn: Familjecentralen Solrosen i Eslöv\n');
    expect(after).toContain('  adress: Storgatan 2, 241 30 Eslöv\n');
    for (const comment of original.match(/#[^\n]+/g)!) expect(after).toContain(comment);
    await page.context().close();
  });

  it('opens every shipped example with the verdict the library gives', async () => {
    const page = await open();
    await page.fill('#datum', AS_OF);
    await page.dispatchEvent('#datum', 'change');
    for (const file of EXAMPLES) {
      await openExample(page, file);
      await expect(page.locator('#utlåtande-ord').textContent(), file).resolves.toBe(expectedVerdict(file));
    }
    await page.screenshot({ path: join(SHOTS, 'example.png') });
    // A file dropped on the page opens too.
    const dropped = await page.evaluateHandle(
      (text) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], 'släppt.yaml', { type: 'application/yaml' }));
        return dt;
      },
      readFileSync(join(AGREEMENTS, 'trelleborg-fyren.yaml'), 'utf8'),
    );
    const n = await analyses(page);
    await page.dispatchEvent('body', 'drop', { dataTransfer: dropped });
    await analysed(page, n);
    await expect(page.locator('#meddelande').textContent()).resolves.toBe('Öppnade släppt.yaml.');
    await expect(page.locator('#utlåtande-ord').textContent()).resolves.toBe(expectedVerdict('trelleborg-fyren.yaml'));
    await page.context().close();
  });

  it('downloads the same .docx bytes as the CLI renders, as draft and as final', async () => {
    const clean = EXAMPLES.find((f) => expectedVerdict(f) === 'Godkänt')!;
    const out = tempDir();
    expect(cli(['render', join(AGREEMENTS, clean), '-o', join(out, 'draft'), '--as-of', AS_OF]).code).toBe(0);
    expect(cli(['render', join(AGREEMENTS, clean), '-o', join(out, 'final'), '--as-of', AS_OF, '--slutlig']).code).toBe(0);
    const page = await open();
    await page.fill('#datum', AS_OF);
    await page.dispatchEvent('#datum', 'change');
    await openExample(page, clean);
    for (const [button, folder] of [
      ['#utkast-docx', 'draft'],
      ['#slutlig-docx', 'final'],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      const path = await download.path();
      const name = download.suggestedFilename();
      const cliFile = join(out, folder, name);
      expect(existsSync(cliFile), `${cliFile}`).toBe(true);
      expect(Buffer.compare(readFileSync(path!), readFileSync(cliFile)), `${folder} ${name}`).toBe(0);
    }
    await page.context().close();
  });

  it('compares the open agreement with an earlier version as samverkan jämför does, and downloads the same redline', async () => {
    const dir = join(ROOT, 'test/fixtures/compare');
    const out = tempDir();
    const asOf = '2026-12-15';
    const byCli = cli(['jämför', 'solrosen-v2.yaml', 'solrosen-v3.yaml', '--as-of', asOf, '--docx', join(out, 'ändringar.docx')], { cwd: dir });
    expect(byCli.code).toBe(1);
    const page = await open();
    await page.fill('#datum', asOf);
    await page.dispatchEvent('#datum', 'change');
    const n = await analyses(page);
    await page.setInputFiles('#fil', join(dir, 'solrosen-v3.yaml'));
    await analysed(page, n);
    await page.setInputFiles('#jämför-fil', join(dir, 'solrosen-v2.yaml'));
    await page.locator('#verktyg').waitFor({ state: 'visible' });
    await expect(page.locator('#verktyg-rubrik').textContent()).resolves.toBe('Ändringar från version 2 (solrosen-v2.yaml) till version 3 (solrosen-v3.yaml)');
    // The same verdict and the same changes as the CLI prints.
    await expect(page.locator('#jämförelse-resultat').textContent()).resolves.toBe(
      'Resultat: den nya versionen uppfyller inte 2 skyldigheter som den gamla uppfyllde.',
    );
    expect(byCli.stdout).toContain('Resultat: den nya versionen uppfyller inte 2 skyldigheter som den gamla uppfyllde.');
    await expect(page.locator('#ändringar > li').count()).resolves.toBe(13);
    await expect(page.locator('#skyldigheter > li.worse').count()).resolves.toBe(2);
    await expect(page.locator('#ändringar').textContent()).resolves.toContain('ändrat: Organisation, ledning och styrning › Samordnare › Tjänstgöringsgrad');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('verktyg-rubrik');
    await axe(page, 'jämförelse', '#verktyg');
    await page.screenshot({ path: join(SHOTS, 'jämförelse.png'), fullPage: false });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#jämför-docx')]);
    expect(download.suggestedFilename()).toBe('eslov-solrosen-ändringar.docx');
    expect(Buffer.compare(readFileSync((await download.path())!), readFileSync(join(out, 'ändringar.docx')))).toBe(0);
    await page.click('#verktyg-stäng');
    await expect(page.locator('#verktyg').isVisible()).resolves.toBe(false);
    // An earlier version that is not a valid agreement: the CLI's refusal, with the place of the error.
    const broken = join(out, 'trasig.yaml');
    writeFileSync(broken, readFileSync(join(dir, 'solrosen-v2.yaml'), 'utf8').replace('ramverk: skane-2018', 'ramverk: skåne'));
    await page.setInputFiles('#jämför-fil', broken);
    // The file is read asynchronously: wait for the page to say something about it.
    await page.waitForFunction(() => document.getElementById('meddelande')?.textContent?.includes('trasig.yaml'));
    await expect(page.locator('#meddelande').textContent()).resolves.toMatch(
      /^trasig\.yaml:\d+:\d+ .*trasig\.yaml: ogiltigt avtal – kan inte jämföras förrän valideringsfelen är rättade$/,
    );
    await page.context().close();
  });

  it('makes the regional overview of several agreements as samverkan report does, with the same files to download', async () => {
    const dir = join(ROOT, 'test/fixtures/orebro-mapping');
    const names = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort();
    const out = tempDir();
    const asOf = '2012-10-01';
    for (const format of ['docx', 'csv']) expect(cli(['report', ...names, '--as-of', asOf, '--format', format, '-o', out], { cwd: dir }).code).toBe(0);
    const page = await open();
    await page.fill('#datum', asOf);
    await page.dispatchEvent('#datum', 'change');
    await page.setInputFiles(
      '#rapport-filer',
      names.map((f) => join(dir, f)),
    );
    await page.locator('#verktyg').waitFor({ state: 'visible' });
    await expect(page.locator('#verktyg-rubrik').textContent()).resolves.toBe('Regional översikt: lokala samverkansavtal för familjecentraler');
    await expect(page.locator('#rapport-sammanfattning').textContent()).resolves.toContain('20 avtal (20 filer), per 1 oktober 2012');
    const row = page.locator('tr[data-id="lokaler.gemensam_entré"]');
    await expect(row.locator('td').allTextContents()).resolves.toEqual(['8 av 20', '40 %']);
    await axe(page, 'översikt', '#verktyg');
    await page.screenshot({ path: join(SHOTS, 'översikt.png'), fullPage: false });
    for (const format of ['docx', 'csv']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#rapport-${format}`)]);
      expect(download.suggestedFilename()).toBe(`rapport.${format}`);
      expect(Buffer.compare(readFileSync((await download.path())!), readFileSync(join(out, `rapport.${format}`))), format).toBe(0);
    }
    await page.context().close();
  });

  it('is served by samverkan editor on 127.0.0.1 with the policy as a header and the file opened', async () => {
    const child = spawn(process.execPath, [BIN, 'editor', join(AGREEMENTS, 'eslov-solrosen.yaml')], { cwd: ROOT, env: { ...process.env, SAMVERKAN_LANG: '' } });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
          if (m) resolve(m[0]);
        });
        child.on('exit', (code) => reject(new Error(`editor exited with ${code}`)));
      });
      const res = await fetch(url);
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'.*connect-src 'none'.*frame-ancestors 'none'/);
      const page = await open(url);
      await page.waitForSelector('#utlåtande-ord');
      await openSectionOf(page, '/familjecentral/namn');
      await expect(field(page, '/familjecentral/namn').inputValue()).resolves.toBe('Familjecentralen Solrosen');
      await page.context().close();
    } finally {
      child.kill('SIGINT');
    }
  });
});
