/**
 * The dictionary matcher alone: throughput over ~4 MB of mixed-script text, and the one-off cost of
 * building the automaton (in fresh child processes, so it is really cold).
 *
 *   npx tsx bench/matcher.ts [--mb 4] [--runs 5] [--cold-runs 5] [--json out.json] [--profile] [--source]
 *
 * Cold: the first `getMatcher` in a fresh process (the goal), then, in the same process, the first
 * `find` on the seed page's text (it pays what the build leaves to first use: decoding the folding
 * table's blocks, expanding the automaton's states that text reaches, the near-miss index). Another
 * fresh process builds the automaton and expands every state, to show what an eager build costs.
 *
 * Text: block texts of the AEB pages (English) and of cwce-zh (Chinese), the seed page's paragraphs
 * (Traditional Chinese with injected spam) and short Russian / Japanese / Korean prose, taken
 * round-robin. `find` is called once per block, as `detect` does, and also on 64 KB chunks.
 * When the built-in dictionaries are small or empty, the same is measured with a substitute set
 * (the built-in ones plus every naughty-words list, as user dictionaries) so the automaton has a
 * realistic size; both are printed.
 */
import {spawnSync} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import type {DictionaryInput} from '../src/detect/dictionary-types.js'
import {argNumber, argValue, hasFlag, machineInfo, printMachine} from './lib/env.js'
import {mark, median, num, table} from './lib/stats.js'

const require = createRequire(import.meta.url)
const GOAL_MBPS = 50
const GOAL_COLD_MS = 50

/**
 * Every naughty-words list as a user dictionary (substitute when the built-in set is small): terms
 * without letters or digits and duplicates after normalisation dropped, as validation requires.
 */
async function substituteDictionaries(): Promise<DictionaryInput[]> {
  const {normalizeTerm} = await import('../src/detect/normalize.js')
  const index = require('naughty-words') as Record<string, string[]>
  return Object.entries(index).map(([lang, terms]) => {
    const seen = new Set<string>()
    const kept = terms.filter((t) => {
      const key = typeof t === 'string' ? normalizeTerm(t) : ''
      if (key === '' || seen.has(key)) return false
      seen.add(key)
      return true
    })
    return {lang, category: 'porn', source: 'naughty-words', terms: kept, name: `naughty-words/${lang}`} as DictionaryInput
  })
}

// ---------------------------------------------------------------------------------------------
// Child modes: one cold build, printed as JSON.
// ---------------------------------------------------------------------------------------------
if (hasFlag('--cold')) {
  const substitute = hasFlag('--substitute')
  // Read before anything of the library is loaded, without the corpus helpers (they load the parser).
  const {readFileSync} = await import('node:fs')
  const shared = process.env['SHARED'] ?? fileURLToPath(new URL('../../shared', import.meta.url))
  const seedText = readFileSync(`${shared}/seed/article-with-spam.txt`, 'utf8')
  const t0 = performance.now()
  const {getMatcher} = await import('../src/detect/matcher.js')
  const importMs = performance.now() - t0
  const extra = substitute ? await substituteDictionaries() : []
  const t1 = performance.now()
  const options = {builtin: true, extra, allow: [], disableCategories: []}
  let first!: ReturnType<typeof getMatcher>
  let profileRows: string[][] | undefined
  if (hasFlag('--profile')) {
    const {profileOf, topSelf} = await import('./lib/cpuprofile.js')
    profileRows = topSelf(await profileOf(() => (first = getMatcher(options)), 50), 12)
  } else first = getMatcher(options)
  const t2 = performance.now()
  const second = getMatcher({builtin: true, extra, allow: [], disableCategories: []})
  const t3 = performance.now()
  first.find('warm-up text with a few words 文字 текст')
  const t4 = performance.now()
  const seedHits = first.find(seedText).length
  const t5 = performance.now()
  console.log(JSON.stringify({profileRows, importMs, firstMs: t2 - t1, secondMs: t3 - t2, firstFindMs: t4 - t3, seedFindMs: t5 - t4, seedChars: seedText.length, seedHits, reused: first === second, termCount: first.termCount}))
  process.exit(0)
}
if (hasFlag('--cold-full')) {
  // The same entries and automaton as the default matcher, every state expanded at once.
  const {compileEntryTable} = await import('../src/detect/dictionaries.js')
  const {buildAutomaton} = await import('../src/detect/automaton.js')
  const {classOfUnit} = await import('../src/detect/normalize.js')
  const t0 = performance.now()
  const table = compileEntryTable({builtin: true, extra: [], allow: [], disableCategories: []})
  const automaton = buildAutomaton(table.keys, classOfUnit, table.sorted)
  const t1 = performance.now()
  automaton.expandAll()
  const t2 = performance.now()
  console.log(JSON.stringify({lazyMs: t1 - t0, fullMs: t2 - t0, states: automaton.stateCount}))
  process.exit(0)
}

