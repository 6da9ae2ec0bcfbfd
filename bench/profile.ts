/**
 * Where `analyze` spends its time, on real pages.
 *
 *   npx tsx bench/profile.ts [--corpus aeb|cwce-zh|all] [--rounds 3] [--interval 100] [--top 25] [--limit N]
 *
 * 1. Fine breakdown: the steps of `analyzeTree` timed one by one (bench/lib/pipeline.ts, a copy of its sequence, so
 *    serialisation to HTML, to Markdown, metadata and the report are timed apart), interleaved per page.
 * 2. CPU profile (in-process via `node:inspector`, only the `analyze` loop is sampled): top functions by
 *    self time with their callers, share per package / source file, and inclusive time of chosen call
 *    chains (sanitising under each serialiser, Markdown, metadata, matcher). The raw profile is written to
 *    bench/out/analyze.cpuprofile (open it in Chrome DevTools or speedscope).
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import {Session} from 'node:inspector'
import {join} from 'node:path'
import {analyze} from '../src/analyze.js'
import {loadCorpus, ROOT, type Page} from './lib/corpus.js'
import {groupOf, summarise, type CpuProfile} from './lib/cpuprofile.js'
import {PIPELINE, runSteps, STEPS, type Step} from './lib/pipeline.js'
import {argNumber, argValue, printMachine} from './lib/env.js'
import {median, num, sum, table} from './lib/stats.js'

const corpus = argValue('--corpus') ?? 'aeb'
const rounds = argNumber('--rounds', 3)
const interval = argNumber('--interval', 100)
const top = argNumber('--top', 25)
const limit = argNumber('--limit', Infinity)

const pages: Page[] = [
  ...(corpus === 'aeb' || corpus === 'all' ? loadCorpus('aeb', limit) : []),
  ...(corpus === 'cwce-zh' || corpus === 'all' ? loadCorpus('cwce-zh', limit) : [])
]
printMachine(`article-guard profile (${corpus})`)
console.log(`${pages.length} pages, ${rounds} rounds`)

// Warm-up.
for (const page of pages) analyze(page.html)

// ---------------------------------------------------------------------------------------------
// 1. Fine breakdown (mirrors src/analyze.ts analyzeTree step by step).
// ---------------------------------------------------------------------------------------------
const stepTimes = new Map<Step, number[]>(STEPS.map((s) => [s, []]))

for (let r = 0; r < rounds; r++) {
  for (const page of pages) {
    for (const result of runSteps(page.html, {extras: true})) {
      if (result.error) throw result.error
      stepTimes.get(result.step)!.push(result.ms)
    }
  }
}
// Per page: median over rounds; then totals over pages.
const perPage = (step: Step): number[] => {
  const all = stepTimes.get(step)!
  return pages.map((_, p) => median(Array.from({length: rounds}, (_, r) => all[r * pages.length + p]!)))
}
const totals = new Map(STEPS.map((s) => [s, sum(perPage(s))]))
const pipelineTotal = sum(PIPELINE.map((s) => totals.get(s)!))
const postParse = pipelineTotal - totals.get('parse')!
console.log('\n## 1. Steps of analyze (median of rounds per page, summed over pages)')
console.log(
  table([
    ['step', 'total ms', 'median ms/page', 'share of analyze', 'share of post-parse'],
    ...STEPS.map((s) => {
      const t = totals.get(s)!
      return [s, num(t, 1), num(median(perPage(s)), 3), s.startsWith('(extra)') ? '' : num((t / pipelineTotal) * 100, 1) + '%', s === 'parse' || s.startsWith('(extra)') ? '' : num((t / postParse) * 100, 1) + '%']
    }),
    ['analyze total', num(pipelineTotal, 1), '', '100%', '']
  ])
)
console.log(`post-parse / parse = ${num(postParse / totals.get('parse')!, 2)} (the ≤ 1.5× goal needs ≤ 0.50)`)

// ---------------------------------------------------------------------------------------------
// 2. CPU profile of the analyze loop.
// ---------------------------------------------------------------------------------------------
const session = new Session()
session.connect()
const post = <T>(method: string, params?: object): Promise<T> =>
  new Promise((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))))

await post('Profiler.enable')
await post('Profiler.setSamplingInterval', {interval})
await post('Profiler.start')
const started = performance.now()
for (let r = 0; r < rounds; r++) for (const page of pages) analyze(page.html)
const wall = performance.now() - started
const {profile} = await post<{profile: CpuProfile}>('Profiler.stop')
session.disconnect()
const outDir = join(ROOT, 'bench/out')
mkdirSync(outDir, {recursive: true})
const profileFile = join(outDir, `analyze-${corpus}.cpuprofile`)
writeFileSync(profileFile, JSON.stringify(profile))

const summary = summarise(profile)
const share = (ms: number): string => num((ms / summary.totalMs) * 100, 1) + '%'
console.log(`\n## 2. CPU profile: ${rounds}× analyze over ${pages.length} pages, wall ${num(wall, 0)} ms, sampled ${num(summary.totalMs, 0)} ms at ${interval} µs (raw: ${profileFile})`)

console.log(`\n### Top ${top} functions by self time (with main callers)`)
const bySelf = [...summary.functions].sort((a, b) => b.self - a.self).slice(0, top)
console.log(
  table([
    ['self', 'total', 'function (file:line)', 'callers (share of its self time)'],
    ...bySelf.map((f) => {
      const callers = [...f.callers.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${k.split(' ')[0]} ${num((v / f.self) * 100, 0)}%`).join(', ')
      return [share(f.self), share(f.total), f.key, callers]
    })
  ])
)

console.log('\n### Self time per package / source file')
console.log(table([['self', 'group'], ...summary.groups.slice(0, top).map((g) => [share(g.self), g.group])]))

console.log('\n### Inclusive time of src functions (top by total)')
const srcFunctions = summary.functions.filter((f) => / src\//.test(f.key)).sort((a, b) => b.total - a.total).slice(0, top)
console.log(table([['total', 'self', 'function'], ...srcFunctions.map((f) => [share(f.total), share(f.self), f.key])]))

// Inclusive time of samples whose stack contains all of the given function names (outermost first).
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const parentOf = new Map<number, number>()
for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id)
const selfMs = new Map<number, number>()
for (let i = 0; i < (profile.samples?.length ?? 0); i++) {
  const id = profile.samples![i]!
  selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas![i + 1] ?? 0) / 1000)
}
function within(names: string[], options: {groups?: string[]} = {}): number {
  let total = 0
  for (const [id, t] of selfMs) {
    const stack: string[] = []
    const groups: string[] = []
    for (let n: number | undefined = id; n !== undefined; n = parentOf.get(n)) {
      stack.unshift(byId.get(n)!.callFrame.functionName)
      groups.unshift(groupOf(byId.get(n)!.callFrame))
    }
    let k = 0
    for (const name of stack) if (k < names.length && name === names[k]) k++
    if (k < names.length) continue
    if (options.groups && !options.groups.some((g) => groups.includes(g))) continue
    total += t
  }
  return total
}
const chains: Array<[string, string[], {groups?: string[]}?]> = [
  ['analyzeTree (all after parse)', ['analyzeTree']],
  ['parseHtml', ['parseHtml']],
  ['segment', ['segment']],
  ['selectArticle', ['selectArticle']],
  ['detect', ['detect']],
  ['detect → Matcher.find', ['detect', 'find']],
  ['detect → normalizeInto', ['detect', 'normalizeInto']],
  ['detect → findFuzzy', ['detect', 'findFuzzy']],
  ['detect → profileText', ['detect', 'profileText']],
  ['detect → contentTokens', ['detect', 'contentTokens']],
  ['detect → headFindings', ['detect', 'headFindings']],
  ['readMetadata', ['readMetadata']],
  ['readMetadata → toText', ['readMetadata', 'toText']],
  ['articleTree', ['articleTree']],
  // `analyze` makes `html` and `markdown` on first read, which this loop does not do: the serialisers
  // are timed in the step table above.
  ['buildReport', ['buildReport']],
  ['GC (garbage collector)', ['(garbage collector)']]
]
console.log('\n### Inclusive time of call chains (samples whose stack contains the names in order)')
console.log(table([['share', 'ms', 'chain'], ...chains.map(([label, names, opts]) => {
  const t = within(names, opts)
  return [share(t), num(t, 0), label]
})]))

// Keys for the report: every distinct frame of src code with self time, for reference.
const srcSelf = summary.functions.filter((f) => / src\//.test(f.key)).sort((a, b) => b.self - a.self).slice(0, 10)
console.log('\n### src functions by self time')
console.log(table([['self', 'function'], ...srcSelf.map((f) => [share(f.self), f.key])]))
