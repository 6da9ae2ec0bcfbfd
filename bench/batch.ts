/**
 * Throughput of `article-guard batch` over many files: 0 workers (main thread), 1 worker and 2 workers.
 *
 *   npx tsx bench/batch.ts [--copies 30] [--runs 3] [--workers 0,1,2,2h] [--cli dist/cli/main.js] [--no-ceiling] [--json out.json]
 *
 * The CLI is built into bench/out/dist (tsup, no type declarations) so that a concurrent `npm run build`
 * (which cleans dist/) cannot pull it away mid-run; `--cli` uses a given entry instead. The AEB pages
 * (`.html.gz`) are linked `--copies` times into a temporary folder (distinct ids) and the batch runs
 * on it, a fresh results file each time. Wall time includes process start, worker start-up and the
 * matcher build in each worker: what a user sees. Worker counts run in rotating order per round,
 * and the median of rounds is kept. Then the machine's ceiling (bench/lib/thread-ceiling.mjs): an
 * integer loop and `analyze` on pages in memory, in one worker thread and in two at once, the
 * first round over the pages (cold) apart from the next five (warm).
 *
 * `2h` runs 2 workers with `--v8-helpers`: the CLI turns V8's helper threads off when its workers fill
 * every core, and this shows what that gains.
 *
 * Thirty copies (5,430 pages) by default: every worker pays V8's warm-up (its first few hundred
 * pages run while the hot functions are still being compiled, on helper threads that take the
 * other core), and a short batch measures mostly that; `--copies 3` and `--copies 10` show it.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {loadavg, tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {ROOT, SHARED} from './lib/corpus.js'
import {argNumber, argValue, hasFlag, machineInfo, printMachine} from './lib/env.js'
import {median, num, table} from './lib/stats.js'

const copies = argNumber('--copies', 30)
const runs = argNumber('--runs', 3)
/** Rounds over the pages after the first in the ceiling's warm phase: enough for V8 to have settled (the second round is still a little slower). */
const CEILING_WARM_ROUNDS = 5
/** Configurations: a worker count, `h` after it to pass `--v8-helpers` (keep V8's helper threads). */
const configs = (argValue('--workers') ?? '0,1,2,2h').split(',').map((spec) => {
  const match = /^(\d+)(h?)$/.exec(spec.trim())
  if (!match) throw new Error(`--workers: expected counts such as 0,1,2,2h, not \`${spec}\``)
  return {label: spec.trim(), workers: Number(match[1]), helpers: match[2] === 'h'}
})
const jsonOut = argValue('--json')

async function buildCli(): Promise<string> {
  const outDir = join(ROOT, 'bench/out/dist')
  const {build} = await import('tsup')
  await build({
    config: false,
    entry: {index: join(ROOT, 'src/index.ts'), 'cli/main': join(ROOT, 'src/cli/main.ts')},
    format: ['esm'],
    target: 'node20',
    outDir,
    splitting: true,
    dts: false,
    clean: true,
    silent: true
  })
  return join(outDir, 'cli/main.js')
}

const cli = argValue('--cli') ? resolve(argValue('--cli')!) : await buildCli()
if (!existsSync(cli)) throw new Error(`CLI entry not found: ${cli}`)

const info = machineInfo()
printMachine('article-guard batch throughput (CLI `article-guard batch`)', info)

// Inputs: the AEB pages linked `copies` times.
const source = join(SHARED, 'corpora/aeb/html')
const files = readdirSync(source).filter((f) => f.endsWith('.html.gz')).sort()
const work = mkdtempSync(join(tmpdir(), 'ag-batch-'))
const inputDir = join(work, 'pages')
for (let c = 0; c < copies; c++) {
  const dir = join(inputDir, `copy${c}`)
  mkdirSync(dir, {recursive: true})
  for (const f of files) symlinkSync(join(source, f), join(dir, f))
}
const pages = files.length * copies
console.log(`${pages} pages (${files.length} AEB pages × ${copies} copies), CLI ${cli.replace(ROOT + '/', '')}, ${runs} rounds, workers ${configs.map((c) => c.label).join(', ')} (h: with --v8-helpers)`)

