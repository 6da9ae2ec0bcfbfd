/**
 * How `analyze` scales with page size, on synthetic pages from 10 KB to 10 MB.
 *
 *   npx tsx bench/scaling.ts [--kinds article,links,deep,textnode,attributes] [--sizes 10k,100k,1m,5m,10m]
 *                            [--timeout 120] [--json out.json]
 *
 * Each (kind, size) runs in its own child process with a time limit, so a hang, a stack overflow or
 * running out of memory is reported, not fatal. The child times `analyzeTimed` (median of repeats for
 * small pages) and reports peak RSS (`process.resourceUsage().maxRSS`) and heap growth. When `analyze`
 * throws, the child runs the steps one by one (bench/lib/pipeline.ts) to say which ones fail and with
 * which stack (for `deep`, on a tree built without the parser when the parser itself fails).
 * Each child also times parsing alone (hast-util-from-html) on the same page, as a control.
 * Time per KB within 2× across the range counts as linear; a size whose time per KB is over 2× the
 * smallest one's at a smaller size is flagged SUPERLINEAR.
 */
import {spawn} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {Element, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {analyzeTimed, type StageTimings} from '../src/analyze.js'
import {argNumber, argValue, hasFlag, machineInfo, printMachine} from './lib/env.js'
import {emptyTimings, STAGES} from './lib/extractors.js'
import {foldStack, runSteps} from './lib/pipeline.js'
import {median, num, table} from './lib/stats.js'
import {generate, KIND_NOTES, KINDS, prose, type Kind} from './lib/synthetic.js'

function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([km]?)b?$/i.exec(text.trim())
  if (!m) throw new Error(`bad size ${text}`)
  return Math.round(Number(m[1]) * (m[2]!.toLowerCase() === 'm' ? 1e6 : m[2]!.toLowerCase() === 'k' ? 1e3 : 1))
}
const label = (bytes: number): string => (bytes >= 1e6 ? `${bytes / 1e6} MB` : `${bytes / 1e3} KB`)

/** Warm-up of each child: calls on a 20 KB page of the kind, until this much time or this many calls. */
const WARM_UP_MS = 1500
const WARM_UP_MAX_CALLS = 200
/** Runs of `analyze` per case at least, median taken. */
const MIN_REPS = 3

interface ChildResult {
  kind: Kind
  bytes: number
  chars: number
  note: string
  ok: boolean
  reps: number
  ms?: number
  stages?: Record<string, number>
  rssBeforeMb: number
  rssPeakMb: number
  heapBeforeMb: number
  heapAfterMb: number
  /** Median time of `analyze` on a tiny page in the same process: the fixed cost per call. */
  fixedMs?: number
  /** Control: median time of parsing alone (`hast-util-from-html`, what rehype-parse runs) on the same page. */
  parseOnlyMs?: number
  parseOnlyError?: string
  output?: {blocks: number; text: number; html: number; markdown: number; flagged: number}
  error?: string
  stack?: string
  steps?: Array<{step: string; ms: number; status: string; error?: string; stack?: string}>
}