/**
 * The throughput rows run the matcher as it ships: bundled into one module by esbuild with the
 * settings tsup uses for `dist/` (ESM, node20), where a module's constants are plain locals. With
 * `--source`, the modules as tsx loads them one by one (imported constants are live bindings there,
 * read through the module namespace in hot loops), as the tests run them.
 */
const fromSource = hasFlag('--source')
async function loadMatcher(): Promise<typeof import('./lib/matcher-entry.js')> {
  if (fromSource) return import('./lib/matcher-entry.js')
  const {build} = await import('esbuild')
  const outfile = fileURLToPath(new URL('./out/matcher-bundle.mjs', import.meta.url))
  await build({entryPoints: [fileURLToPath(new URL('./lib/matcher-entry.ts', import.meta.url))], bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile, logLevel: 'error'})
  return import(outfile) as Promise<typeof import('./lib/matcher-entry.js')>
}
const {getMatcher, normalizeInto, normalizeText, ViewBuffer} = await loadMatcher()
const {mixedPieces} = await import('./lib/text.js')

const targetMb = argNumber('--mb', 4)
const runs = argNumber('--runs', 5)
/** Warm-up passes of a throughput row stop when two in a row take times this close (relative)… */
const WARM_UP_TOLERANCE = 0.1
/** …or after this many passes. */
const MAX_WARM_UP_PASSES = 5
const coldRuns = argNumber('--cold-runs', 5)
const jsonOut = argValue('--json')
const info = machineInfo()
printMachine('article-guard dictionary matcher', info)

