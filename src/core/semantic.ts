/**
 * Consistency that a JSON Schema cannot express: times and dates in order,
 * references to parties and base activities that exist, no duplicates.
 * Runs only on an agreement whose shape the schema has accepted.
 */
import { present, type Agreement, type FrameworkId, type TimeSlot } from './model.js';
import { REGIONS, regionOfFramework, regionOfMunicipality, type Region } from './regions.js';
import { placed, pointerFrom, type Diagnostic, type Lang } from './diagnostic.js';
import { didYouMean, listOf, message, type MessageCode } from './messages.js';
import type { ParsedSource } from './parse.js';
import { closest } from './suggest.js';
import { isClockTime, minutesOf } from './time.js';

/**
 * Whether a Swedish organisation number (NNNNNN-NNNN) has the right check
 * digit (Luhn, mod 10): a wrong one is a typo, since no such number exists.
 */
export function hasValidCheckDigit(orgnr: string): boolean {
  const digits = orgnr.replace('-', '');
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = Number(digits[i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** The region whose municipalities an agreement under the framework names, if the framework has one. */
function regionOf(framework: FrameworkId | undefined): Region | undefined {
  if (framework === undefined) return undefined;
  const id = (regionOfFramework as (f: FrameworkId) => keyof typeof REGIONS | undefined)(framework);
  return id === undefined ? undefined : REGIONS[id];
}

export function semanticDiagnostics(a: Agreement, lang: Lang, locate: ParsedSource['locateRange'], framework?: FrameworkId): Diagnostic[] {
  const out: Diagnostic[] = [];
  // A misspelt municipality (`Hörr`) would otherwise surface only in the report, as a municipality without an agreement.
  const region = regionOf(framework);
  const kommun = (a.familjecentral as { kommun?: unknown } | undefined)?.kommun;
  // A municipality of another region is a question for the checker (which framework applies), not a typo.
  const known = (name: string) => regionOfMunicipality(name) !== undefined;
  if (region && typeof kommun === 'string' && !known(kommun)) {
    const guess = closest(kommun.trim().replace(/\s+(kommun|stad)$/i, ''), region.municipalities);
    const pointer = '/familjecentral/kommun';
    out.push({
      code: 'semantic.unknown-municipality',
      severity: 'fel',
      message: message(lang, 'semantic.unknown-municipality', { value: kommun, region: region.name, example: guess ?? region.municipalities[0]! }),
      pointer,
      ...placed(locate, pointer),
      ...(guess ? { hint: didYouMean(lang, guess) } : {}),
    });
  }
  const push = (code: MessageCode, path: (string | number)[], params: Record<string, string | number>, hint?: string) => {
    const pointer = pointerFrom(path);
    out.push({ code, severity: 'fel', message: message(lang, code, params), pointer, ...placed(locate, pointer), ...(hint ? { hint } : {}) });
  };

  const slots = (list: readonly TimeSlot[] | undefined, path: (string | number)[]) => {
    list?.forEach((s, i) => {
      if (isClockTime(s.från) && isClockTime(s.till) && minutesOf(s.till) <= minutesOf(s.från)) {
        push('semantic.time-order', [...path, i, 'till'], { from: s.från, till: s.till });
      }
    });
  };
  const activities = a.basverksamheter ?? [];
  const parties = a.parter ?? [];
  const organisation = present(a.organisation);
  const coordinator = present(organisation?.samordnare);
  for (const [i, b] of activities.entries()) slots(b.närvaro, ['basverksamheter', i, 'närvaro']);
  slots(present(a.samtidighet)?.tillfällen, ['samtidighet', 'tillfällen']);

  const g = present(a.avtal.giltighet);
  if (g?.till !== undefined && g.från !== undefined && g.till < g.från)
    push('semantic.date-order', ['avtal', 'giltighet', 'till'], { from: g.från, till: g.till });

  parties.forEach((p, i) => {
    if (p.organisationsnummer !== undefined && !hasValidCheckDigit(p.organisationsnummer)) {
      push('semantic.orgnr-check-digit', ['parter', i, 'organisationsnummer'], { value: p.organisationsnummer });
    }
  });

  const partyIds = parties.map((p) => p.id);
  parties.forEach((p, i) => {
    if (partyIds.indexOf(p.id) !== i) push('semantic.duplicate-party', ['parter', i, 'id'], { value: p.id });
  });
  const party = (id: string | undefined, path: (string | number)[]) => {
    // Without a list of parties (not known), a reference cannot be checked.
    if (id === undefined || a.parter === undefined || partyIds.includes(id)) return;
    const guess = closest(id, partyIds);
    push('semantic.unknown-party', path, { value: id, allowed: listOf(lang, [...new Set(partyIds)]) }, guess ? didYouMean(lang, guess) : undefined);
  };
  for (const [i, b] of activities.entries()) party(b.part, ['basverksamheter', i, 'part']);
  for (const [i, s] of (present(a.underskrifter) ?? []).entries()) party(s.part, ['underskrifter', i, 'part']);
  for (const [i, g] of (present(organisation?.styrgrupper) ?? []).entries()) {
    for (const [j, m] of (g.ledamöter ?? []).entries()) party(m.part, ['organisation', 'styrgrupper', i, 'ledamöter', j, 'part']);
  }
  party(coordinator?.anställd_av, ['organisation', 'samordnare', 'anställd_av']);
  for (const key of Object.keys(coordinator?.kostnadsfördelning ?? {})) {
    party(key, ['organisation', 'samordnare', 'kostnadsfördelning', key]);
  }

  const kinds = activities.map((b) => b.verksamhet);
  kinds.forEach((k, i) => {
    if (kinds.indexOf(k) !== i) push('semantic.duplicate-activity', ['basverksamheter', i, 'verksamhet'], { value: k });
  });
  const activity = (k: string, path: (string | number)[]) => {
    if (a.basverksamheter !== undefined && !(kinds as string[]).includes(k))
      push('semantic.unknown-activity', path, { value: k, allowed: listOf(lang, [...new Set(kinds)], 'and') });
  };
  for (const [i, act] of (present(present(a.gemensamt_ansvar)?.föräldrastöd)?.aktiviteter ?? []).entries()) {
    for (const [j, k] of act.verksamheter.entries()) activity(k, ['gemensamt_ansvar', 'föräldrastöd', 'aktiviteter', i, 'verksamheter', j]);
  }
  for (const [i, m] of (present(organisation?.ledningsgrupp)?.medlemmar ?? []).entries())
    activity(m.verksamhet, ['organisation', 'ledningsgrupp', 'medlemmar', i, 'verksamhet']);
  return out;
}