// ---------------------------------------------------------------------------------------------
// Child: one kind at one size.
// ---------------------------------------------------------------------------------------------
if (hasFlag('--child')) {
  Error.stackTraceLimit = 200
  const kind = argValue('--kind') as Kind | 'deep-tree'
  const bytes = Number(argValue('--bytes'))
  if (kind === 'deep-tree') {
    // Post-parse steps on a hast tree nested `depth` deep, built without the parser (as the rehype
    // plugin may get from a user's pipeline: the parser's depth cap does not apply there).
    const depth = Number(argValue('--depth'))
    const tree = deepTree(depth)
    const steps = runSteps('', {tree})
    const failed = steps.filter((x) => x.error)
    const out: ChildResult = {
      kind: 'deep', bytes: 0, chars: 0, note: `hand-built hast tree ${depth} deep`, ok: failed.length === 0, reps: 1,
      ms: steps.reduce((n, x) => n + x.ms, 0), rssBeforeMb: 0, rssPeakMb: Math.round(process.resourceUsage().maxRSS / 1024), heapBeforeMb: 0, heapAfterMb: 0,
      steps: steps.map((x) => ({step: x.step, ms: Math.round(x.ms * 10) / 10, status: x.skipped ? 'skipped' : x.error ? 'FAILED' : 'ok', ...(x.error ? {error: `${x.error.name}: ${x.error.message}`, stack: foldStack(x.error, 12)} : {})})),
      ...(failed.length ? {error: failed.map((x) => `${x.step}: ${x.error!.message}`).join('; ')} : {})
    }
    process.stdout.write('\n' + JSON.stringify(out) + '\n')
    process.exit(0)
  }
  // Warm up on a small page of the same kind until the JIT has settled (a few calls leave the small
  // sizes measuring compilation, not analysis), before the big input exists.
  const warm = generate(kind, 20_000).html
  const warmStart = performance.now()
  for (let i = 0; i < WARM_UP_MAX_CALLS && performance.now() - warmStart < WARM_UP_MS; i++) {
    analyzeTimed(warm, undefined, emptyTimings())
    fromHtml(warm)
  }
  const tiny: number[] = []
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now()
    analyzeTimed('<!DOCTYPE html><html><head><title>t</title></head><body><p>Tiny page.</p></body></html>', undefined, emptyTimings())
    tiny.push(performance.now() - t0)
  }
  const {html, note} = generate(kind, bytes)
  const mbOf = (x: number): number => Math.round((x / 1e6) * 10) / 10
  const rssBefore = process.resourceUsage().maxRSS * 1024
  const heapBefore = process.memoryUsage().heapUsed
  const result: ChildResult = {kind, bytes, chars: html.length, note, ok: true, reps: 0, fixedMs: median(tiny), rssBeforeMb: mbOf(rssBefore), rssPeakMb: 0, heapBeforeMb: mbOf(heapBefore), heapAfterMb: 0}
  const totals: number[] = []
  const stageRuns: StageTimings[] = []
  let spent = 0
  try {
    // Every size at least MIN_REPS times (one run of a big page can fall on a busy moment of a
    // shared machine); small pages until ~300 ms were spent, at most 15 times.
    while (totals.length < MIN_REPS || (spent < 300 && totals.length < 15)) {
      const timings = emptyTimings()
      const t0 = performance.now()
      const out = analyzeTimed(html, undefined, timings)
      const ms = performance.now() - t0
      if (totals.length === 0) {
        result.heapAfterMb = mbOf(process.memoryUsage().heapUsed)
        const {article, report} = out
        result.output = {blocks: out.article.text.split('\n\n').length, text: article.text.length, html: article.html.length, markdown: article.markdown.length, flagged: report.blocks.length}
      }
      totals.push(ms)
      stageRuns.push(timings)
      spent += ms
    }
    result.reps = totals.length
    result.ms = median(totals)
    result.stages = Object.fromEntries(STAGES.map((s) => [s, median(stageRuns.map((t) => t[s]))]))
  } catch (error) {
    result.ok = false
    result.error = `${(error as Error).name}: ${(error as Error).message}`
    result.stack = foldStack(error as Error)
    // Which steps fail? Run them one by one; when parsing fails on `deep`, build the tree by hand.
    let tree: Root | undefined
    const first = runSteps(html, {}, () => {})
    if (first[0]?.error && kind === 'deep') tree = deepTree(Number(/\d+/.exec(note)![0]))
    const steps = tree ? runSteps(html, {tree}) : first
    result.steps = steps.map((s) => ({
      step: s.step,
      ms: Math.round(s.ms * 10) / 10,
      status: s.skipped ? (tree && s.step === 'parse' ? 'failed (tree built by hand)' : 'skipped') : s.error ? 'FAILED' : 'ok',
      ...(s.error ? {error: `${s.error.name}: ${s.error.message}`, stack: foldStack(s.error, 12)} : {})
    }))
    if (tree && first[0]?.error) result.steps[0]!.error = `${first[0].error.name}: ${first[0].error.message}`
    if (tree && first[0]?.error) result.steps[0]!.stack = foldStack(first[0].error, 12)
  }
  result.rssPeakMb = mbOf(process.resourceUsage().maxRSS * 1024)
  if (!result.heapAfterMb) result.heapAfterMb = mbOf(process.memoryUsage().heapUsed)
  // Control, after the peak is read: the parser alone, repeated as often as `analyze` was.
  try {
    const parseTimes: number[] = []
    for (let i = 0; i < Math.max(result.reps, 1); i++) {
      const t0 = performance.now()
      fromHtml(html)
      parseTimes.push(performance.now() - t0)
    }
    result.parseOnlyMs = median(parseTimes)
  } catch (error) {
    result.parseOnlyError = `${(error as Error).name}: ${(error as Error).message}`
  }
  process.stdout.write('\n' + JSON.stringify(result) + '\n')
  process.exit(0)
}

