import type {FlaggedBlock, Level} from '../types.js'
import {LEVEL_ORDER} from './levels.js'
import type {PageAnalysis} from './page-analysis.js'
import {resultMessage} from './sarif.js'
import {LineIndex} from './text-position.js'

/** Longest excerpt of a block in the text output. */
const EXCERPT_CHARS = 80

/** One page as `check --format json|jsonl` prints it: the article's metadata (not its text) and the full report. */
export function toJsonRecord(analysis: PageAnalysis): object {
  const {article, report} = analysis.result
  return {
    file: analysis.page.name,
    article: {title: article.title, byline: article.byline, published: article.published, siteName: article.siteName, lang: article.lang},
    report
  }
}

/**
 * Text output of `check`: one line per page (`file: level (score), n blocks`), one line per flagged
 * block as `file:line:column: level category score message` (the compiler-error shape editors
 * link), then a totals line.
 */
export function formatCheckText(analyses: readonly PageAnalysis[], failOn: Exclude<Level, 'none'>): string {
  const lines: string[] = []
  const counts: Record<Level, number> = {high: 0, medium: 0, low: 0, none: 0}
  let failing = 0
  for (const analysis of analyses) {
    const {report} = analysis.result
    counts[report.level]++
    if (LEVEL_ORDER[report.level] >= LEVEL_ORDER[failOn]) failing++
    const n = report.blocks.length
    lines.push(`${analysis.page.name}: ${report.level} (score ${report.score.toFixed(2)}), ${n} flagged block${n === 1 ? '' : 's'}`)
    const index = new LineIndex(analysis.source)
    for (const block of report.blocks) lines.push(formatBlockLine(analysis.page.name, block, index))
  }
  const pages = analyses.length
  lines.push(
    `${pages} page${pages === 1 ? '' : 's'}: ${counts.high} high, ${counts.medium} medium, ${counts.low} low, ${counts.none} clean; ` +
      (failing === 0 ? `none at or above ${failOn}` : `${failing} at or above ${failOn}`)
  )
  return lines.join('\n') + '\n'
}

function formatBlockLine(name: string, block: FlaggedBlock, index: LineIndex): string {
  const {line, column} = index.at(block.start)
  const text = block.text.replace(/\s+/g, ' ').trim()
  const excerpt = text.length > EXCERPT_CHARS ? text.slice(0, EXCERPT_CHARS) + '…' : text
  return `  ${name}:${line}:${column}: ${resultMessage(block)}\n      "${excerpt}"`
}
