// The hostile inputs of docs/limits.md, each built at a given size (up to the
// 1 MiB file limit), so the benchmark can time them through the CLI at
// several sizes and show that the cost grows linearly with the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `head` then `unit` repeated (`sep` between), then `tail`, as close to `size` bytes as fits. */
function fill(size, head, unit, tail = '', sep = '') {
  const room = size - Buffer.byteLength(head) - Buffer.byteLength(tail);
  const each = Buffer.byteLength(unit) + Buffer.byteLength(sep);
  const n = Math.max(1, Math.floor((room + Buffer.byteLength(sep)) / each));
  return head + Array(n).fill(unit).join(sep) + tail;
}

/** The text before and after what `re` matches, with `open` and `close` put in its place. */
function around(text, re, open, close) {
  const m = re.exec(text);
  if (!m) throw new Error(`hostile: ${re} not found in the example`);
  return [text.slice(0, m.index) + open, close + text.slice(m.index + m[0].length)];
}

/** Each case: what limits.md calls it, and a builder for a given byte size. */
export function hostileCases(root) {
  const example = readFileSync(join(root, 'agreements/eslov-solrosen.yaml'), 'utf8');
  return [
    // Many keys: every one an unknown key with its own finding.
    {
      id: 'keys',
      label: 'många nycklar (100 000 vid 1 MiB)',
      build: (size) =>
        fill(size, '', 'k0000000: 1\n').replace(
          /k0000000/g,
          (() => {
            let i = 0;
            return () => `k${String(i++).padStart(7, '0')}`;
          })(),
        ),
    },
    // A flow list on one line: the whole file is a single token stream.
    { id: 'flow', label: 'flödeslista på en rad', build: (size) => fill(size, 'ramverk: [', '1', ']\n', ', ') },
    // Deep nesting: refused at 32 levels, however deep the file goes.
    {
      id: 'nesting',
      label: 'djup nästling',
      build: (size) => {
        const d = Math.floor((size - 12) / 2);
        return 'ramverk: ' + '['.repeat(d) + ']'.repeat(d) + '\n';
      },
    },
    // The alias cap: one anchor and as many aliases as fit; refused after 100.
    { id: 'aliases', label: 'alias över gränsen (100)', build: (size) => fill(size, 'a: &a x\nb:\n', '  - *a\n') },
    // One text field far over its 20 000-character limit.
    {
      id: 'long-text',
      label: 'ett textfält över gränsen',
      build: (size) => {
        const [head, tail] = around(example, /^syfte: >-\n(?: {2}.*\n)+/m, 'syfte: "', '"\n');
        return fill(size, head, 'ord ', tail);
      },
    },
    // A list far over its 200-entry limit, of valid entries (the samtidighet schedule).
    {
      id: 'long-list',
      label: 'lista med tusentals poster',
      build: (size) => {
        const [head, tail] = around(example, /^ {2}tillfällen:\n(?: {4}- .*\n)+/m, '  tillfällen:\n', '');
        return fill(size, head, '    - { dag: tisdag, från: "09:00", till: "12:00", innehåll: Öppen verksamhet }\n', tail);
      },
    },
    // Many short lines of comment: the reader's per-line cost.
    { id: 'comments', label: 'kommentarsrader', build: (size) => fill(size, example, '# kommentar\n') },
    // One byte over the limit: refused without parsing.
    { id: 'oversize', label: 'fil över 1 MiB', build: (size) => fill(size + 1, '', 'x') },
  ];
}
