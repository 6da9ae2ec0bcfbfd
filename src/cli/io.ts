/** Streams and environment the CLI talks to, injected so tests run every command in-process. */
export interface CliIo {
  /** Write to standard output. */
  stdout: (s: string) => void
  /** Write to standard error. */
  stderr: (s: string) => void
  /** Read all of standard input. */
  stdin: () => Uint8Array
  /** Whether standard error is a terminal (the batch progress bar only shows then). Default `false`. */
  stderrIsTTY?: boolean
  /** Stream the batch progress bar draws on; default: none (no bar). */
  progressStream?: NodeJS.WritableStream
  /** Directory relative paths and SARIF URIs are resolved against. Default `process.cwd()`. */
  cwd?: string
  /** URL of the CLI entry module (`dist/cli/main.js`), which batch workers run. Default: found next to this module. */
  entry?: string
  /** Whether this process runs V8 without its helper threads (see batch-v8.ts); told in the batch summary. Default `false`. */
  v8HelpersOff?: boolean
}

/** Exit codes: 0 clean (below the threshold), 1 at or above `--fail-on`, 2 usage or input error. */
export type ExitCode = 0 | 1 | 2

/** A mistake in the command line or an unreadable input: printed as one line on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** First line of an error's message, for the one-line stderr report. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n')[0] ?? ''
}