interface Run {
  label: string
  workers: number
  /** Whether the CLI said it turned V8's helper threads off. */
  helpersOff: boolean
  ms: number
  /** User + system CPU seconds of the batch process and its threads (from /usr/bin/time), when available. */
  cpuS: number | undefined
  /** 1-minute load average when the run started. */
  load: number
  records: number
  errors: number
}
const TIME = '/usr/bin/time'
const haveTime = existsSync(TIME)
const results: Run[] = []
const lastSummary = new Map<string, string>()
for (let r = 0; r < runs; r++) {
  const order = configs.map((_, i) => configs[(i + r) % configs.length]!)
  for (const {label, workers, helpers} of order) {
    const out = join(work, `out-${label}.jsonl`)
    rmSync(out, {force: true})
    const load = loadavg()[0]!
    const args = [cli, 'batch', inputDir, '--out', out, '--workers', String(workers), ...(helpers ? ['--v8-helpers'] : [])]
    const t0 = performance.now()
    const child = haveTime
      ? spawnSync(TIME, ['-f', 'AGTIME %U %S', process.execPath, ...args], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
      : spawnSync(process.execPath, args, {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
    const ms = performance.now() - t0
    if (child.status !== 0) throw new Error(`batch --workers ${workers} failed (${child.status}): ${child.stderr}`)
    const timeLine = /AGTIME ([\d.]+) ([\d.]+)/.exec(child.stderr)
    const cpuS = timeLine ? Number(timeLine[1]) + Number(timeLine[2]) : undefined
    const lines = readFileSync(out, 'utf8').trim().split('\n').filter(Boolean)
    const errors = lines.filter((l) => (JSON.parse(l) as {error?: unknown}).error !== undefined).length
    results.push({label, workers, helpersOff: child.stdout.includes('V8 helper threads off'), ms, cpuS, load, records: lines.length, errors})
    lastSummary.set(label, child.stdout.trim())
  }
}
rmSync(work, {recursive: true, force: true})

const rows = configs.map(({label, workers, helpers}) => {
  const mine = results.filter((x) => x.label === label)
  const ms = median(mine.map((x) => x.ms))
  const cpu = mine.every((x) => x.cpuS !== undefined) ? median(mine.map((x) => x.cpuS!)) : undefined
  return {label, workers, helpers, helpersOff: mine[0]!.helpersOff, ms, cpuS: cpu, pagesPerSecond: (pages / ms) * 1000, records: mine[0]!.records, errors: mine[0]!.errors, all: mine.map((x) => Math.round(x.ms)), loads: mine.map((x) => x.load)}
})
const base = rows.find((x) => x.workers === 1 && !x.helpers) ?? rows[0]!
console.log()
console.log(
  table([
    ['workers', 'V8 helpers', 'median wall ms', 'rounds ms', 'load at start', 'pages/s', 'speed-up vs 1 worker', 'best-round speed-up', 'CPU s (user+sys)', 'CPU / wall', 'CPU ms/page', 'records', 'errors'],
    ...rows.map((x) => [
      x.workers === 0 ? '0 (main thread)' : String(x.workers), x.helpersOff ? 'off' : x.helpers ? 'on (--v8-helpers)' : 'on', num(x.ms, 0), x.all.join(' / '), x.loads.map((l) => num(l, 1)).join(' / '), num(x.pagesPerSecond, 1), num(base.ms / x.ms, 2) + '×', num(Math.min(...base.all) / Math.min(...x.all), 2) + '×',
      x.cpuS === undefined ? '-' : num(x.cpuS, 1), x.cpuS === undefined ? '-' : num(x.cpuS / (x.ms / 1000), 2), x.cpuS === undefined ? '-' : num((x.cpuS * 1000) / pages, 1), String(x.records), String(x.errors)
    ])
  ])
)
const two = rows.find((x) => x.workers === 2 && !x.helpers)
if (two) {
  console.log(`2 workers / 1 worker (the CLI's defaults for each): ${num(base.ms / two.ms, 2)}× on ${info.cores} cores (other processes share them; ≤ 2× by construction).`)
  const twoHelpers = rows.find((x) => x.workers === 2 && x.helpers)
  if (twoHelpers && two.helpersOff) console.log(`2 workers with V8's helper threads kept (--v8-helpers) / 1 worker: ${num(base.ms / twoHelpers.ms, 2)}×; turning them off made 2 workers ${num(twoHelpers.ms / two.ms, 2)}× as fast.`)
  console.log('CPU / wall near the worker count means the workers got their cores; far below it (with a high load) means the machine was busy and the speed-up says little.')
  if (base.cpuS !== undefined && base.workers === 1) {
    // One worker already busy on more than one core leaves less than a whole core for a second.
    const busy = base.cpuS / (base.ms / 1000)
    console.log(`One worker keeps ${num(busy, 2)} cores busy, so on ${info.cores} cores two that keep their helper threads can be at most ${num(info.cores / busy, 2)}× as fast, at the same CPU per page.`)
  }
}

// The machine's own ceiling: the same work in one thread and in two, without the CLI.
let ceiling: Record<'spin' | 'analyzeCold' | 'analyzeWarm', {oneMs: number; twoMs: number; speedUp: number; cpuPerWallOne: number; cpuPerWallTwo: number}> | undefined
if (!hasFlag('--no-ceiling')) {
  const script = join(ROOT, 'bench/lib/thread-ceiling.mjs')
  const child = spawnSync(process.execPath, [script, join(dirname(cli), '../index.js'), source, String(CEILING_WARM_ROUNDS)], {encoding: 'utf8'})
  if (child.status !== 0) throw new Error(`thread ceiling failed: ${child.stderr}`)
  ceiling = JSON.parse(child.stdout.trim().split('\n').pop()!) as NonNullable<typeof ceiling>
  console.log('\nThe machine\'s ceiling (bench/lib/thread-ceiling.mjs): the same work done by one worker thread alone, then by two at once.')
  console.log(
    table([
      ['work', '1 thread ms', '2 threads ms (each the same work)', 'speed-up', 'CPU / wall, 1 thread', 'CPU / wall, 2 threads'],
      ...(['spin', 'analyzeCold', 'analyzeWarm'] as const).map((kind) => {
        const c = ceiling![kind]
        const label = {spin: 'integer loop, no memory', analyzeCold: `analyze, ${files.length} AEB pages in memory, first round (cold JIT)`, analyzeWarm: `analyze, the same pages, next ${CEILING_WARM_ROUNDS} rounds (warm)`}[kind]
        return [label, num(c.oneMs, 0), num(c.twoMs, 0), num(c.speedUp, 2) + '×', num(c.cpuPerWallOne, 2), num(c.cpuPerWallTwo, 2)]
      })
    ])
  )
  console.log('One thread of `analyze` keeps more than one core busy (V8 compiles on helper threads, most of all while cold, and marks and sweeps garbage on them), so a second thread cannot double the throughput of the first; cold, it gains little.')
}

const most = configs.reduce((a, b) => (b.workers > a.workers ? b : a))
const summary = lastSummary.get(most.label)
if (summary) console.log(`\nCLI summary of the last run with workers ${most.label}:\n${summary}`)

if (jsonOut) {
  writeFileSync(jsonOut, JSON.stringify({machine: info, pages, copies, runs, results, rows, ceiling}, null, 2) + '\n')
  console.log(`wrote ${jsonOut}`)
}
