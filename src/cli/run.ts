import {readFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {analyze} from '../analyze.js'
import {ArticleGuardError} from '../errors.js'
import {LEVEL_RANK} from '../detect/score.js'
import type {Level} from '../types.js'
import {VERSION} from '../version.js'
import {formatSummary} from './summary.js'

/** Streams the CLI talks to (injected so tests run it in-process). */
export interface CliIo {
  stdout: (s: string) => void
  stderr: (s: string) => void
  stdin: () => Uint8Array
}

/** Exit codes: 0 below the threshold, 1 at or above it, 2 usage or input error. */
export type ExitCode = 0 | 1 | 2

const USAGE = `Usage: article-guard <file|-> [options]

Extract the clean article from an HTML (or plain-text) page and report injected spam.

Options:
  --json               print {article, report} as JSON
  --fail-on <level>    exit 1 when the page's level is at or above low|medium|high
  --format <f>         read the input as auto|html|text (default auto)
  --url <url>          page URL (tells the site's own links from others)
  --encoding <label>   encoding of the file, overriding <meta charset> sniffing
  --no-text            leave the article text out of the summary
  -h, --help           show this help
  -v, --version        show the version

Exit codes: 0 below --fail-on (or no --fail-on), 1 at or above it, 2 usage or input error.`

const LEVELS: readonly Level[] = ['low', 'medium', 'high']

class UsageError extends Error {}

/** Run the CLI with `argv` (without node and script); returns the exit code. */
export function run(argv: string[], io: CliIo): ExitCode {
  try {
    const {values, positionals} = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: {type: 'boolean'},
        'fail-on': {type: 'string'},
        format: {type: 'string'},
        url: {type: 'string'},
        encoding: {type: 'string'},
        'no-text': {type: 'boolean'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
    if (values.help) {
      io.stdout(USAGE + '\n')
      return 0
    }
    if (values.version) {
      io.stdout(VERSION + '\n')
      return 0
    }
    if (positionals.length !== 1) throw new UsageError(`expected one input file or \`-\` for stdin, got ${positionals.length}`)
    const failOn = values['fail-on']
    if (failOn !== undefined && !LEVELS.includes(failOn as Level)) throw new UsageError(`--fail-on must be one of ${LEVELS.join(', ')}, not \`${failOn}\``)
    const format = values.format
    if (format !== undefined && format !== 'auto' && format !== 'html' && format !== 'text') throw new UsageError(`--format must be auto, html or text, not \`${format}\``)
    const file = positionals[0]!
    let bytes: Uint8Array
    try {
      bytes = file === '-' ? io.stdin() : readFileSync(file)
    } catch (error) {
      throw new UsageError(`cannot read \`${file}\`: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
    }
    const result = analyze(bytes, {
      ...(format === undefined ? {} : {format}),
      ...(values.url === undefined ? {} : {url: values.url}),
      ...(values.encoding === undefined ? {} : {encoding: values.encoding})
    })
    io.stdout(values.json ? JSON.stringify(result, null, 2) + '\n' : formatSummary(result, file === '-' ? 'stdin' : file, !values['no-text']) + '\n')
    if (failOn !== undefined && LEVEL_RANK[result.report.level] >= LEVEL_RANK[failOn as Level]) return 1
    return 0
  } catch (error) {
    if (error instanceof UsageError || error instanceof ArticleGuardError || (error as {code?: string}).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`article-guard: ${(error as Error).message.split('\n')[0]}\n`)
      return 2
    }
    throw error
  }
}
