import type {BatchRecord} from './batch-record.js'
import {LEVELS_HIGH_FIRST} from './levels.js'
import {formatTable} from './table.js'

/** Most categories and languages listed in the summary; the rest are folded into "other". */
const TOP_ROWS = 12

/** Numbers about one run of `batch`. */
export interface BatchRun {
  /** Pages analysed in this run. */
  processed: number
  /** Pages skipped because the results file already had them. */
  skipped: number
  /** Wall time of this run, in milliseconds. */
  elapsedMs: number
  /** Worker threads used (0: in the main thread). */
  workers: number
  /** Whether V8's helper threads were turned off for the workers (they filled every core). Default `false`. */
  v8HelpersOff?: boolean
  /** Path of the results file. */
  out: string
}

/**
 * The summary printed after a batch: totals of this run, then pages by level, by category (pages
 * with at least one block of it) and by language, over every record in the results file.
 */
export function formatBatchSummary(records: Iterable<BatchRecord>, run: BatchRun): string {
  const byLevel = new Map<string, number>()
  const byCategory = new Map<string, number>()
  const byLang = new Map<string, number>()
  let total = 0
  let errors = 0
  for (const record of records) {
    total++
    if (record.error !== undefined || record.level === null) {
      errors++
      continue
    }
    increment(byLevel, record.level)
    for (const category of record.categories) increment(byCategory, category)
    increment(byLang, normalizeLang(record.lang))
  }
  const seconds = run.elapsedMs / 1000
  const rate = seconds > 0 ? run.processed / seconds : 0
  const share = (n: number): string => (total === 0 ? '-' : `${((100 * n) / total).toFixed(1)}%`)
  const sections = [
    `${total} pages in ${run.out}: ${run.processed} analysed in this run, ${run.skipped} already there, ${errors} errors`,
    `${seconds.toFixed(1)} s, ${rate.toFixed(1)} pages/s with ${run.workers === 0 ? 'no worker threads' : `${run.workers} worker${run.workers === 1 ? '' : 's'}`}` +
      (run.v8HelpersOff === true ? ' (V8 helper threads off; --v8-helpers keeps them)' : ''),
    '',
    formatTable(['level', 'pages', 'share'], [
      ...LEVELS_HIGH_FIRST.map((level) => [level, String(byLevel.get(level) ?? 0), share(byLevel.get(level) ?? 0)]),
      ['error', String(errors), share(errors)]
    ]),
    '',
    formatTable(['category', 'pages', 'share'], topRows(byCategory).map(([name, n]) => [name, String(n), share(n)])),
    '',
    formatTable(['language', 'pages', 'share'], topRows(byLang).map(([name, n]) => [name, String(n), share(n)]))
  ]
  return sections.join('\n') + '\n'
}

/** `en-us` and `en-US` count as one language: BCP 47 case conventions (`zh-Hant-TW`). */
function normalizeLang(lang: string): string {
  if (!lang) return '(unknown)'
  return lang
    .split(/[-_]/)
    .map((part, i) => (i === 0 ? part.toLowerCase() : part.length === 2 ? part.toUpperCase() : part.length === 4 ? part[0]!.toUpperCase() + part.slice(1).toLowerCase() : part.toLowerCase()))
    .join('-')
}

function increment(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1)
}

function topRows(map: Map<string, number>): [string, number][] {
  const rows = [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  if (rows.length <= TOP_ROWS) return rows
  const other = rows.slice(TOP_ROWS - 1).reduce((sum, [, n]) => sum + n, 0)
  return [...rows.slice(0, TOP_ROWS - 1), ['(other)', other]]
}
