/**
 * docs/koder.md, generated from the catalogue of codes (`codes.ts`) so that it
 * cannot drift (`npm run generate`; a test fails when it is stale).
 */
import {
  CODE_GROUPS,
  CODES,
  DIAGNOSTIC_CODES,
  EXAMPLE_AGREEMENT,
  groupOf,
  severitiesOf,
  type CodeExample,
  type CodeInfo,
  type DiagnosticCode,
} from './codes.js';

/** Control and invisible characters shown as `\u…` escapes, so the page shows what the example holds. */
function shown(s: string): string {
  return s.replace(
    /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`,
  );
}

function fence(text: string, lang = 'yaml'): string[] {
  const body = shown(text).replace(/\n$/, '');
  const marks = body.includes('```') ? '````' : '```';
  return [`${marks}${lang}`, ...body.split('\n'), marks];
}

function inline(s: string): string {
  const body = shown(s);
  return body.includes('`') ? `\`\` ${body} \`\`` : `\`${body}\``;
}

function exampleLines(example: CodeExample): string[] {
  switch (example.kind) {
    case 'change':
      if (example.to === '') return [`Grundexemplet utan ${inline(example.from.trimEnd())}.`];
      if (!example.from.includes('\n') && !example.to.includes('\n'))
        return [`Grundexemplet med ${inline(example.from)} ändrat till ${inline(example.to)}${example.render ? ', som dokument (`samverkan render`)' : ''}.`];
      if (example.from.trimEnd().includes('\n')) return ['Grundexemplet med', '', ...fence(example.from), '', 'ändrat till:', '', ...fence(example.to)];
      return [`Grundexemplet med ${inline(example.from.trimEnd())} ändrat till:`, '', ...fence(example.to)];
    case 'text': {
      const how = example.encoding === 'windows-1252' ? ' sparad som ANSI (Windows-1252)' : example.encoding === 'utf-16le' ? ' sparad som UTF-16' : '';
      return [`En fil${how}:`, '', ...fence(example.text)];
    }
    case 'bytes':
      return [`En fil med ${example.text}.`];
    case 'large':
      return [`En fil på ${String(example.size).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} byte.`];
    case 'template': {
      const files = Object.entries(example.templates);
      const render =
        example.render !== undefined ? ` Dokumentet behöver mallen \`${example.render}\`${files.length > 0 ? ' och fylls i utan värden' : ''}.` : '';
      if (files.length === 0) return [`Inga mallar för ramverket ${example.framework}.${render}`];
      return files.flatMap(([path, text]) => [`Mallen \`templates/${path}\`:`, '', ...fence(text, 'handlebars')]).concat(render ? ['', render.trim()] : []);
    }
    case 'files': {
      const names = Object.keys(example.files).map((name) => `${inline(name)} (grundexemplet)`);
      const links = Object.entries(example.links ?? {}).map(([name, target]) => `${inline(name)} (en länk till ${inline(target)}, som inte finns)`);
      return [`\`samverkan validate mappen/\` med filerna ${[...names, ...links].join(' och ')}.`];
    }
  }
}

function entryLines(code: DiagnosticCode): string[] {
  const info: CodeInfo = CODES[code];
  const out = [`### \`${code}\``, '', `**${severitiesOf(code).join(' eller ')}.** ${info.meaning.sv}`, '', `*English:* ${info.meaning.en}`, ''];
  if (info.example) out.push(...exampleLines(info.example), '');
  else if (info.reason) out.push(`Exempel saknas: ${info.reason.sv}`, '');
  return out;
}

export function codesMarkdown(): string {
  const out: string[] = [
    '# Diagnoskoder',
    '',
    '<!-- Genererad från src/core/codes.ts av `npm run generate`. Ändra inte för hand. -->',
    '',
    'Varje problem som samverkan rapporterar när den läser, validerar, granskar eller skriver ett avtal',
    'har en stabil kod ur den här listan, en nivå (`fel`, `varning` eller `info`), ett meddelande på',
    'svenska (engelska med `--lang en`), en plats (fil:rad:kolumn, och i `--format json` ett intervall',
    '`range`) och, där det går, en JSON-pekare till värdet. Koden står i `--format json` (`code`) och',
    'ändras inte mellan versioner; texten kan förbättras. Ett `fel` gör avtalet ogiltigt (slutkod 1);',
    'en `varning` gör det inte. Granskningens regelutfall har regel-id i stället för koder, se',
    '[rules.md](rules.md).',
    '',
    'Listan är hela mängden: koden i `Diagnostic.code` har typen `DiagnosticCode`, så en kod som inte',
    'står här går inte att kompilera. Varje exempel nedan körs av ett test genom biblioteket och ska ge',
    'sin kod.',
    '',
    'De flesta exemplen är en ändring i det här grundexemplet, som självt är giltigt och inte ger någon',
    'anmärkning:',
    '',
    ...fence(EXAMPLE_AGREEMENT),
    '',
  ];
  const groups = [...new Set(DIAGNOSTIC_CODES.map(groupOf))];
  for (const group of groups) {
    const g = CODE_GROUPS[group];
    out.push(`## ${g?.title.sv ?? group}`, '');
    if (g?.intro) out.push(g.intro.sv, '');
    for (const code of DIAGNOSTIC_CODES.filter((c) => groupOf(c) === group)) out.push(...entryLines(code));
  }
  return out.join('\n').replace(/\n+$/, '') + '\n';
}