/** `depth` nested `<div>`s in html/body with a paragraph at the bottom, built iteratively (no parser). */
function deepTree(depth: number): Root {
  const body: Element = {type: 'element', tagName: 'body', properties: {}, children: []}
  let parent = body
  for (let i = 0; i < depth; i++) {
    const div: Element = {type: 'element', tagName: 'div', properties: {}, children: []}
    parent.children.push(div)
    parent = div
  }
  for (let i = 0; i < 6; i++) parent.children.push({type: 'element', tagName: 'p', properties: {}, children: [{type: 'text', value: prose(300, i)}]})
  const head: Element = {type: 'element', tagName: 'head', properties: {}, children: [{type: 'element', tagName: 'title', properties: {}, children: [{type: 'text', value: 'Synthetic page'}]}]}
  return {type: 'root', children: [{type: 'element', tagName: 'html', properties: {}, children: [head, body]}]}
}

// ---------------------------------------------------------------------------------------------
// Parent.
// ---------------------------------------------------------------------------------------------
const kinds = (argValue('--kinds')?.split(',') ?? [...KINDS]) as Kind[]
const sizes = (argValue('--sizes') ?? '10k,100k,1m,5m,10m').split(',').map(parseSize)
const timeoutS = argNumber('--timeout', 120)
const jsonOut = argValue('--json')
const self = fileURLToPath(import.meta.url)

function runChild(kind: Kind | 'deep-tree', bytes: number, extra: string[] = []): Promise<ChildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', self, '--child', '--kind', kind, '--bytes', String(bytes), ...extra], {stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeoutS * 1000)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const line = stdout.trim().split('\n').pop() ?? ''
      try {
        if (code === 0) return resolve(JSON.parse(line) as ChildResult)
      } catch {
        /* fall through */
      }
      const base = {kind: kind === 'deep-tree' ? 'deep' as const : kind, bytes, chars: 0, note: '', ok: false, reps: 0, rssBeforeMb: 0, rssPeakMb: 0, heapBeforeMb: 0, heapAfterMb: 0}
      const tail = stderr.trim().split('\n').slice(-25).join('\n')
      resolve({...base, error: timedOut ? `TIMEOUT after ${timeoutS} s (killed)` : `child exited with ${signal ?? `code ${code}`}`, stack: tail})
    })
  })
}

/** Time per KB net of the fixed per-call cost measured in the same child. */
function netOf(r: ChildResult): number {
  return (Math.max(r.ms! - (r.fixedMs ?? 0), 0) * 1000) / (r.chars / 1024)
}

const info = machineInfo()
printMachine('article-guard scaling (synthetic pages)', info)
console.log(`kinds: ${kinds.join(', ')}; sizes: ${sizes.map(label).join(', ')}; one child process per case, time limit ${timeoutS} s`)

