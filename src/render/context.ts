/**
 * What the templates see: the agreement as the officer wrote it, plus a few
 * values derived for the prose (listed in `shape.ts` so the template check
 * knows them).
 */
import type { Agreement, BaseActivity, Party } from '../core/model.js';
import { weeklyOverlap, hoursOf } from '../core/time.js';
import { FRAMEWORK_TITLES } from '../schema/agreement.js';
import { activityName, centreTypeText, municipalityName, swedishList, swedishNumber } from './format.js';

export type TemplateContext = Agreement & {
  ramverk_titel: string;
  parter_namn: string;
  typ_text: string;
  verksamheter_text: string;
  kommun_namn: string;
  samtidighet_schema_timmar?: string;
};

/** The context of every section template. */
export function templateContext(a: Agreement): TemplateContext {
  const activities = a.basverksamheter ?? [];
  const parties = a.parter ?? [];
  const present = activities.filter((b) => (b.närvaro?.length ?? 0) > 0).map((b) => b.närvaro!);
  const overlap = present.length === activities.length && present.length > 1 ? hoursOf(weeklyOverlap(present)) : undefined;
  return {
    ...a,
    ramverk_titel: FRAMEWORK_TITLES[a.ramverk],
    parter_namn: swedishList(parties.map((p) => p.organisation)),
    typ_text: a.familjecentral.typ ? centreTypeText(a.familjecentral.typ) : '',
    verksamheter_text: swedishList(activities.map((b) => activityName(b.verksamhet))),
    // The municipality as its own party names itself ("Malmö stad"), else as Swedish writes it.
    kommun_namn: parties.find((p) => p.typ === 'kommun' || p.id === 'kommun')?.organisation ?? (a.familjecentral.kommun ? municipalityName(a.familjecentral.kommun) : ''),
    ...(overlap !== undefined ? { samtidighet_schema_timmar: swedishNumber(overlap) } : {}),
  };
}

/** The context of `atagande.hbs`, rendered once per party. */
export function partyContext(base: TemplateContext, party: Party, activities: BaseActivity[]): TemplateContext & { part: Party; partens_verksamheter: BaseActivity[] } {
  return { ...base, part: party, partens_verksamheter: activities };
}
