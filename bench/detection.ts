/**
 * Detection benchmark: `npx tsx bench/detection.ts` (npm run bench:detection).
 *
 * 1. False positives on real pages: analyse the 181 AEB pages (../shared/corpora/aeb/html, or
 *    $SHARED/corpora/aeb/html) and list every page that reaches `medium` or `high`, with its top
 *    block (excerpt, score, reasons) for inspection. AEB pages carry no injected spam.
 * 2. Fixtures (tests/fixtures/spam-* and clean-*):
 *    - recall: share of spam fixtures detected, i.e. page level ≥ medium and every spamText of
 *      expected.json inside a removed block (and none left in the article text);
 *    - precision: share of reported blocks at ≥ medium (over all fixtures, clean ones included)
 *      that overlap the injected spam: their text holds a spamText, or their source range meets
 *      the range from the first to the last spamText in the page;
 *    per kind and per form as Markdown tables, with totals; then the false-positive rate on the
 *    clean fixtures (page level ≥ medium) and the misses with what the detector did.
 *
 * Prints Markdown; exits non-zero only on a crash.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {gunzipSync} from 'node:zlib'
import {analyze} from '../src/index.js'
import type {AnalyzeResult, FlaggedBlock} from '../src/types.js'
import {RANK, describeBlock, loadFixtures, norm, reported, spamProblems, type Fixture} from '../tests/fixtures/lib/fixtures.js'

const shared = resolve(process.env['SHARED'] ?? '../shared')

function pct(n: number, d: number): string {
  return d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ')
}

function topBlock(result: AnalyzeResult): FlaggedBlock | undefined {
  let best: FlaggedBlock | undefined
  for (const b of result.report.blocks) if (!best || b.score > best.score) best = b
  return best
}

function reasonsOf(block: FlaggedBlock, n = 4): string {
  return block.reasons.slice(0, n).map((r) => `${r.signal} ${r.weight}: ${r.detail}`).join('; ')
}

// ---------------------------------------------------------------------------------------------
// 1. AEB

function aeb(): void {
  const dir = join(shared, 'corpora', 'aeb', 'html')
  let files: string[]
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.html') || f.endsWith('.html.gz')).sort()
  } catch {
    console.log(`## AEB false positives\n\nNo corpus at ${dir} (set SHARED); skipped.\n`)
    return
  }
  const flagged: Array<{id: string; result: AnalyzeResult}> = []
  const byLevel = {none: 0, low: 0, medium: 0, high: 0}
  let blocksMedium = 0
  const started = performance.now()
  for (const file of files) {
    const raw = readFileSync(join(dir, file))
    const html = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8')
    const result = analyze(html)
    byLevel[result.report.level]++
    blocksMedium += reported(result).length
    if (RANK[result.report.level] >= RANK.medium) flagged.push({id: file.replace(/\.html(\.gz)?$/, ''), result})
  }
  const seconds = (performance.now() - started) / 1000
  console.log('## AEB false positives\n')
  console.log(`${files.length} pages in ${seconds.toFixed(1)} s. Page levels: none ${byLevel.none}, low ${byLevel.low}, medium ${byLevel.medium}, high ${byLevel.high}.`)
  console.log(`**${flagged.length} of ${files.length} pages (${pct(flagged.length, files.length)}) reach medium or high**, with ${blocksMedium} blocks at ≥ medium in all.\n`)
  if (flagged.length === 0) return
  console.log('| page | level | score | top block | kind/category | removed | reasons |')
  console.log('|---|---|---|---|---|---|---|')
  flagged.sort((a, b) => b.result.report.score - a.result.report.score)
  for (const {id, result} of flagged) {
    const top = topBlock(result)!
    console.log(`| ${id} | ${result.report.level} | ${result.report.score} | ${cell(norm(top.text).slice(0, 100))} | ${top.kind}/${top.category} | ${top.removed} | ${cell(reasonsOf(top))} |`)
  }
  console.log()
}

// ---------------------------------------------------------------------------------------------
// 2. Fixtures

interface Row {
  fixtures: number
  detected: number
  blocks: number
  onSpam: number
}

function emptyRow(): Row {
  return {fixtures: 0, detected: 0, blocks: 0, onSpam: 0}
}

/** Source range from the first to the last spamText occurrence. */
function spamRange(html: string, spamTexts: readonly string[]): [number, number] | undefined {
  let start = Infinity
  let end = -1
  for (const s of spamTexts) {
    const at = html.indexOf(s)
    if (at < 0) continue
    start = Math.min(start, at)
    end = Math.max(end, at + s.length)
  }
  return end < 0 ? undefined : [start, end]
}