const results: ChildResult[] = []
for (const kind of kinds) {
  console.log(`\n## ${kind}: ${KIND_NOTES[kind]}`)
  const rows: string[][] = [['size', 'content', 'ms', 'reps', 'µs/KB', 'net µs/KB', 'vs best smaller', 'parse-only µs/KB', 'slowest stage', 'output text/html/md chars', 'peak RSS MB', 'heap before→after MB', 'status']]
  let bestPerKb = Infinity
  const kindResults: ChildResult[] = []
  for (const bytes of sizes) {
    const r = await runChild(kind, bytes)
    results.push(r)
    kindResults.push(r)
    if (!r.ok || r.ms === undefined) {
      rows.push([label(bytes), r.note, '-', '-', '-', '-', '-', '-', '-', '-', num(r.rssPeakMb, 0), r.heapBeforeMb ? `${r.heapBeforeMb}→${r.heapAfterMb}` : '-', r.error ?? 'failed'])
      continue
    }
    const perKb = (r.ms * 1000) / (r.chars / 1024)
    const netPerKb = netOf(r)
    const growth = Number.isFinite(bestPerKb) ? perKb / bestPerKb : 1
    const flag = growth > 2 ? 'SUPERLINEAR' : 'ok'
    const slowest = Object.entries(r.stages ?? {}).sort((a, b) => b[1] - a[1])[0]
    rows.push([
      label(bytes), r.note, num(r.ms, 1), String(r.reps), num(perKb, 1), num(netPerKb, 1), num(growth, 2) + '×',
      r.parseOnlyMs === undefined ? 'failed' : num((r.parseOnlyMs * 1000) / (r.chars / 1024), 1),
      slowest ? `${slowest[0]} ${num((slowest[1] / r.ms) * 100, 0)}%` : '', r.output ? `${r.output.text}/${r.output.html}/${r.output.markdown}` : '', num(r.rssPeakMb, 0), `${r.heapBeforeMb}→${r.heapAfterMb}`, flag
    ])
    bestPerKb = Math.min(bestPerKb, perKb)
  }
  console.log(table(rows))
  const ok = kindResults.filter((r) => r.ok && r.ms !== undefined)
  if (ok.length > 1) {
    const perKb = ok.map((r) => (r.ms! * 1000) / (r.chars / 1024))
    const spread = Math.max(...perKb) / Math.min(...perKb)
    const net = ok.filter((r) => r.bytes >= 100_000).map(netOf)
    const netSpread = Math.max(...net) / Math.min(...net)
    console.log(`time per KB spread across sizes: ${num(spread, 2)}× (${spread <= 2 ? 'within 2×' : 'NOT within 2×'}); net of the fixed per-call cost (${num(ok[0]!.fixedMs ?? 0, 2)} ms), from 100 KB up: ${num(netSpread, 2)}× (${netSpread <= 2 ? 'linear' : 'NOT linear'})`)
    const parsed = ok.filter((r) => r.parseOnlyMs !== undefined).map((r) => (r.parseOnlyMs! * 1000) / (r.chars / 1024))
    if (parsed.length > 1) console.log(`control, parsing alone (hast-util-from-html): time per KB spread ${num(Math.max(...parsed) / Math.min(...parsed), 2)}×${parsed.length < ok.length ? ` (failed at ${ok.length - parsed.length} sizes)` : ''}`)
    // Stage per KB at the largest vs smallest successful size: which stage grows.
    const a = ok[0]!
    const b = ok[ok.length - 1]!
    const growthRows = STAGES.map((s) => {
      const pa = (a.stages![s]! * 1000) / (a.chars / 1024)
      const pb = (b.stages![s]! * 1000) / (b.chars / 1024)
      return [s, num(pa, 2), num(pb, 2), pa > 0.5 ? num(pb / pa, 2) + '×' : '-']
    })
    console.log(`stages, µs/KB at ${label(a.bytes)} → ${label(b.bytes)}:`)
    console.log(table([['stage', label(a.bytes), label(b.bytes), 'growth'], ...growthRows]))
  }
  for (const r of kindResults.filter((x) => !x.ok)) {
    console.log(`\n### ${kind} ${label(r.bytes)}: ${r.error}`)
    if (r.stack) console.log(r.stack.split('\n').map((l) => '    ' + l).join('\n'))
    if (r.steps) {
      console.log('  steps one by one:')
      for (const s of r.steps) {
        console.log(`    ${s.step.padEnd(28)} ${s.status}${s.error ? ` — ${s.error}` : ''}`)
        if (s.stack) console.log(s.stack.split('\n').slice(1, 9).map((l) => '        ' + l).join('\n'))
      }
    }
  }
}

// Post-parse steps on deep hast trees built by hand (the parser caps nesting; a rehype pipeline does not).
const treeDepths = (argValue('--tree-depths') ?? '500,2000,5000,20000,100000').split(',').map(Number).filter((d) => d > 0)
if (treeDepths.length > 0 && kinds.includes('deep')) {
  console.log('\n## deep-tree: post-parse steps on a hand-built hast tree (no parser depth cap, as through the rehype plugin)')
  const rows: string[][] = [['depth', 'ms (all steps)', 'failed steps', 'status']]
  const failures: ChildResult[] = []
  for (const depth of treeDepths) {
    const r = await runChild('deep-tree', 0, ['--depth', String(depth)])
    r.note ||= `hand-built hast tree ${depth} deep`
    results.push(r)
    const failed = (r.steps ?? []).filter((x) => x.status === 'FAILED').map((x) => x.step)
    rows.push([String(depth), r.ms === undefined ? '-' : num(r.ms, 1), failed.join(', ') || '-', r.ok ? 'ok' : r.error?.startsWith('TIMEOUT') || r.error?.startsWith('child') ? r.error : 'FAILED'])
    if (!r.ok) failures.push(r)
  }
  console.log(table(rows))
  const seen = new Set<string>()
  for (const r of failures) {
    for (const x of r.steps ?? []) {
      if (x.status !== 'FAILED' || seen.has(x.step)) continue
      seen.add(x.step)
      console.log(`\n### ${r.note}: ${x.step} — ${x.error}`)
      if (x.stack) console.log(x.stack.split('\n').slice(1, 10).map((l) => '    ' + l).join('\n'))
    }
    if (!r.steps && r.stack) console.log(`\n### ${r.note}: ${r.error}\n` + r.stack.split('\n').map((l) => '    ' + l).join('\n'))
  }
}

const crashes = results.filter((r) => !r.ok)
console.log(`\n${crashes.length} of ${results.length} cases failed${crashes.length ? ': ' + crashes.map((r) => (r.bytes ? `${r.kind} ${label(r.bytes)}` : r.note)).join(', ') : ''}`)
if (jsonOut) {
  writeFileSync(jsonOut, JSON.stringify({machine: info, sizes, kinds, results}, null, 2) + '\n')
  console.log(`wrote ${jsonOut}`)
}