// ---------------------------------------------------------------------------------------------
// Cold build in fresh processes.
// ---------------------------------------------------------------------------------------------
const self = fileURLToPath(import.meta.url)
function cold(substitute: boolean) {
  const results = []
  for (let i = 0; i < coldRuns; i++) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', self, '--cold', ...(substitute ? ['--substitute'] : [])], {encoding: 'utf8'})
    if (child.status !== 0) throw new Error(`cold child failed: ${child.stderr}`)
    results.push(JSON.parse(child.stdout.trim().split('\n').pop()!) as {importMs: number; firstMs: number; secondMs: number; firstFindMs: number; seedFindMs: number; seedChars: number; reused: boolean; termCount: number})
  }
  return {
    termCount: results[0]!.termCount,
    importMs: median(results.map((r) => r.importMs)),
    firstMs: median(results.map((r) => r.firstMs)),
    firstMsMax: Math.max(...results.map((r) => r.firstMs)),
    secondMs: median(results.map((r) => r.secondMs)),
    firstFindMs: median(results.map((r) => r.firstFindMs)),
    seedFindMs: median(results.map((r) => r.seedFindMs)),
    seedChars: results[0]!.seedChars,
    reused: results.every((r) => r.reused)
  }
}
function coldFull() {
  const results = []
  for (let i = 0; i < coldRuns; i++) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', self, '--cold-full'], {encoding: 'utf8'})
    if (child.status !== 0) throw new Error(`cold child failed: ${child.stderr}`)
    results.push(JSON.parse(child.stdout.trim().split('\n').pop()!) as {lazyMs: number; fullMs: number; states: number})
  }
  return {lazyMs: median(results.map((r) => r.lazyMs)), fullMs: median(results.map((r) => r.fullMs)), states: results[0]!.states}
}
const coldBuiltin = cold(false)
const coldSubstitute = cold(true)
const full = coldFull()
console.log(`\n## Building the automaton, cold (fresh process each, ${coldRuns} runs, median; import includes tsx transpiling the module)`)
console.log(
  table([
    ['dictionaries', 'terms', 'import ms', '1st getMatcher ms (build)', 'max ms', '2nd getMatcher ms', 'same object', '1st find ms', `then find on the seed page (${coldBuiltin.seedChars} chars) ms`, `goal ≤ ${GOAL_COLD_MS} ms`],
    ...([['built-in', coldBuiltin], ['built-in + naughty-words (substitute; validation included)', coldSubstitute]] as const).map(([name, c]) => [
      name, String(c.termCount), num(c.importMs, 1), num(c.firstMs, 2), num(c.firstMsMax, 2), num(c.secondMs, 3), String(c.reused), num(c.firstFindMs, 2), num(c.seedFindMs, 2), mark(c.firstMs <= GOAL_COLD_MS)
    ])
  ])
)
console.log(`The automaton is expanded lazily (states made when first reached). For comparison, in a fresh process: entries and automaton ${num(full.lazyMs, 1)} ms; with all ${full.states} states expanded at once ${num(full.fullMs, 1)} ms.`)

if (hasFlag('--profile')) {
  const child = spawnSync(process.execPath, ['--import', 'tsx', self, '--cold', '--profile'], {encoding: 'utf8'})
  const rows = (JSON.parse(child.stdout.trim().split('\n').pop()!) as {profileRows: string[][]}).profileRows
  console.log('\nCPU profile of one cold build (built-in; time includes the profiler):')
  console.log(table(rows))
}

// ---------------------------------------------------------------------------------------------
// Throughput.
// ---------------------------------------------------------------------------------------------
const corpus = mixedPieces(targetMb * 1e6)
const chunks: string[] = []
{
  let current = ''
  for (const piece of corpus.pieces) {
    current += piece + '\n'
    if (current.length >= 64 * 1024) {
      chunks.push(current)
      current = ''
    }
  }
  if (current) chunks.push(current)
}
console.log(`\n## Throughput (${fromSource ? 'source modules as tsx loads them' : 'bundled by esbuild as dist/ is'}): ${num(corpus.bytes / 1e6, 2)} MB UTF-8 (${num(corpus.chars / 1e6, 2)} M UTF-16 units) in ${corpus.pieces.length} blocks (mean ${num(corpus.chars / corpus.pieces.length, 0)} chars); ${runs} runs after warm-up passes (until two agree within ${WARM_UP_TOLERANCE * 100}%, at most ${MAX_WARM_UP_PASSES}), median`)
console.log('bytes per source: ' + Object.entries(corpus.sources).map(([k, v]) => `${k} ${num((v / corpus.bytes) * 100, 0)}%`).join(', '))

