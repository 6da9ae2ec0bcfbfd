import {parseArgs} from 'node:util'
import {UsageError, type CliIo, type ExitCode} from './io.js'
import {collectPages} from './inputs.js'
import {parseFailOn, reaches} from './levels.js'
import {analyzePage, type PageAnalysis} from './page-analysis.js'
import {formatCheckText, toJsonRecord} from './check-output.js'
import {toSarif} from './sarif.js'

/** Output formats of `check`. */
const OUTPUT_FORMATS = ['text', 'json', 'jsonl', 'sarif'] as const
type OutputFormat = (typeof OUTPUT_FORMATS)[number]

/** Default `--fail-on` of `check`: only certain spam fails a pipeline unless asked otherwise. */
const DEFAULT_FAIL_ON = 'high'

export const CHECK_USAGE = `Usage: article-guard check <files|dirs|globs|-> [options]

Check pages for injected spam; exit 1 when any page reaches --fail-on.
Directories are walked recursively for *.html, *.htm, *.xhtml, *.txt (each optionally .gz);
globs support *, **, ?, [abc] and {a,b} (quote them so the shell leaves them alone).

Options:
  --fail-on <level>        low|medium|high (default ${DEFAULT_FAIL_ON})
  --format <f>             text|json|jsonl|sarif output (default text)
  --input-format <f>       read inputs as auto|html|text (default auto)
  --encoding <label>       encoding of the inputs, overriding <meta charset> sniffing
  -h, --help               show this help

SARIF regions: charOffset/charLength count UTF-16 code units in the decoded text (run.columnKind
"utf16CodeUnits"); startLine/startColumn/endLine/endColumn are derived from them.

Exit codes: 0 no page at or above --fail-on, 1 at least one, 2 usage or input error.`

/** `article-guard check`: analyse every page, print them in the chosen format, exit 1 at the threshold. */
export function runCheck(argv: string[], io: CliIo): ExitCode {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      'fail-on': {type: 'string'},
      format: {type: 'string'},
      'input-format': {type: 'string'},
      encoding: {type: 'string'},
      help: {type: 'boolean', short: 'h'}
    }
  })
  if (values.help) {
    io.stdout(CHECK_USAGE + '\n')
    return 0
  }
  const failOn = parseFailOn(values['fail-on'], DEFAULT_FAIL_ON)!
  const format = (values.format ?? 'text') as OutputFormat
  if (!OUTPUT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}, not \`${format}\``)
  const inputFormat = values['input-format']
  if (inputFormat !== undefined && inputFormat !== 'auto' && inputFormat !== 'html' && inputFormat !== 'text') {
    throw new UsageError(`--input-format must be auto, html or text, not \`${inputFormat}\``)
  }
  if (positionals.length === 0) throw new UsageError('check needs at least one file, directory, glob or `-`')
  const cwd = io.cwd ?? process.cwd()
  const pages = collectPages(positionals, cwd)
  if (pages.length === 0) throw new UsageError(`no page files (*.html, *.htm, *.txt, *.gz) in ${positionals.join(', ')}`)

  const analyses: PageAnalysis[] = pages.map((page) =>
    analyzePage(page, io.stdin, {
      ...(inputFormat === undefined ? {} : {format: inputFormat}),
      ...(values.encoding === undefined ? {} : {encoding: values.encoding})
    })
  )
  if (format === 'sarif') io.stdout(JSON.stringify(toSarif(analyses, cwd), null, 2) + '\n')
  else if (format === 'json') io.stdout(JSON.stringify(analyses.map(toJsonRecord), null, 2) + '\n')
  else if (format === 'jsonl') io.stdout(analyses.map((a) => JSON.stringify(toJsonRecord(a)) + '\n').join(''))
  else io.stdout(formatCheckText(analyses, failOn))
  return analyses.some((a) => reaches(a.result.report.level, failOn)) ? 1 : 0
}
