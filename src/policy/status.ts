/**
 * Exit statuses shared by every command: 0 passed, 1 findings (an invalid
 * file, a failing rule, a refused document), 2 usage or I/O error. Kept
 * apart from the judging functions (exit.ts) so the CLI can name them
 * without loading the checker.
 */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export type ExitStatus = (typeof EXIT)[keyof typeof EXIT];

/** The worst of several statuses (a run is as bad as its worst file). */
export function worstStatus(...statuses: readonly ExitStatus[]): ExitStatus {
  return Math.max(EXIT.ok, ...statuses) as ExitStatus;
}
