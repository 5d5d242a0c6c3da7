/**
 * The YAML syntax messages (src/core/yaml-errors.ts) for the mistakes an
 * officer makes by hand: which message, on which line and column, and the
 * line and column it tells the officer to use. Each case is small and aims
 * at one decision of the line reader (quotes, brackets, comments, levels
 * after a block opener), so a wrong decision changes what the officer reads.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/core/diagnostic.js';
import { parseAgreementText } from '../src/core/parse.js';

/** What the officer sees: code, line:column and message, one string per diagnostic. */
const said = (text: string, lang: Lang = 'sv'): string[] =>
  parseAgreementText(text, { lang }).diagnostics.map((d) => `${d.code} ${d.position.line}:${d.position.col} ${d.message}`);

const UNCLOSED_BRACKET_2 = 'yaml.unclosed-bracket 2:4 [ på rad 2 stängs aldrig; avsluta med ] på samma rad.';

describe('quoted values', () => {
  it('a single-quoted value may end in a backslash (no escapes inside single quotes)', () => {
    expect(said("a: 'C:\\'\nb: [\n")).toEqual([UNCLOSED_BRACKET_2]);
  });

  it('a backslash-escaped quote does not close a double-quoted value', () => {
    expect(said('a: "x\\" y"\nb: [\n')).toEqual([UNCLOSED_BRACKET_2]);
  });

  it("a doubled '' inside single quotes is an apostrophe, not the end of the value", () => {
    expect(said("a: 'it''s'\nb: [\n")).toEqual([UNCLOSED_BRACKET_2]);
  });

  it('text after a closed double-quoted value is named, even when it starts with an apostrophe', () => {
    expect(said('adress: "Storgatan"\'s hörn"\n')).toEqual([
      'yaml.quote-start 1:9 Texten efter adress: på rad 1 börjar med ett citattecken ("), så YAML läser bara fram till nästa "; sätt hela texten inom citattecken av den andra sorten (\'…\') eller börja inte texten med ".',
    ]);
  });

  it('two quotes in a row inside double quotes close the value: the rest is named', () => {
    expect(said('adress: "Storgatan"" 1\n', 'en')).toEqual([
      'yaml.quote-start 1:9 The text after adress: on line 1 starts with a quote ("), so YAML reads only up to the next "; put the whole text in the other kind of quotes (\'…\') or do not start the text with ".',
    ]);
  });

  it('a comment after a closed quote is not text after the quote', () => {
    expect(said('a: "x"  # kommentar\nb: [\n')).toEqual([UNCLOSED_BRACKET_2]);
  });

  it('a quote inside plain text does not stop the colon in it from being named', () => {
    expect(said('adress: Storgatan "1": Eslöv\n')).toEqual([
      'yaml.colon-in-text 1:22 Texten på rad 1 innehåller ett kolon följt av mellanslag, som YAML läser som en ny nyckel; sätt hela texten efter adress: inom citattecken, t.ex. adress: "Öppet: måndag–fredag".',
    ]);
  });

  it('in a file that is only a list, an item out of line is still a list item', () => {
    expect(said('- "Region Skåne"\n - Eslövs kommun\n')).toEqual([
      'yaml.list-item-indent 2:2 Listposten på rad 2 står inte i linje med listan: börja raden med "-" i kolumn 1, som på rad 1. Annars läses den som en fortsättning av texten ovanför.',
    ]);
  });
});

