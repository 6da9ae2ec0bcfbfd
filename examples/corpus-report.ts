/**
 * Run article-guard over a folder of pages and write a CSV of the results and an SVG histogram of
 * page scores.
 *
 *   npx tsx examples/corpus-report.ts [folder] [out-dir]
 *
 * folder defaults to ../shared/corpora/aeb; out-dir to bench/out/corpus-report. Pages are *.html,
 * *.htm and *.txt files, optionally gzipped (*.gz), found recursively.
 */
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {gunzipSync} from 'node:zlib'
import {analyze, type Level} from 'article-guard'

/** Histogram bins over the score range 0–1. */
const BINS = 20
/** Scores at which a page becomes low, medium and high (the library's thresholds, for colouring the bars). */
const LEVEL_FLOOR = {low: 0.2, medium: 0.45, high: 0.7} as const
/** Bar colour per level. */
const COLOUR: Record<Level, string> = {none: '#adb5bd', low: '#f2c94c', medium: '#f2994a', high: '#eb5757'}
/** SVG size and margins, in pixels. */
const WIDTH = 720
const HEIGHT = 360
const MARGIN = {top: 40, right: 20, bottom: 50, left: 56}

interface Row {
  id: string
  level: Level | 'error'
  score: number
  blocks: number
  categories: string
  lang: string
  chars: number
}

const [folder = '../shared/corpora/aeb', outDir = 'bench/out/corpus-report'] = process.argv.slice(2)
const files = readdirSync(folder, {recursive: true, encoding: 'utf8'})
  .filter((name) => /\.(?:html?|txt)(?:\.gz)?$/i.test(name))
  .sort()
if (files.length === 0) {
  console.error(`no pages in ${folder}`)
  process.exit(2)
}

const rows: Row[] = []
for (const name of files) {
  const path = join(folder, name)
  const id = relative(folder, path).split('\\').join('/')
  try {
    let bytes: Uint8Array = readFileSync(path)
    if (name.endsWith('.gz')) bytes = gunzipSync(bytes)
    const {article, report} = analyze(bytes)
    const categories = [...new Set(report.blocks.map((b) => b.category))].join(' ')
    rows.push({id, level: report.level, score: report.score, blocks: report.blocks.length, categories, lang: article.lang, chars: article.text.length})
  } catch (error) {
    console.error(`${id}: ${(error as Error).message}`)
    rows.push({id, level: 'error', score: 0, blocks: 0, categories: '', lang: '', chars: 0})
  }
}

mkdirSync(outDir, {recursive: true})
const csvPath = join(outDir, 'pages.csv')
const svgPath = join(outDir, 'scores.svg')
writeFileSync(csvPath, toCsv(rows))
writeFileSync(svgPath, histogram(rows.filter((r) => r.level !== 'error').map((r) => r.score), folder))
const byLevel = new Map<string, number>()
for (const row of rows) byLevel.set(row.level, (byLevel.get(row.level) ?? 0) + 1)
console.log(`${rows.length} pages from ${folder}: ${['high', 'medium', 'low', 'none', 'error'].map((l) => `${byLevel.get(l) ?? 0} ${l}`).join(', ')}`)
console.log(`wrote ${csvPath} and ${svgPath}`)

/** RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled. */
function toCsv(data: readonly Row[]): string {
  const field = (value: string | number): string => {
    const text = String(value)
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
  const header = ['id', 'level', 'score', 'blocks', 'categories', 'lang', 'chars']
  const lines = data.map((r) => [r.id, r.level, r.score.toFixed(3), r.blocks, r.categories, r.lang, r.chars].map(field).join(','))
  return [header.join(','), ...lines].join('\r\n') + '\r\n'
}

function levelOfBin(low: number): Level {
  return low >= LEVEL_FLOOR.high ? 'high' : low >= LEVEL_FLOOR.medium ? 'medium' : low >= LEVEL_FLOOR.low ? 'low' : 'none'
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]!)
}

/** A bar chart of `scores` in `BINS` bins, bars coloured by the level their lower edge falls in. */
function histogram(scores: readonly number[], title: string): string {
  const counts = new Array<number>(BINS).fill(0)
  for (const score of scores) counts[Math.min(BINS - 1, Math.floor(score * BINS))]!++
  const top = Math.max(1, ...counts)
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom
  const barWidth = plotWidth / BINS
  const y = (n: number): number => MARGIN.top + plotHeight - (n / top) * plotHeight
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<text x="${WIDTH / 2}" y="22" text-anchor="middle" font-size="14" font-weight="600">Page scores: ${escapeXml(title)} (${scores.length} pages)</text>`
  ]
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    const n = Math.round(top * tick)
    parts.push(`<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(n)}" y2="${y(n)}" stroke="#e9ecef"/>`)
    parts.push(`<text x="${MARGIN.left - 6}" y="${y(n) + 4}" text-anchor="end" fill="#495057">${n}</text>`)
  }
  counts.forEach((count, i) => {
    const x = MARGIN.left + i * barWidth
    const low = i / BINS
    parts.push(
      `<rect x="${(x + 1).toFixed(1)}" y="${y(count).toFixed(1)}" width="${(barWidth - 2).toFixed(1)}" height="${(MARGIN.top + plotHeight - y(count)).toFixed(1)}" fill="${COLOUR[levelOfBin(low)]}">` +
        `<title>${low.toFixed(2)}–${(low + 1 / BINS).toFixed(2)}: ${count} pages</title></rect>`
    )
    if (count > 0) parts.push(`<text x="${(x + barWidth / 2).toFixed(1)}" y="${(y(count) - 4).toFixed(1)}" text-anchor="middle" fill="#212529">${count}</text>`)
  })
  for (let i = 0; i <= 10; i += 2) {
    const x = MARGIN.left + (i / 10) * plotWidth
    parts.push(`<text x="${x}" y="${MARGIN.top + plotHeight + 18}" text-anchor="middle" fill="#495057">${(i / 10).toFixed(1)}</text>`)
  }
  parts.push(`<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${MARGIN.top + plotHeight}" y2="${MARGIN.top + plotHeight}" stroke="#495057"/>`)
  parts.push(`<text x="${MARGIN.left + plotWidth / 2}" y="${HEIGHT - 10}" text-anchor="middle" fill="#495057">page score (grey none, yellow low, orange medium, red high)</text>`)
  parts.push('</svg>')
  return parts.join('\n') + '\n'
}
