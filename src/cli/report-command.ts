import {writeFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {UsageError, type CliIo, type ExitCode} from './io.js'
import {collectPages} from './inputs.js'
import {parseFailOn, reaches} from './levels.js'
import {analyzePage} from './page-analysis.js'
import {renderReportHtml} from './report-html.js'

export const REPORT_USAGE = `Usage: article-guard report <file|-> --html <out.html> [options]

Write a self-contained HTML report of one page: its source with flagged blocks highlighted by
level, each finding's score, reasons and terms, and the clean article. No scripts, no external
assets; everything from the page is escaped text.

Options:
  --html <file>            where to write the report (\`-\` or absent: stdout)
  --fail-on <level>        exit 1 when the page is at or above low|medium|high
  --input-format <f>       read the input as auto|html|text (default auto)
  --encoding <label>       encoding of the input, overriding <meta charset> sniffing
  --url <url>              page URL (tells the site's own links from others)
  -h, --help               show this help

Exit codes: 0 written (below --fail-on), 1 written and at or above --fail-on, 2 usage or input error.`

/** `article-guard report`: one page into a self-contained HTML report. */
export function runReport(argv: string[], io: CliIo): ExitCode {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      html: {type: 'string'},
      'fail-on': {type: 'string'},
      'input-format': {type: 'string'},
      encoding: {type: 'string'},
      url: {type: 'string'},
      help: {type: 'boolean', short: 'h'}
    }
  })
  if (values.help) {
    io.stdout(REPORT_USAGE + '\n')
    return 0
  }
  if (positionals.length !== 1) throw new UsageError(`report needs one input file or \`-\`, got ${positionals.length}`)
  const failOn = parseFailOn(values['fail-on'], undefined)
  const inputFormat = values['input-format']
  if (inputFormat !== undefined && inputFormat !== 'auto' && inputFormat !== 'html' && inputFormat !== 'text') {
    throw new UsageError(`--input-format must be auto, html or text, not \`${inputFormat}\``)
  }
  const cwd = io.cwd ?? process.cwd()
  const [page] = collectPages(positionals, cwd)
  const analysis = analyzePage(page!, io.stdin, {
    ...(inputFormat === undefined ? {} : {format: inputFormat}),
    ...(values.encoding === undefined ? {} : {encoding: values.encoding}),
    ...(values.url === undefined ? {} : {url: values.url})
  })
  const html = renderReportHtml(analysis)
  if (values.html === undefined || values.html === '-') {
    io.stdout(html)
  } else {
    const out = resolve(cwd, values.html)
    try {
      writeFileSync(out, html)
    } catch (error) {
      throw new UsageError(`cannot write \`${values.html}\`: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
    }
    const {level, score, blocks} = analysis.result.report
    io.stderr(`article-guard: wrote ${values.html} (${level}, score ${score.toFixed(2)}, ${blocks.length} flagged block${blocks.length === 1 ? '' : 's'})\n`)
  }
  return reaches(analysis.result.report.level, failOn) ? 1 : 0
}