interface Throughput {
  label: string
  terms: number
  /** Median wall time of the runs. */
  ms: number
  mbps: number
  /** Median CPU time of the process (all its threads) over the same runs. */
  cpuMs: number
  cpuMbps: number
  hits: number
  /** Whether the goal applies to the row (the matcher's `find` as `analyze` and users call it). */
  goal: boolean
}
function measure(label: string, terms: number, inputs: string[], run: (text: string) => number, goal = terms > 0): Throughput {
  let hits = 0
  // Warm-up: V8 compiles hot functions on a background thread, which on a busy machine can take
  // more than one pass; pass again until two passes agree within WARM_UP_TOLERANCE (at most
  // MAX_WARM_UP_PASSES), so that the runs time the compiled code. First-use costs are the cold
  // table's business.
  let previous = Infinity
  for (let pass = 0; pass < MAX_WARM_UP_PASSES; pass++) {
    const t0 = performance.now()
    for (const text of inputs) hits += run(text)
    const ms = performance.now() - t0
    if (Math.abs(ms - previous) <= WARM_UP_TOLERANCE * previous) break
    previous = ms
  }
  const times: number[] = []
  const cpuTimes: number[] = []
  for (let r = 0; r < runs; r++) {
    hits = 0
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    for (const text of inputs) hits += run(text)
    times.push(performance.now() - t0)
    const c = process.cpuUsage(c0)
    cpuTimes.push((c.user + c.system) / 1000)
  }
  const ms = median(times)
  const cpuMs = median(cpuTimes)
  return {label, terms, ms, mbps: corpus.bytes / 1e6 / (ms / 1000), cpuMs, cpuMbps: corpus.bytes / 1e6 / (cpuMs / 1000), hits, goal}
}

const builtin = getMatcher({builtin: true, extra: [], allow: [], disableCategories: []})
const substitute = getMatcher({builtin: true, extra: await substituteDictionaries(), allow: [], disableCategories: []})
const view = new ViewBuffer(1024)
const rows: Throughput[] = [
  measure('normalizeInto only (per block, one reused buffer, as find does)', 0, corpus.pieces, (t) => normalizeInto(t, view).length & 0),
  measure('built-in: find per block', builtin.termCount, corpus.pieces, (t) => builtin.find(t).length),
  measure('built-in: find per 64 KB chunk', builtin.termCount, chunks, (t) => builtin.find(t).length),
  measure('built-in: find per 64 KB chunk, no near-misses (as analyze scans a page)', builtin.termCount, chunks, (t) => builtin.find(t, {fuzzy: false}).length, false),
  measure('substitute: find per block', substitute.termCount, corpus.pieces, (t) => substitute.find(t).length),
  measure('substitute: find per 64 KB chunk', substitute.termCount, chunks, (t) => substitute.find(t).length),
  // Last: its millions of short-lived typed arrays would weigh on the rows after it.
  measure('normalizeText only (per block, new arrays each call)', 0, corpus.pieces, (t) => normalizeText(t).length & 0)
]
console.log(
  table([
    ['what', 'terms', 'ms', 'MB/s', 'CPU ms', 'MB/s of CPU time', 'hits', `goal ≥ ${GOAL_MBPS} MB/s`],
    ...rows.map((r) => [r.label, String(r.terms), num(r.ms, 1), num(r.mbps, 1), num(r.cpuMs, 1), num(r.cpuMbps, 1), String(r.hits), r.goal ? mark(r.mbps >= GOAL_MBPS) : ''])
  ])
)
console.log('MB/s is of wall time (the goal); MB/s of CPU time counts only the time this process ran, which on a shared machine shows how much of a shortfall is other processes.')
if (hasFlag('--profile')) {
  const {profileOf, topSelf} = await import('./lib/cpuprofile.js')
  const profile = await profileOf(() => {
    for (const text of corpus.pieces) builtin.find(text)
  })
  console.log('\nCPU profile of built-in find per block:')
  console.log(table(topSelf(profile, 15)))
}
if (builtin.termCount < 1000) console.log(`note: the built-in dictionaries have only ${builtin.termCount} terms in this build; judge the goal on the substitute rows until they land.`)

if (jsonOut) {
  writeFileSync(jsonOut, JSON.stringify({machine: info, cold: {builtin: coldBuiltin, substitute: coldSubstitute, full}, corpus: {bytes: corpus.bytes, chars: corpus.chars, blocks: corpus.pieces.length, sources: corpus.sources}, throughput: rows}, null, 2) + '\n')
  console.log(`wrote ${jsonOut}`)
}
