#!/usr/bin/env node
/**
 * The samverkan command line: a thin shell over the library. Each command
 * lives in `commands/`, loads its heavy modules only when it runs, and reports
 * through the context so that it can also run in-process in tests.
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError, Help, Option } from 'commander';
import type { Lang } from '../core/diagnostic.js';
import { EXIT, tr, type CliContext, type CliIO } from './context.js';
import { COMMANDS } from './commands/index.js';
import { VERSION } from '../version.js';
import { terminalSafe } from '../format/sanitize.js';

/** `--lang en` may come anywhere on the line; it decides the language of help too. */
export function detectLang(argv: readonly string[], env: Record<string, string | undefined> = {}): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang' && argv[i + 1] !== undefined) return argv[i + 1] === 'en' ? 'en' : 'sv';
    if (a.startsWith('--lang=')) return a.slice(7) === 'en' ? 'en' : 'sv';
  }
  return env.SAMVERKAN_LANG === 'en' ? 'en' : 'sv';
}

const TITLES_SV: Record<string, string> = {
  'Usage:': 'Användning:',
  'Options:': 'Flaggor:',
  'Commands:': 'Kommandon:',
  'Arguments:': 'Argument:',
  'Global Options:': 'Globala flaggor:',
};

/** Commander's own error texts, for the usage errors users meet. */
function translateCommanderError(ctx: CliContext, e: CommanderError): string {
  if (ctx.lang === 'en') return e.message.replace(/^error: /, '');
  const m = e.message.replace(/^error: /, '');
  const quoted = /'([^']*)'/.exec(m)?.[1] ?? '';
  switch (e.code) {
    case 'commander.unknownOption':
      return `okänd flagga '${quoted}'` + (/Did you mean (.*)\?/.exec(m) ? ` (menade du ${/Did you mean (.*)\?/.exec(m)![1]}?)` : '');
    case 'commander.unknownCommand':
      return (
        `okänt kommando '${quoted}'` + (/Did you mean (.*)\?/.exec(m) ? ` (menade du ${/Did you mean (.*)\?/.exec(m)![1]}?)` : '') + '; se samverkan --help'
      );
    case 'commander.missingArgument':
      return `argument saknas: ${quoted}`;
    case 'commander.optionMissingArgument':
      return `flaggan '${quoted}' behöver ett värde`;
    case 'commander.missingMandatoryOptionValue':
      return `flaggan '${quoted}' måste anges`;
    case 'commander.invalidArgument': {
      const allowed = /Allowed choices are (.*)\./.exec(m)?.[1];
      return allowed ? `ogiltigt värde för ${quoted || 'flaggan'}; tillåtna är ${allowed}` : `ogiltigt värde: ${m}`;
    }
    case 'commander.excessArguments':
      return `för många argument; se samverkan --help`;
    default:
      return m;
  }
}

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('samverkan');
  program
    .description(
      tr(
        ctx,
        'Skriv, granska och exportera lokala samverkansavtal för familjecentraler.',
        'Draft, check and export local collaboration agreements for family centres.',
      ),
    )
    .version(VERSION, '-V, --version', tr(ctx, 'visa versionsnummer', 'show the version number'))
    .helpOption('-h, --help', tr(ctx, 'visa hjälp', 'show help'))
    .helpCommand('help [kommando]', tr(ctx, 'visa hjälp för ett kommando', 'show help for a command'))
    .addOption(
      new Option('--lang <språk>', tr(ctx, 'språk för meddelanden: sv eller en', 'language of messages: sv or en')).choices(['sv', 'en']).default('sv'),
    )
    .option('--debug', tr(ctx, 'visa fullständig felsökningsinformation vid internt fel', 'show full debugging details on an internal error'))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout(s),
      writeErr: (s) => ctx.stderr(s),
      outputError: () => {
        /* reported by run() in the user's language */
      },
    })
    .configureHelp(helpConfig(ctx))
    .addHelpText(
      'after',
      tr(
        ctx,
        '\nExempel:\n  samverkan new --ramverk skane-2018 --kommun Eslöv --namn "Familjecentralen Solrosen"\n  samverkan validate agreements/\n\nMer hjälp om ett kommando: samverkan <kommando> --help',
        '\nExamples:\n  samverkan new --ramverk skane-2018 --kommun Eslöv --namn "Familjecentralen Solrosen"\n  samverkan validate agreements/\n\nMore help on a command: samverkan <command> --help',
      ),
    );
  for (const register of COMMANDS) register(program, ctx);
  for (const sub of program.commands) {
    sub.helpOption('-h, --help', tr(ctx, 'visa hjälp', 'show help'));
    sub.exitOverride();
    sub.configureOutput({ writeOut: (s) => ctx.stdout(s), writeErr: (s) => ctx.stderr(s), outputError: () => {} });
    sub.configureHelp(helpConfig(ctx));
    if (ctx.lang === 'sv') {
      const args = sub.registeredArguments.map((a) => (a.required ? `<${a.name()}${a.variadic ? '...' : ''}>` : `[${a.name()}${a.variadic ? '...' : ''}]`));
      sub.usage(['[flaggor]', ...args].join(' '));
    }
  }
  if (ctx.lang === 'sv') program.usage('[flaggor] [kommando]');
  return program;
}

