/** `samverkan editor [fil.yaml]`: the browser editor, served on this machine only. */
import type { Command } from 'commander';
import { EXIT, tr, type CliContext } from '../context.js';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('editor')
    .description(
      tr(
        ctx,
        'redigera ett avtal i webbläsaren (formulär, YAML och granskning; inget lämnar datorn)',
        'edit an agreement in the browser (form, YAML and check; nothing leaves the computer)',
      ),
    )
    .argument('[fil]', tr(ctx, 'en YAML-fil att öppna', 'a YAML file to open'))
    .option('--port <nummer>', tr(ctx, 'port på 127.0.0.1 (standard: en ledig port)', 'port on 127.0.0.1 (default: a free port)'))
    .addHelpText(
      'after',
      tr(
        ctx,
        '\nExempel:\n  samverkan editor\n  samverkan editor agreements/eslov-solrosen.yaml\n\nSidan visas bara på den här datorn (127.0.0.1) och skickar ingenting någonstans. Samma sida\nfinns som en fristående fil, dist/web/samverkan.html (npm run build:web). Avsluta med Ctrl+C.',
        '\nExamples:\n  samverkan editor\n  samverkan editor agreements/eslov-solrosen.yaml\n\nThe page is served on this computer only (127.0.0.1) and sends nothing anywhere. The same page\nis a self-contained file, dist/web/samverkan.html (npm run build:web). Stop with Ctrl+C.',
      ),
    )
    .action(async (file: string | undefined, opts: { port?: string }) => {
      await runEditor(ctx, file, opts);
    });
}

async function runEditor(ctx: CliContext, file: string | undefined, opts: { port?: string }): Promise<void> {
  const { failUsage } = await import('../errors.js');
  const port = opts.port === undefined ? 0 : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    failUsage(ctx, tr(ctx, `--port: "${opts.port}" är inte ett portnummer (0–65535)`, `--port: "${opts.port}" is not a port number (0–65535)`));
    return;
  }
  const built = await readPage(ctx);
  if (!built) return;
  const page = file === undefined ? built.page : await withInitialFile(ctx, built.page, file);
  if (page === undefined) return;
  const server = await listen(ctx, page, built.policy, port);
  if (!server) return;
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  ctx.stdout(
    tr(
      ctx,
      `Avtalsredigeraren: http://127.0.0.1:${actual}/\nÖppna adressen i webbläsaren. Sidan syns bara på den här datorn. Avsluta med Ctrl+C.\n`,
      `Agreement editor: http://127.0.0.1:${actual}/\nOpen the address in the browser. The page is visible on this computer only. Stop with Ctrl+C.\n`,
    ),
  );
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      server.close(() => resolve());
      server.closeAllConnections();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  ctx.exitCode = EXIT.ok;
}

/** The page built by `npm run build:web`, beside the compiled CLI (<package>/dist/web/), and its content security policy. */
async function readPage(ctx: CliContext): Promise<{ page: string; policy: string } | undefined> {
  const { failUsage } = await import('../errors.js');
  const { displayPath } = await import('../../node/files.js');
  const { readFileSync } = await import('node:fs');
  const path = await import('node:path');
  const { fileURLToPath } = await import('node:url');
  const pageFile = fileURLToPath(new URL('../../web/samverkan.html', import.meta.url));
  try {
    return { page: readFileSync(pageFile, 'utf8'), policy: readFileSync(path.join(path.dirname(pageFile), 'csp.txt'), 'utf8').trim() };
  } catch {
    const shown = displayPath(pageFile, ctx.cwd);
    failUsage(ctx, tr(ctx, `${shown} saknas: bygg sidan med npm run build:web`, `${shown} is missing: build the page with npm run build:web`));
    return undefined;
  }
}

/** The page with the file to open as a data block; undefined (exit 2 set) when the file is not readable UTF-8 text. */
async function withInitialFile(ctx: CliContext, page: string, file: string): Promise<string | undefined> {
  const { failUsage, fileErrorMessage } = await import('../errors.js');
  const { readBytes, FileError, displayPath } = await import('../../node/files.js');
  const { DEFAULT_LIMITS } = await import('../../core/source.js');
  const path = await import('node:path');
  const full = path.resolve(ctx.cwd, file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readBytes(full, DEFAULT_LIMITS.maxBytes));
  } catch (e) {
    if (e instanceof FileError) failUsage(ctx, fileErrorMessage(ctx, e));
    else failUsage(ctx, tr(ctx, `${displayPath(full, ctx.cwd)}: är inte text i UTF-8`, `${displayPath(full, ctx.cwd)}: is not UTF-8 text`));
    return undefined;
  }
  // A data block, never run: JSON with "<" escaped cannot close the element.
  const data = JSON.stringify({ name: path.basename(full), text }).replace(/</g, '\\u003c');
  return page.replace('<!--samverkan:initial-->', () => `<script type="application/json" id="initial-file">${data}</script>`);
}

/** Serve the page on 127.0.0.1 only (GET and HEAD of / only); undefined (exit 2 set) when the port cannot be had. */
async function listen(ctx: CliContext, page: string, policy: string, port: number): Promise<import('node:http').Server | undefined> {
  const { failUsage } = await import('../errors.js');
  const { createServer } = await import('node:http');
  const body = Buffer.from(page, 'utf8');
  const headers = {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': `${policy}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if ((req.method === 'GET' || req.method === 'HEAD') && (url === '/' || url === '/index.html')) {
      res.writeHead(200, { ...headers, 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(req.method === 'GET' || req.method === 'HEAD' ? 404 : 405, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'",
    });
    res.end(tr(ctx, 'Finns inte.\n', 'Not found.\n'));
  });
  const listening = await new Promise<boolean>((resolve) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      failUsage(ctx, tr(ctx, `kan inte lyssna på 127.0.0.1:${port} (${e.code ?? e.message})`, `cannot listen on 127.0.0.1:${port} (${e.code ?? e.message})`));
      resolve(false);
    });
    server.listen(port, '127.0.0.1', () => resolve(true));
  });
  return listening ? server : undefined;
}
