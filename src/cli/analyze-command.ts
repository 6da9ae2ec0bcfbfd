import {parseArgs} from 'node:util'
import {analyze} from '../analyze.js'
import {UsageError, type CliIo, type ExitCode} from './io.js'
import {readPage} from './inputs.js'
import {parseFailOn, reaches} from './levels.js'
import {formatSummary} from './summary.js'

export const ANALYZE_USAGE = `Usage: article-guard <file|-> [options]
       article-guard check <files|dirs|globs|-> [--fail-on level] [--format text|json|jsonl|sarif]
       article-guard batch <dir|list-file> --out results.jsonl [--workers n]
       article-guard report <file|-> --html out.html

Extract the clean article from an HTML (or plain-text) page and report injected spam.
Run \`article-guard <command> --help\` for a command's options.

Options (single page):
  --json               print {article, report} as JSON
  --fail-on <level>    exit 1 when the page's level is at or above low|medium|high
  --format <f>         read the input as auto|html|text (default auto)
  --url <url>          page URL (tells the site's own links from others)
  --encoding <label>   encoding of the file, overriding <meta charset> sniffing
  --no-text            leave the article text out of the summary
  -h, --help           show this help
  -v, --version        show the version

Exit codes: 0 below --fail-on (or no --fail-on), 1 at or above it, 2 usage or input error.`

/** `article-guard <file|->`: one page, a readable summary or `--json`. */
export function runAnalyze(argv: string[], io: CliIo, version: string): ExitCode {
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
    io.stdout(ANALYZE_USAGE + '\n')
    return 0
  }
  if (values.version) {
    io.stdout(version + '\n')
    return 0
  }
  if (positionals.length !== 1) throw new UsageError(`expected one input file or \`-\` for stdin, got ${positionals.length}`)
  const failOn = parseFailOn(values['fail-on'], undefined)
  const format = values.format
  if (format !== undefined && format !== 'auto' && format !== 'html' && format !== 'text') throw new UsageError(`--format must be auto, html or text, not \`${format}\``)
  const file = positionals[0]!
  const bytes = readPage(file, io.stdin)
  const result = analyze(bytes, {
    ...(format === undefined ? {} : {format}),
    ...(values.url === undefined ? {} : {url: values.url}),
    ...(values.encoding === undefined ? {} : {encoding: values.encoding})
  })
  io.stdout(values.json ? JSON.stringify(result, null, 2) + '\n' : formatSummary(result, file === '-' ? 'stdin' : file, !values['no-text']) + '\n')
  return reaches(result.report.level, failOn) ? 1 : 0
}