function onSpam(block: FlaggedBlock, html: string, spamTexts: readonly string[]): boolean {
  const text = norm(block.text)
  if (spamTexts.some((s) => text.includes(norm(s)))) return true
  const range = spamRange(html, spamTexts)
  return range !== undefined && block.start < range[1] && block.end > range[0]
}

function table(title: string, rows: Map<string, Row>, total: Row): void {
  console.log(`### ${title}\n`)
  console.log(`| ${title.split(' ').pop()} | fixtures | detected | recall | blocks ≥ medium | on spam | precision |`)
  console.log('|---|---:|---:|---:|---:|---:|---:|')
  const line = (name: string, r: Row): void =>
    console.log(`| ${name} | ${r.fixtures} | ${r.detected} | ${pct(r.detected, r.fixtures)} | ${r.blocks} | ${r.onSpam} | ${pct(r.onSpam, r.blocks)} |`)
  for (const [name, r] of [...rows].sort(([a], [b]) => a.localeCompare(b))) line(name, r)
  line('**total**', total)
  console.log()
}

function fixtures(): void {
  const all: Fixture[] = loadFixtures()
  const byKind = new Map<string, Row>()
  const byForm = new Map<string, Row>()
  const total = emptyRow()
  const misses: string[] = []
  let cleanPages = 0
  let cleanFlagged = 0
  let cleanOverMax = 0
  let cleanBlocks = 0
  const cleanLines: string[] = []
  for (const fixture of all) {
    const result = analyze(fixture.html)
    const blocks = reported(result)
    if (fixture.type === 'clean') {
      cleanPages++
      cleanBlocks += blocks.length
      total.blocks += blocks.length
      if (RANK[result.report.level] >= RANK.medium) cleanFlagged++
      if (RANK[result.report.level] > RANK[fixture.expected.maxLevel]) cleanOverMax++
      const top = topBlock(result)
      cleanLines.push(`| ${fixture.name} | ${result.report.level} | ${result.report.score} | ${top ? cell(`${top.kind}/${top.category} «${norm(top.text).slice(0, 70)}» ${reasonsOf(top, 3)}`) : ''} |`)
      continue
    }
    const problems = spamProblems(result, fixture.expected)
    const detected = RANK[result.report.level] >= RANK.medium && problems.every((p) => !p.startsWith('spam text'))
    const hits = blocks.filter((b) => onSpam(b, fixture.html, fixture.expected.spamTexts)).length
    for (const row of [rowOf(byKind, fixture.kind), rowOf(byForm, fixture.form), total]) {
      row.fixtures++
      if (detected) row.detected++
      row.blocks += blocks.length
      row.onSpam += hits
    }
    if (problems.length > 0) {
      const flagged = result.report.blocks.map((b) => `    - ${describeBlock(b, 3)}`)
      misses.push(`- **${fixture.name}** (expected ≥ ${fixture.expected.level}): page ${result.report.level} ${result.report.score}; ${problems.join('; ')}${flagged.length ? '\n' + flagged.join('\n') : ' — no block flagged'}`)
    }
  }
  console.log('## Fixtures\n')
  console.log('Detected: page level ≥ medium and every spamText in a removed block, none left in the article. Precision counts blocks at ≥ medium on all fixtures (clean ones included in the total).\n')
  table('Recall and precision per kind', byKind, total)
  table('Recall and precision per form', byForm, total)
  console.log(`### Clean fixtures\n`)
  console.log(`False-positive rate: **${cleanFlagged} of ${cleanPages} clean pages (${pct(cleanFlagged, cleanPages)}) reach medium or high**; ${cleanOverMax} exceed their maxLevel; ${cleanBlocks} blocks at ≥ medium.\n`)
  console.log('| fixture | level | score | top block |')
  console.log('|---|---|---:|---|')
  for (const line of cleanLines) console.log(line)
  console.log()
  console.log(`### Spam fixtures that fail their expectations (${misses.length})\n`)
  console.log(misses.length ? misses.join('\n') : 'None.')
  console.log()
}

function rowOf(map: Map<string, Row>, key: string): Row {
  let row = map.get(key)
  if (!row) map.set(key, (row = emptyRow()))
  return row
}

try {
  console.log('# Detection benchmark\n')
  aeb()
  fixtures()
} catch (error) {
  console.error(error)
  process.exit(1)
}