describe('brackets over several lines', () => {
  it('a [ in a comment on a continuation line opens nothing', () => {
    expect(said("a: [x,\n  y] # se [1\nb: 'öppen\n")).toEqual(["yaml.unclosed-quote 3:4 Citattecknet (') på rad 3 stängs aldrig; avsluta texten med '."]);
  });

  it('a list closed on its second line is closed: the unclosed one is the later one', () => {
    expect(said('a: [1,\n  2]\nb: [3\n')).toEqual(['yaml.unclosed-bracket 3:4 [ på rad 3 stängs aldrig; avsluta med ] på samma rad.']);
  });

  it('a list closed on a later line gives no message of its own', () => {
    expect(said('a: [1,\n  2]\nb: "x" y\n')).toEqual([
      'yaml.quote-start 3:4 Texten efter b: på rad 3 börjar med ett citattecken ("), så YAML läser bara fram till nästa "; sätt hela texten inom citattecken av den andra sorten (\'…\') eller börja inte texten med ".',
    ]);
  });

  it('in a file that is only a list, an item out of line is still a list item', () => {
    expect(said('- "Region Skåne"\n - Eslövs kommun\n')).toEqual([
      'yaml.list-item-indent 2:2 Listposten på rad 2 står inte i linje med listan: börja raden med "-" i kolumn 1, som på rad 1. Annars läses den som en fortsättning av texten ovanför.',
    ]);
  });
});

describe('comment lines', () => {
  it('an indented comment line is skipped, not read as pasted text', () => {
    expect(said('a:\n    b: 1\n  # not\nc: [\n')).toEqual(['yaml.unclosed-bracket 4:4 [ på rad 4 stängs aldrig; avsluta med ] på samma rad.']);
  });

  it('in a file that is only a list, an item out of line is still a list item', () => {
    expect(said('- "Region Skåne"\n - Eslövs kommun\n')).toEqual([
      'yaml.list-item-indent 2:2 Listposten på rad 2 står inte i linje med listan: börja raden med "-" i kolumn 1, som på rad 1. Annars läses den som en fortsättning av texten ovanför.',
    ]);
  });
});

describe('levels after a line that opens a block', () => {
  it('after a bare "-", a key one step in starts its own level (named by its own line)', () => {
    expect(said('parter:\n  -\n   namn: Eslöv\n    version: 2\n')).toEqual([
      'yaml.indent 4:5 Rad 4 är indragen fel: den ska börja i kolumn 4 (3 mellanslag), som rad 3 i samma avsnitt.',
    ]);
  });

  it('after pasted text, the section of the key it interrupted is still open', () => {
    expect(said('parter:\n  namn:\nDetta är inklistrad text.\n    version: 1\n  adress: Storgatan 1\n')).toEqual([
      'yaml.pasted-text 3:1 Rad 3 är text utan nyckel, troligen ett inklistrat stycke som hör till namn på rad 2; skriv namn: | och dra in varje rad av texten så att den börjar i kolumn 5.',
    ]);
  });

  it('a list item out of line with a list is told the list’s column', () => {
    expect(said('a:\n  - x\n - y\n')).toEqual([
      'yaml.list-item-indent 3:2 Listposten på rad 3 står inte i linje med listan: börja raden med "-" i kolumn 3, som på rad 2. Annars läses den som en fortsättning av texten ovanför.',
    ]);
  });

  it('in a file that is only a list, an item out of line is still a list item', () => {
    expect(said('- "Region Skåne"\n - Eslövs kommun\n')).toEqual([
      'yaml.list-item-indent 2:2 Listposten på rad 2 står inte i linje med listan: börja raden med "-" i kolumn 1, som på rad 1. Annars läses den som en fortsättning av texten ovanför.',
    ]);
  });
});

