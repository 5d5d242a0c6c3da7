/** What a command needs from the outside world, so that commands run in-process in tests too. */
import type { Lang } from '../core/diagnostic.js';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal (progress output is shown only then). */
  stderrIsTTY: boolean;
  cwd: string;
  /** The date "today" for date-aware commands; tests pin it. */
  today: () => Date;
}

export interface CliContext extends CliIO {
  /**
   * stderr without the terminal filter, for the program's own control codes
   * only (the progress line's carriage return and erase-line). `stdout` and
   * `stderr` of a context show every control character as `\uXXXX`.
   */
  rawStderr: (text: string) => void;
  lang: Lang;
  debug: boolean;
  exitCode: number;
}

/** Exit codes shared by every command (the library's, src/policy/status.ts). */
export { EXIT } from '../policy/status.js';

/** Pick the Swedish or English string. */
export function tr(ctx: { lang: Lang }, sv: string, en: string): string {
  return ctx.lang === 'en' ? en : sv;
}