/** Help layout in the user's language: headings and the "(val: …; standard: …)" of options. */
function helpConfig(ctx: CliContext) {
  const sv = ctx.lang === 'sv';
  const base = new Help();
  return {
    showGlobalOptions: true,
    styleTitle: (t: string) => (sv ? (TITLES_SV[t] ?? t) : t),
    subcommandTerm: (cmd: Command) => (sv ? base.subcommandTerm(cmd).replace('[options]', '[flaggor]') : base.subcommandTerm(cmd)),
    optionDescription: (o: Option) => {
      const extra: string[] = [];
      if (o.argChoices) extra.push(`${sv ? 'val' : 'choices'}: ${o.argChoices.join(', ')}`);
      if (o.defaultValue !== undefined && o.defaultValue !== false) extra.push(`${sv ? 'standard' : 'default'}: ${String(o.defaultValue)}`);
      return extra.length > 0 ? `${o.description} (${extra.join('; ')})` : o.description;
    },
  };
}

/** A short, stable id for an internal error, so a user can quote it. */
function errorId(e: unknown): string {
  const s = e instanceof Error ? `${e.name}:${e.message}:${(e.stack ?? '').split('\n')[1] ?? ''}` : String(e);
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** Run the CLI with the given arguments (without `node` and the script). Resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIO, env: Record<string, string | undefined> = {}): Promise<number> {
  // The last line of defence: whatever a command prints, no control sequence reaches the terminal.
  const ctx: CliContext = {
    ...io,
    stdout: (s) => io.stdout(terminalSafe(s)),
    stderr: (s) => io.stderr(terminalSafe(s)),
    rawStderr: io.stderr,
    lang: detectLang(argv, env),
    debug: argv.includes('--debug'),
    exitCode: EXIT.ok,
  };
  const program = buildProgram(ctx);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      if (e.code === 'commander.executeSubCommandAsync') return ctx.exitCode;
      ctx.stderr(`samverkan: ${translateCommanderError(ctx, e)}\n`);
      return EXIT.usage;
    }
    const errno = (e as NodeJS.ErrnoException | undefined)?.code;
    if (errno === 'EMFILE' || errno === 'ENFILE') {
      ctx.stderr(
        tr(
          ctx,
          errno === 'EMFILE'
            ? 'samverkan: för många öppna filer för den här processen; höj gränsen (t.ex. ulimit -n 4096) och kör igen. Inget halvskrivet dokument finns kvar.\n'
            : 'samverkan: systemet har för många öppna filer; stäng program eller vänta och kör igen. Inget halvskrivet dokument finns kvar.\n',
          errno === 'EMFILE'
            ? 'samverkan: too many open files for this process; raise the limit (e.g. ulimit -n 4096) and run again. No half-written document is left.\n'
            : 'samverkan: the system has too many open files; close programs or wait and run again. No half-written document is left.\n',
        ),
      );
      return EXIT.usage;
    }
    const id = errorId(e);
    ctx.stderr(
      tr(
        ctx,
        `samverkan: internt fel (id ${id}). Detta är en bugg i samverkan, inte i ditt avtal. Kör igen med --debug för detaljer och rapportera id:t.\n`,
        `samverkan: internal error (id ${id}). This is a bug in samverkan, not in your agreement. Run again with --debug for details and report the id.\n`,
      ),
    );
    if (ctx.debug) ctx.stderr(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT.usage;
  }
}

/**
 * Stopped with Ctrl+C or `kill`: end what this run started (LibreOffice),
 * remove its temporary files and folders, say so, then end as the signal
 * asks. Files already in place are complete and stay; nothing half-written
 * remains. After SIGHUP (the terminal is gone) nothing is said.
 */
function onStopSignals(): void {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.on(signal, () => {
      // Loaded already when anything was written; importing it here costs nothing at start-up.
      void import('../node/files.js').then(
        (files) => {
          files.stopLiveWork();
          if (signal !== 'SIGHUP') process.stderr.write(stoppedMessage({ lang: detectLang(process.argv.slice(2), process.env) }, signal));
          process.exit(code);
        },
        () => process.exit(code),
      );
    });
  }
}

/** What a stopped run says on stderr: true of every command, the editor's Ctrl+C too. */
function stoppedMessage(ctx: { lang: Lang }, signal: 'SIGINT' | 'SIGTERM'): string {
  const how = signal === 'SIGINT' ? 'Ctrl+C (SIGINT)' : 'SIGTERM';
  return tr(
    ctx,
    `samverkan: avbruten med ${how}; inga halvskrivna eller tillfälliga filer finns kvar, och filer som redan var färdiga står kvar hela\n`,
    `samverkan: stopped by ${how}; no half-written or temporary file is left, and files already finished remain complete\n`,
  );
}

async function main(): Promise<void> {
  onStopSignals();
  // `samverkan … | head` closes the pipe early: that is not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  const code = await run(
    process.argv.slice(2),
    {
      stdout: (s) => process.stdout.write(s),
      stderr: (s) => process.stderr.write(s),
      stderrIsTTY: Boolean(process.stderr.isTTY),
      cwd: process.cwd(),
      today: () => new Date(),
    },
    process.env,
  );
  process.exitCode = code;
}

// Run only when executed as the bin (directly or through npm's link), not when imported by tests.
function isEntryPoint(): boolean {
  try {
    return process.argv[1] !== undefined && pathToFileURL(realpathSync(process.argv[1])).href === import.meta.url;
  } catch {
    return false;
  }
}
if (isEntryPoint()) {
  main().catch((e) => {
    process.stderr.write(`samverkan: internt fel: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  });
}
