/**
 * VS Code parity (issue 12, item 8): yaml-language-server 1.25, the engine of
 * the Red Hat YAML extension, driven over its language-server protocol on
 * stdio exactly as VS Code runs it, with the schema named by the modeline that
 * `new` writes. For each deliberate mistake a schema can judge, the editor
 * must flag the same line that `validate` flags; on a valid agreement it
 * shows no error. (What only `validate` can see is listed in docs/limits.md.)
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateAgreementText } from '../src/core/validate.js';
import { modelineRef } from '../src/schema/skeleton.js';
import { AGREEMENTS, ROOT, mutate, tempDir } from './helpers.js';

const EXAMPLE = readFileSync(join(AGREEMENTS, 'eslov-solrosen.yaml'), 'utf8');

interface LspDiagnostic {
  range: { start: { line: number; character: number } };
  severity?: number;
  message: string;
}

/** A minimal LSP client: Content-Length framing, requests with ids, notifications collected. */
class Lsp {
  private readonly proc: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (result: unknown) => void>();
  readonly diagnostics = new Map<string, LspDiagnostic[]>();
  private readonly waiters: { uri: string; resolve: (d: LspDiagnostic[]) => void }[] = [];

  constructor() {
    this.proc = spawn(process.execPath, [join(ROOT, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'], { stdio: 'pipe' });
    this.proc.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.handle(body);
    }
  }

  // biome-ignore lint/suspicious/noExplicitAny: LSP params of every method, read field by field below
  private handle(msg: { id?: number; method?: string; params?: any; result?: unknown }): void {
    if (msg.method === 'textDocument/publishDiagnostics') {
      this.diagnostics.set(msg.params.uri, msg.params.diagnostics);
      for (const w of this.waiters.filter((x) => x.uri === msg.params.uri)) w.resolve(msg.params.diagnostics);
      return;
    }
    if (msg.method === 'workspace/configuration') {
      // One settings object per item asked for: validation on, nothing else.
      const items = (msg.params?.items ?? []) as unknown[];
      this.send({
        jsonrpc: '2.0',
        id: msg.id,
        result: items.map(() => ({ validate: true, completion: true, hover: true, schemas: {}, schemaStore: { enable: false } })),
      });
      return;
    }
    if (msg.method !== undefined && msg.id !== undefined) {
      this.send({ jsonrpc: '2.0', id: msg.id, result: null });
      return;
    }
    if (msg.id !== undefined) this.pending.get(msg.id)?.(msg.result);
  }

  private send(msg: object): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request(method: string, params: object): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: object): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Open a document and wait for the diagnostics published after it (schema loading included). */
  open(uri: string, text: string): Promise<LspDiagnostic[]> {
    const done = new Promise<LspDiagnostic[]>((resolve) => this.waiters.push({ uri, resolve }));
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return done;
  }

  close(): void {
    this.proc.kill();
  }
}

/** Deliberate mistakes a schema can judge: [name, from, to]. */
const MISTAKES: [string, string, string][] = [
  ['misspelt key', '\nsamtidighet:', '\nsamtidhet:'],
  ['unknown value', 'samlokaliserad: delvis', 'samlokaliserad: delvist'],
  ['date that does not exist', 'från: 2026-01-01', 'från: 2026-02-30'],
  ['year 0025', 'beslutat: 2025-11-14', 'beslutat: 0025-11-14'],
  ['time 25:00', '{ dag: fredag, från: "08:00", till: "15:00" }', '{ dag: fredag, från: "08:00", till: "25:00" }'],
  ['unsafe id', 'id: eslov-solrosen', 'id: Eslöv Solrosen'],
  ['organisation number form', 'organisationsnummer: 212000-1132', 'organisationsnummer: 2120001132'],
  ['number out of range', 'timmar_per_vecka: 6', 'timmar_per_vecka: 200'],
  ['text for a number', 'timmar_per_vecka: 6', 'timmar_per_vecka: sex'],
  ['text for true/false', 'gemensam_entré: true', 'gemensam_entré: kanske'],
  ['empty required value', 'samlokaliserad: delvis', 'samlokaliserad:'],
  ['wrong framework', 'ramverk: skane-2018', 'ramverk: skane-2019'],
];

describe('yaml-language-server 1.25 and validate agree (LSP over stdio)', () => {
  let lsp: Lsp;
  const dir = tempDir('samverkan parity ');
  const folder = join(dir, 'Mina avtal');
  mkdirSync(folder);
  const schemaRef = (fw: string) => modelineRef(join(ROOT, 'schemas', `${fw}.schema.json`));
  const withModeline = (text: string) => `# yaml-language-server: $schema=${schemaRef('skane-2018')}\n${text}`;

  beforeAll(async () => {
    lsp = new Lsp();
    await lsp.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: {} } },
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'avtal' }],
    });
    lsp.notify('initialized', {});
    lsp.notify('workspace/didChangeConfiguration', { settings: { yaml: { validate: true, schemas: {}, schemaStore: { enable: false } } } });
  }, 60_000);
  afterAll(() => lsp?.close());

  const openFile = async (name: string, text: string) => {
    const file = join(folder, name);
    writeFileSync(file, text);
    return lsp.open(pathToFileURL(file).href, text);
  };

  it('shows no error on a valid agreement, with the schema found through a path with a space', async () => {
    const diags = await openFile('giltigt.yaml', withModeline(EXAMPLE));
    expect(diags.filter((d) => d.severity === 1)).toEqual([]);
    // The schema was loaded: a mistake is flagged in the same file.
    const bad = await openFile('fel.yaml', withModeline(mutate(EXAMPLE, 'samlokaliserad: delvis', 'samlokaliserad: delvist')));
    expect(bad.filter((d) => d.severity === 1).length).toBeGreaterThan(0);
  }, 60_000);

  it.each(MISTAKES)(
    'flags the line validate flags: %s',
    async (name, from, to) => {
      const text = withModeline(mutate(EXAMPLE, from, to));
      const ours = validateAgreementText(text).diagnostics.filter((d) => d.severity === 'fel');
      expect(ours.length, name).toBeGreaterThan(0);
      const theirs = (await openFile(`${name.replace(/\W+/g, '-')}.yaml`, text)).filter((d) => d.severity === 1);
      const editorLines = new Set(theirs.map((d) => d.range.start.line + 1));
      for (const d of ours)
        expect(editorLines, `${name}: validate says line ${d.position!.line}: ${d.message}; editor: ${JSON.stringify(theirs)}`).toContain(d.position!.line);
      // Where the schema can give the editor a message, it is Swedish (formats, types, allowed values).
      // The editor's own texts for unknown keys, missing values, impossible dates and limits stay English.
      if (!['misspelt key', 'empty required value', 'date that does not exist', 'number out of range'].includes(name)) {
        expect(
          theirs.some((d) => /[åäö]|ange|skriv|välj|Använd/i.test(d.message)),
          JSON.stringify(theirs),
        ).toBe(true);
      }
    },
    60_000,
  );
});
