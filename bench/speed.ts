/**
 * Speed of article-guard against parsing alone and Mozilla Readability, on the AEB corpus.
 *
 *   npx tsx bench/speed.ts [--reps 3] [--warmup 5] [--limit N] [--gc] [--no-jsdom] [--json out.json]
 *
 * Pages are gunzipped and decoded to strings before any timing. Extractors run interleaved per page
 * (page-major: for each page, for each repetition, every extractor in a fresh seeded random order),
 * so machine noise and leftover garbage fall on all of them alike; each page's time is the median of
 * its repetitions. `--gc` runs a full garbage collection before each timed call (so one extractor's
 * garbage is not collected on another's clock). The per-stage breakdown comes from `analyzeTimed` runs interleaved the same way.
 */
import {writeFileSync} from 'node:fs'
import {loadCorpus} from './lib/corpus.js'
import {argNumber, argValue, hasFlag, machineInfo, printMachine} from './lib/env.js'
import {
  analyzeExtractor,
  analyzeStages,
  emptyTimings,
  parseFromHtml,
  parseRehype,
  readabilityJsdom,
  readabilityLinkedom,
  STAGES,
  type Extractor
} from './lib/extractors.js'
import {getGc} from './lib/gc.js'
import {mark, median, num, percentile, sum, table} from './lib/stats.js'
import type {StageTimings} from '../src/analyze.js'

const reps = argNumber('--reps', 3)
const warmup = argNumber('--warmup', 5)
const limit = argNumber('--limit', Infinity)
const jsonOut = argValue('--json')
const gc = hasFlag('--gc') ? getGc() : undefined

const GOAL_PARSE_RATIO = 1.5
const GOAL_JSDOM_RATIO = 8

const pages = loadCorpus('aeb', limit)
const extractors: Extractor[] = [
  parseRehype,
  parseFromHtml,
  analyzeExtractor,
  readabilityLinkedom,
  ...(hasFlag('--no-jsdom') ? [] : [readabilityJsdom])
]
const TIMED = 'analyze (analyzeTimed)'
const names = [...extractors.map((e) => e.name), TIMED]

const info = machineInfo()
printMachine('article-guard speed (AEB corpus)', info)
console.log(`${pages.length} pages, ${(sum(pages.map((p) => p.html.length)) / 1e6).toFixed(1)} M chars; ${reps} repetitions per page (median taken), ${warmup} warm-up pages, order shuffled per repetition${gc ? ', full GC before each call' : ''}`)

let sink = 0
function consume(value: unknown): void {
  if (typeof value === 'number') sink += value
  else if (value) sink++
}

// Warm-up: the first pages, twice through every extractor, untimed.
for (const page of pages.slice(0, warmup)) {
  for (let r = 0; r < 2; r++) {
    for (const e of extractors) {
      consume(e.run(page.html))
      e.after?.(undefined)
    }
    analyzeStages(page.html, emptyTimings())
  }
}

/** per extractor name: per page median ms */
const perPage = new Map<string, number[]>(names.map((n) => [n, []]))
const stagePerPage = new Map<string, number[]>(STAGES.map((s) => [s, []]))
/** per stage: per page mean ms over repetitions (keeps GC pauses and preemption that medians drop) */
const stageMeanPerPage = new Map<string, number[]>(STAGES.map((s) => [s, []]))
const failures: string[] = []
const started = performance.now()

/** Seeded pseudo-random numbers in [0, 1) (mulberry32). */
function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
/** A Fisher–Yates shuffle of `items` (in place, returned). */
function shuffled<T>(items: T[], next: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[items[i], items[j]] = [items[j]!, items[i]!]
  }
  return items
}
const random = seeded(20261201)