describe('only the mistake itself, no follow-on messages', () => {
  it('a value written on the line under its key, indented, is not pasted text', () => {
    expect(said('parter:\n  namn:\n    Familjecentralen\n    Solrosen\n  adress: [\n')).toEqual([
      'yaml.unclosed-bracket 5:11 [ på rad 5 stängs aldrig; avsluta med ] på samma rad.',
    ]);
  });

  it('a colon in a value written under its key names that key', () => {
    expect(said('parter:\n  namn:\n    Familjecentralen\n    Solrosen i: Eslöv\n')).toEqual([
      'yaml.colon-in-text 4:15 Texten på rad 4 innehåller ett kolon följt av mellanslag, som YAML läser som en ny nyckel; sätt hela texten efter namn: inom citattecken, t.ex. namn: "Öppet: måndag–fredag".',
    ]);
  });

  it('after a missing colon, the section under the key is read in place', () => {
    expect(said('avtal:\n  id: x\nsamtidighet # varje vecka\n  timmar_per_vecka: 6\n  tillfällen:\n    - { dag: tisdag }\n')).toEqual([
      'yaml.missing-colon 3:12 Kolon saknas efter nyckeln samtidighet på rad 3; skriv samtidighet: # varje vecka',
    ]);
  });

  it('after a missing colon, an unclosed quote in the value is named at the quote', () => {
    expect(said('version: 2\nnamn  "Solrosen\nadress: x\n')).toEqual([
      'yaml.missing-colon 2:5 Kolon saknas efter nyckeln namn på rad 2; skriv namn: "Solrosen',
      'yaml.unclosed-quote 2:7 Citattecknet (") på rad 2 stängs aldrig; avsluta texten med ".',
    ]);
  });

  it('after a missing colon before a folded text, the text is not pasted text', () => {
    expect(said('version: 2\nsyfte >-\n  Familjecentralen ska främja\n  barns hälsa.\nmål: []\n', 'en')).toEqual([
      'yaml.missing-colon 2:6 A colon is missing after the key syfte on line 2; write syfte: >-',
    ]);
  });

  it('after pasted text, a sibling of the interrupted key is not misindented', () => {
    expect(said('parter:\n  namn:\nDetta är inklistrad text.\n  adress: Storgatan 1\n')).toEqual([
      'yaml.pasted-text 3:1 Rad 3 är text utan nyckel, troligen ett inklistrat stycke som hör till namn på rad 2; skriv namn: | och dra in varje rad av texten så att den börjar i kolumn 5.',
    ]);
  });

  it('after pasted text under a bare "-", the next item of that list is in line', () => {
    expect(said('a:\n  -\nText.\n  - x\n')).toEqual([
      'yaml.pasted-text 3:1 Rad 3 är text utan nyckel, troligen ett inklistrat stycke som hör till - på rad 2; skriv -: | och dra in varje rad av texten så att den börjar i kolumn 5.',
    ]);
  });
});

describe('a closing bracket back at the key’s level', () => {
  it.each([
    ['at column 1', 'a: [1,\n]\nb: "x" y\n', 3, 4],
    ['indented as far as its key', 'a:\n  b: [1,\n  ]\n  c: "x" y\n', 4, 6],
  ])('%s closes the list: the next mistake is the one named', (_, text, line, col) => {
    expect(said(text)).toEqual([
      `yaml.quote-start ${line}:${col} Texten efter ${line === 3 ? 'b' : 'c'}: på rad ${line} börjar med ett citattecken ("), så YAML läser bara fram till nästa "; sätt hela texten inom citattecken av den andra sorten ('…') eller börja inte texten med ".`,
    ]);
  });

  it('a key back at the level with a ] later in its line leaves the list unclosed', () => {
    expect(said('a: [1,\nb: x]\nc: "x" y\n')).toEqual(['yaml.unclosed-bracket 1:4 [ på rad 1 stängs aldrig; avsluta med ] på samma rad.']);
  });
});

describe('the column a misindented line is told', () => {
  it('a key under a list that starts at its parent’s column is told the parent’s line', () => {
    expect(said('parter:\n- x\n version: 1\n')).toEqual([
      'yaml.indent 3:2 Rad 3 är indragen fel: den ska börja i kolumn 1 (0 mellanslag), som rad 1 i samma avsnitt.',
    ]);
  });

  it('a key without its colon, indented wrong, is named right after the key', () => {
    expect(said('parter:\n  namn: x\n adress Storgatan 1\n')).toEqual([
      'yaml.missing-colon 3:8 Kolon saknas efter nyckeln adress på rad 3; skriv adress: Storgatan 1',
    ]);
  });
});
