/**
 * The dictionary matcher alone: throughput over ~4 MB of mixed-script text, and the one-off cost of
 * building the automaton (in fresh child processes, so it is really cold).
 *
 *   npx tsx bench/matcher.ts [--mb 4] [--runs 5] [--cold-runs 5] [--json out.json]
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
// Child mode: one cold build, printed as JSON.
// ---------------------------------------------------------------------------------------------
if (hasFlag('--cold')) {
  const substitute = hasFlag('--substitute')
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
  console.log(JSON.stringify({profileRows, importMs, firstMs: t2 - t1, secondMs: t3 - t2, firstFindMs: t4 - t3, reused: first === second, termCount: first.termCount}))
  process.exit(0)
}

const {getMatcher} = await import('../src/detect/matcher.js')
const {normalizeText} = await import('../src/detect/normalize.js')
const {mixedPieces} = await import('./lib/text.js')

const targetMb = argNumber('--mb', 4)
const runs = argNumber('--runs', 5)
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
    results.push(JSON.parse(child.stdout.trim().split('\n').pop()!) as {importMs: number; firstMs: number; secondMs: number; firstFindMs: number; reused: boolean; termCount: number})
  }
  return {
    termCount: results[0]!.termCount,
    importMs: median(results.map((r) => r.importMs)),
    firstMs: median(results.map((r) => r.firstMs)),
    firstMsMax: Math.max(...results.map((r) => r.firstMs)),
    secondMs: median(results.map((r) => r.secondMs)),
    firstFindMs: median(results.map((r) => r.firstFindMs)),
    reused: results.every((r) => r.reused)
  }
}
const coldBuiltin = cold(false)
const coldSubstitute = cold(true)
console.log(`\n## Building the automaton, cold (fresh process each, ${coldRuns} runs, median; import includes tsx transpiling the module)`)
console.log(
  table([
    ['dictionaries', 'terms', 'import ms', '1st getMatcher ms (build)', 'max ms', '2nd getMatcher ms', 'same object', '1st find ms', `goal ≤ ${GOAL_COLD_MS} ms`],
    ...([['built-in', coldBuiltin], ['built-in + naughty-words (substitute; validation included)', coldSubstitute]] as const).map(([name, c]) => [
      name, String(c.termCount), num(c.importMs, 1), num(c.firstMs, 2), num(c.firstMsMax, 2), num(c.secondMs, 3), String(c.reused), num(c.firstFindMs, 2), mark(c.firstMs <= GOAL_COLD_MS)
    ])
  ])
)

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
console.log(`\n## Throughput: ${num(corpus.bytes / 1e6, 2)} MB UTF-8 (${num(corpus.chars / 1e6, 2)} M UTF-16 units) in ${corpus.pieces.length} blocks (mean ${num(corpus.chars / corpus.pieces.length, 0)} chars); ${runs} runs, median`)
console.log('bytes per source: ' + Object.entries(corpus.sources).map(([k, v]) => `${k} ${num((v / corpus.bytes) * 100, 0)}%`).join(', '))

interface Throughput {
  label: string
  terms: number
  ms: number
  mbps: number
  hits: number
}
function measure(label: string, terms: number, inputs: string[], run: (text: string) => number): Throughput {
  let hits = 0
  for (const text of inputs) hits += run(text) // warm-up
  const times: number[] = []
  for (let r = 0; r < runs; r++) {
    hits = 0
    const t0 = performance.now()
    for (const text of inputs) hits += run(text)
    times.push(performance.now() - t0)
  }
  const ms = median(times)
  return {label, terms, ms, mbps: corpus.bytes / 1e6 / (ms / 1000), hits}
}

const builtin = getMatcher({builtin: true, extra: [], allow: [], disableCategories: []})
const substitute = getMatcher({builtin: true, extra: await substituteDictionaries(), allow: [], disableCategories: []})
const rows: Throughput[] = [
  measure('normalizeText only (per block)', 0, corpus.pieces, (t) => normalizeText(t).length & 0),
  measure('built-in: find per block', builtin.termCount, corpus.pieces, (t) => builtin.find(t).length),
  measure('built-in: find per 64 KB chunk', builtin.termCount, chunks, (t) => builtin.find(t).length),
  measure('substitute: find per block', substitute.termCount, corpus.pieces, (t) => substitute.find(t).length),
  measure('substitute: find per 64 KB chunk', substitute.termCount, chunks, (t) => substitute.find(t).length)
]
console.log(
  table([
    ['what', 'terms', 'ms', 'MB/s', 'hits', `goal ≥ ${GOAL_MBPS} MB/s`],
    ...rows.map((r) => [r.label, String(r.terms), num(r.ms, 1), num(r.mbps, 1), String(r.hits), r.terms > 0 ? mark(r.mbps >= GOAL_MBPS) : ''])
  ])
)
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
  writeFileSync(jsonOut, JSON.stringify({machine: info, cold: {builtin: coldBuiltin, substitute: coldSubstitute}, corpus: {bytes: corpus.bytes, chars: corpus.chars, blocks: corpus.pieces.length, sources: corpus.sources}, throughput: rows}, null, 2) + '\n')
  console.log(`wrote ${jsonOut}`)
}