for (const [p, page] of pages.entries()) {
  const times = new Map<string, number[]>(names.map((n) => [n, []]))
  const stageRuns: StageTimings[] = []
  for (let r = 0; r < reps; r++) {
    // A fresh random order each time (seeded: the same across runs): each extractor pays for the
    // garbage left by a different one. Rotating a fixed order kept the same neighbours, so the
    // parser after the heaviest allocator looked 16-39% slower than the same parser elsewhere.
    const order = shuffled([...extractors.map((e) => e.name), TIMED], random)
    for (const name of order) {
      gc?.()
      if (name === TIMED) {
        const timings = emptyTimings()
        const t0 = performance.now()
        consume(analyzeStages(page.html, timings))
        times.get(name)!.push(performance.now() - t0)
        stageRuns.push(timings)
        continue
      }
      const e = extractors.find((x) => x.name === name)!
      try {
        const t0 = performance.now()
        const result = e.run(page.html)
        times.get(name)!.push(performance.now() - t0)
        consume(result)
      } catch (error) {
        failures.push(`${e.name} on ${page.name}: ${(error as Error).message}`)
      } finally {
        e.after?.(undefined)
      }
    }
  }
  for (const name of names) {
    const list = times.get(name)!
    perPage.get(name)!.push(list.length > 0 ? median(list) : Number.NaN)
  }
  for (const stage of STAGES) {
    stagePerPage.get(stage)!.push(median(stageRuns.map((t) => t[stage])))
    stageMeanPerPage.get(stage)!.push(sum(stageRuns.map((t) => t[stage])) / stageRuns.length)
  }
  if (process.stderr.isTTY) process.stderr.write(`\r${p + 1}/${pages.length}`)
}
if (process.stderr.isTTY) process.stderr.write('\r')
const wall = (performance.now() - started) / 1000

// Summary per extractor.
const summary = names.map((name) => {
  const values = perPage.get(name)!.filter(Number.isFinite)
  const total = sum(values)
  return {name, pages: values.length, median: median(values), p90: percentile(values, 90), mean: total / values.length, totalMs: total, pagesPerSecond: (values.length / total) * 1000}
})
const byName = (name: string) => summary.find((s) => s.name === name)!

console.log()
console.log(
  table([
    ['extractor', 'pages', 'median ms', 'p90 ms', 'mean ms', 'pages/s'],
    ...summary.map((s) => [s.name, String(s.pages), num(s.median, 2), num(s.p90, 2), num(s.mean, 2), num(s.pagesPerSecond, 1)])
  ])
)

/** Ratio of medians, median of per-page ratios, ratio of totals. */
function ratio(a: string, b: string) {
  const av = perPage.get(a)!
  const bv = perPage.get(b)!
  const perPageRatios = av.map((x, i) => x / bv[i]!).filter(Number.isFinite)
  return {ofMedians: byName(a).median / byName(b).median, medianOfPageRatios: median(perPageRatios), ofTotals: byName(a).totalMs / byName(b).totalMs}
}
const parseRatio = ratio(analyzeExtractor.name, parseFromHtml.name)
const parseRatioRehype = ratio(analyzeExtractor.name, parseRehype.name)
const parsersRatio = ratio(parseRehype.name, parseFromHtml.name)
const linkedomRatio = ratio(readabilityLinkedom.name, analyzeExtractor.name)
const jsdomRatio = extractors.includes(readabilityJsdom) ? ratio(readabilityJsdom.name, analyzeExtractor.name) : undefined
const timedRatio = ratio(TIMED, analyzeExtractor.name)

console.log()
const ratioRows: Array<Array<string>> = [
  ['ratio', 'of medians', 'median per page', 'of totals', 'goal', ''],
  ['analyze / parse-only (rehype-parse)', num(parseRatioRehype.ofMedians, 2) + '×', num(parseRatioRehype.medianOfPageRatios, 2) + '×', num(parseRatioRehype.ofTotals, 2) + '×', `≤ ${GOAL_PARSE_RATIO}×`, mark(parseRatioRehype.ofMedians <= GOAL_PARSE_RATIO)],
  ['analyze / parse-only (fromHtml, without unified)', num(parseRatio.ofMedians, 2) + '×', num(parseRatio.medianOfPageRatios, 2) + '×', num(parseRatio.ofTotals, 2) + '×', `≤ ${GOAL_PARSE_RATIO}×`, mark(parseRatio.ofMedians <= GOAL_PARSE_RATIO)],
  ['rehype-parse / fromHtml', num(parsersRatio.ofMedians, 2) + '×', num(parsersRatio.medianOfPageRatios, 2) + '×', num(parsersRatio.ofTotals, 2) + '×', '≈ 1 (same parser)', ''],
  ['Readability+linkedom / analyze', num(linkedomRatio.ofMedians, 2) + '×', num(linkedomRatio.medianOfPageRatios, 2) + '×', num(linkedomRatio.ofTotals, 2) + '×', '', '']
]
if (jsdomRatio) {
  ratioRows.push(['Readability+jsdom / analyze', num(jsdomRatio.ofMedians, 2) + '×', num(jsdomRatio.medianOfPageRatios, 2) + '×', num(jsdomRatio.ofTotals, 2) + '×', `≥ ${GOAL_JSDOM_RATIO}×`, mark(jsdomRatio.ofMedians >= GOAL_JSDOM_RATIO)])
}
ratioRows.push(['analyze with html + markdown read (analyzeTimed) / analyze', num(timedRatio.ofMedians, 2) + '×', num(timedRatio.medianOfPageRatios, 2) + '×', num(timedRatio.ofTotals, 2) + '×', '', ''])
console.log(table(ratioRows))

