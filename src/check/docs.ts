/**
 * docs/rules.md, generated from the rules and rulesets themselves so that it
 * cannot drift (`npm run generate`; a test fails when it is stale).
 */
import { FRAMEWORK_TITLES } from '../schema/agreement.js';
import type { RuleDefinition } from './rule.js';
import { allRules, entryParameters, RULESETS } from './rulesets.js';

const cell = (s: string) => s.replace(/\|/g, '\\|');

const SEVERITY: Record<string, string> = { fel: 'fel', varning: 'varning', info: 'info' };
const BASIS: Record<string, string> = {
  krav: 'krav i ramverket eller i den nationella definitionen',
  uppföljning: 'kontroll härledd ur uppföljningar och utvärderingar (frameworks.md §4 och §6); källan är belägget, inte ramverkets egen text',
};

export function rulesMarkdown(): string {
  const out: string[] = [];
  out.push('# Granskningsregler');
  out.push('');
  out.push('<!-- Genererad från src/check av `npm run generate`. Ändra inte för hand. -->');
  out.push('');
  out.push('`samverkan check` granskar ett giltigt avtal mot regeluppsättningen för dess ramverk (`ramverk:`).');
  out.push('Varje regel ger ett utfall: **uppfyllt**, **ej uppfyllt**, **ej bedömt** (en uppgift regeln behöver saknas:');
  out.push('"Uppgift saknas: …"), **undantaget** (en godkänd avvikelse under `avvikelser:` täcker den) eller **ej tillämpligt**.');
  out.push('Nivån (fel, varning, info) avgör slutkoden tillsammans med `--fail-on`; ej bedömt underkänner som ej uppfyllt.');
  out.push('Varje regel hänvisar till sin källa i `shared/domain/frameworks.md`.');
  out.push('');
  out.push('**Saknas eller ingår inte.** Ett avsnitt som saknas, eller skrivs `uppgift saknas`, ger *ej bedömt*; ett avsnitt');
  out.push('som skrivs `ingår inte` (avtalet innehåller det inte) ger *ej uppfyllt*. En regel som hittar flera brister');
  out.push('nämner alla i samma meddelande och ger var och en med sin plats (`locations` i `--format json`, en rad');
  out.push('per brist i textutdata), så att alla kan rättas på en gång.');
  out.push('');
  out.push('**Siffror.** Där ramverket inte anger någon siffra som vi känner till (timmar samtidighet, mötesfrekvenser)');
  out.push('är siffran en parameter i regeluppsättningen med ett öppet redovisat standardvärde (ursprung');
  out.push('*regeluppsättning*), och meddelandet säger att gränsen är regeluppsättningens, inte ramverkets. En');
  out.push('parameter med ursprung *ramverk* kommer ur ramverkets egen text.');
  out.push('');
  out.push('**Avvikelser.** `avvikelser: [{ regel, skäl, godkänd_av, till }]` gör ett ej uppfyllt utfall till');
  out.push('*undantaget*; det visas och räknas, det döljs inte. En avvikelse vars `till` har passerat gäller inte längre.');
  out.push('En avvikelse som nämner en okänd regel rapporteras som varning (`check.waiver-unknown-rule`).');
  out.push('');
  out.push('## Regeluppsättningar');
  for (const rs of Object.values(RULESETS)) {
    out.push('');
    out.push(`### ${rs.id}: ${FRAMEWORK_TITLES[rs.framework]}`);
    out.push('');
    out.push('| Regel | Nivå | Parametrar | Källa |');
    out.push('|---|---|---|---|');
    for (const e of rs.entries) {
      const { values } = entryParameters(e);
      const params = Object.entries(values)
        .map(([k, v]) => `\`${k}\` = ${v}`)
        .join(', ');
      const c = e.citation ?? e.rule.citation;
      out.push(
        `| [\`${e.rule.id}\`](#${anchor(e.rule.id)}) ${cell(e.rule.title.sv)} | ${SEVERITY[e.rule.severity]} | ${params || '–'} | [${cell(c.section)}](${c.url}) |`,
      );
    }
  }
  out.push('');
  out.push('## Regler');
  for (const rule of allRules()) out.push('', ...ruleSection(rule));
  return out.join('\n') + '\n';
}

function anchor(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9_åäö-]/g, '');
}

function ruleSection(rule: RuleDefinition): string[] {
  const out: string[] = [];
  const usedIn = Object.values(RULESETS).filter((rs) => rs.entries.some((e) => e.rule.id === rule.id));
  out.push(`### ${rule.id}`);
  out.push('');
  out.push(`**${rule.title.sv}** (*${rule.title.en}*)`);
  out.push('');
  out.push(`- Nivå: ${SEVERITY[rule.severity]}`);
  out.push(`- Grund: ${BASIS[rule.basis]}`);
  out.push(`- Källa: ${rule.citation.document}. ${rule.citation.section}. <${rule.citation.url}>`);
  for (const rs of usedIn) {
    const e = rs.entries.find((x) => x.rule.id === rule.id)!;
    if (e.citation) out.push(`- Källa i ${rs.id}: ${e.citation.document}. ${e.citation.section}. <${e.citation.url}>`);
  }
  out.push(`- Ingår i: ${usedIn.map((rs) => `\`${rs.id}\``).join(', ')}`);
  if (rule.parameters.length > 0) {
    out.push('');
    out.push('| Parameter | Standard | Enhet | Ursprung | Beskrivning |');
    out.push('|---|---|---|---|---|');
    for (const p of rule.parameters) {
      out.push(`| \`${p.name}\` | ${p.default} | ${cell(p.unit.sv)} | ${p.origin} | ${cell(p.description.sv)} |`);
    }
  }
  return out;
}
