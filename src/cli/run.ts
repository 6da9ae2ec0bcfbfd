import {ArticleGuardError} from '../errors.js'
import {VERSION} from '../version.js'
import {runAnalyze} from './analyze-command.js'
import {runBatch} from './batch-command.js'
import {runCheck} from './check-command.js'
import {oneLine, UsageError, type CliIo, type ExitCode} from './io.js'
import {runReport} from './report-command.js'

export type {CliIo, ExitCode} from './io.js'

/** Subcommands; any other first argument is the single-page form `article-guard <file|->`. */
const COMMANDS = {check: runCheck, batch: runBatch, report: runReport} as const

/**
 * Run the CLI with `argv` (without node and script); resolves to the exit code.
 * `article-guard <file|->` analyses one page (as before the subcommands); `check`, `batch` and
 * `report` are the subcommands (a file actually named `check` can be given as `./check`).
 * Usage and input errors print one line on stderr and give 2; other errors are bugs and throw.
 */
export async function run(argv: string[], io: CliIo): Promise<ExitCode> {
  try {
    const [first, ...rest] = argv
    if (first !== undefined && Object.hasOwn(COMMANDS, first)) return await COMMANDS[first as keyof typeof COMMANDS](rest, io)
    return runAnalyze(argv, io, VERSION)
  } catch (error) {
    if (error instanceof UsageError || error instanceof ArticleGuardError || (error as {code?: string}).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`article-guard: ${oneLine(error)}\n`)
      return 2
    }
    throw error
  }
}