// Stage breakdown (analyzeTimed).
const stageTotal = sum(STAGES.map((s) => sum(stagePerPage.get(s)!)))
const stageMeanTotal = sum(STAGES.map((s) => sum(stageMeanPerPage.get(s)!)))
const stages = STAGES.map((stage) => {
  const values = stagePerPage.get(stage)!
  const means = stageMeanPerPage.get(stage)!
  return {stage, median: median(values), p90: percentile(values, 90), totalMs: sum(values), share: sum(values) / stageTotal, meanTotalMs: sum(means), meanShare: sum(means) / stageMeanTotal}
})
console.log()
console.log('analyze per stage (analyzeTimed; extract includes metadata; "share" = sum over pages of each page\'s median of')
console.log('repetitions, per stage; "share of means" keeps the GC pauses and preemption that per-stage medians drop):')
console.log(
  table([
    ['stage', 'median ms', 'p90 ms', 'total ms', 'share', 'total of means ms', 'share of means'],
    ...stages.map((s) => [s.stage, num(s.median, 3), num(s.p90, 3), num(s.totalMs, 1), num(s.share * 100, 1) + '%', num(s.meanTotalMs, 1), num(s.meanShare * 100, 1) + '%']),
    ['all', num(median(pages.map((_, i) => sum(STAGES.map((s) => stagePerPage.get(s)![i]!)))), 3), '', num(stageTotal, 1), '100%', num(stageMeanTotal, 1), '100%']
  ])
)
// Parse share vs everything after parse: what the parse ratio goal means per stage.
const parseStage = stages.find((s) => s.stage === 'parse')!
const serialiseStage = stages.find((s) => s.stage === 'serialise')!
const postParse = stageTotal - parseStage.totalMs - serialiseStage.totalMs
console.log(`post-parse work of analyze (html and markdown are made on first read) = ${num((postParse / parseStage.totalMs) * 100, 0)}% of our parse time; with them read, ${num(((postParse + serialiseStage.totalMs) / parseStage.totalMs) * 100, 0)}%`)

if (failures.length > 0) {
  const distinct = [...new Set(failures)]
  console.log(`\n${failures.length} failed runs (${distinct.length} distinct; such pages are left out of that extractor's numbers):`)
  for (const f of distinct.slice(0, 20)) console.log('  ' + f)
}
console.log(`\nwall ${wall.toFixed(1)} s (checksum ${sink})`)

if (jsonOut) {
  const perPageOut = pages.map((page, i) => ({
    name: page.name,
    chars: page.html.length,
    ms: Object.fromEntries(names.map((n) => [n, perPage.get(n)![i]])),
    stages: Object.fromEntries(STAGES.map((s) => [s, stagePerPage.get(s)![i]]))
  }))
  const report = {
    machine: info,
    settings: {reps, warmup, pages: pages.length, gc: Boolean(gc)},
    summary,
    ratios: {analyzeOverParse: parseRatio, analyzeOverRehypeParse: parseRatioRehype, rehypeOverFromHtml: parsersRatio, linkedomOverAnalyze: linkedomRatio, jsdomOverAnalyze: jsdomRatio},
    goals: {
      analyzeOverRehypeParse: {goal: GOAL_PARSE_RATIO, value: parseRatioRehype.ofMedians, pass: parseRatioRehype.ofMedians <= GOAL_PARSE_RATIO},
      analyzeOverFromHtml: {goal: GOAL_PARSE_RATIO, value: parseRatio.ofMedians, pass: parseRatio.ofMedians <= GOAL_PARSE_RATIO},
      jsdomOverAnalyze: jsdomRatio ? {goal: GOAL_JSDOM_RATIO, value: jsdomRatio.ofMedians, pass: jsdomRatio.ofMedians >= GOAL_JSDOM_RATIO} : null
    },
    stages,
    failures,
    perPage: perPageOut
  }
  writeFileSync(jsonOut, JSON.stringify(report, null, 2) + '\n')
  console.log(`wrote ${jsonOut}`)
}
